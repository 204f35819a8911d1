# Pasco Educa Bot — español (idioma principal).
# Cada texto que una persona lee está aquí. Los ids se usan en el código; el texto se cambia aquí.

## General

error-unexpected = Lo siento, algo salió mal de nuestro lado. Tu avance está guardado: intenta de nuevo en un momento.
button-unknown = Ese botón ya no está disponible.
command-unknown = No conozco el comando { $command }.
command-not-allowed = Esa opción no está disponible para tu rol.
text-not-understood = No entendí tu mensaje. Puedes preguntarme por un concurso, por ejemplo: «¿Cuándo cierra Eureka?».
file-not-expected = No esperaba un archivo en este momento.
help-hint = Usa /ayuda para ver lo que puedo hacer por ti.
help-button = 📋 Ver opciones
cancel-done = Listo, dejamos lo que estabas haciendo.
cancel-nothing = No había nada que cancelar.

## Roles

role-docente = docente
role-director = director(a)
role-especialista_ugel = especialista de UGEL
role-especialista_dre = especialista de la DRE
role-admin = administrador(a)

## Formularios (comunes a todos)

form-progress = Paso { $step } de { $total }
form-button-back = ◀ Atrás
form-button-skip = Omitir ⏭
form-button-cancel = ✖ Cancelar
form-button-done = ✔ Listo
form-button-done-typed = ya, ya está, terminé, eso es todo, nada más
form-button-clear = 🗑 Borrar y escribir de nuevo
form-button-submit = 📨 Enviar
form-button-continue = ▶ Continuar
form-button-restart = 🔄 Empezar de nuevo
form-button-add-item = ➕ Agregar otro
form-button-remove-item = Quitar { $item }
form-multi-hint = Puedes marcar varias opciones; luego pulsa «Listo».
form-current-value = Valor actual: { $value }
form-longtext-limit-words = Máximo { $max } palabras. Puedes enviarlo en varios mensajes.
form-longtext-limit-chars = Máximo { $max } caracteres. Puedes enviarlo en varios mensajes.
form-longtext-so-far = Llevas { $words ->
    [one] 1 palabra
   *[other] { $words } palabras
  } ({ $chars } caracteres). Envía más texto o pulsa «Listo».
form-files-accept = Formatos: { $types }. Hasta { $maxMb } MB por archivo y { $maxFiles ->
    [one] un archivo.
   *[other] { $maxFiles } archivos en total.
  }
form-files-so-far = { $count ->
    [one] Recibí 1 archivo.
   *[other] Recibí { $count } archivos.
  } Envía otro o pulsa «Listo».
form-list-count = { $count ->
    [0] Aún no hay nadie registrado.
    [one] 1 integrante registrado:
   *[other] { $count } integrantes registrados:
  }
form-list-item-heading = Integrante { $item }:
form-summary-heading = Revisa tu { $form }. Puedes cambiar cualquier dato con su botón; cuando esté todo bien, pulsa «Enviar».
form-summary-empty = (sin respuesta)
form-resume-offer =
    Tienes un { $form } a medio llenar, guardado el { $saved }.
    Te quedaste en { $place }.
    ¿Continúas donde te quedaste o empiezas de nuevo?
form-cancelled = Saliste del { $form }. Tus respuestas quedaron guardadas para cuando quieras continuar.
form-no-draft = No encontré un formulario en curso.
form-stale-button = Ese botón es de un mensaje anterior. Seguimos aquí:
form-error-use-buttons = Por favor, responde con uno de los botones.
form-error-choose-option = Esa opción no está en la lista. Elige uno de los botones (o escribe su número).
form-error-choose-at-least-one = Marca al menos una opción y luego pulsa «Listo».
form-error-empty = Necesito una respuesta para continuar.
form-error-invalid = Esa respuesta no es válida. Revisa el ejemplo e intenta de nuevo.
form-error-not-optional = Este dato es obligatorio; no se puede omitir.
form-error-expected-file = Aquí necesito un archivo (documento o foto).
form-error-file-not-expected = Aquí no necesito un archivo: responde con texto o con los botones.
form-error-file-type = «{ $name }» no es de un formato aceptado. Formatos aceptados: { $types }.
form-error-file-size = «{ $name }» pesa más de { $maxMb } MB. Envía una versión más liviana (por ejemplo, un PDF comprimido).
form-error-file-count = { $max ->
    [one] Ya enviaste el archivo que se pide.
   *[other] Ya enviaste el máximo de { $max } archivos.
  } Pulsa «Listo» para continuar.
form-error-too-many-words = Con ese texto serían { $words } palabras y el máximo es { $max }. Envía un texto más corto: lo que ya tenías sigue guardado.
form-error-too-many-chars = Con ese texto serían { $chars } caracteres y el máximo es { $max }. Envía un texto más corto: lo que ya tenías sigue guardado.
form-error-list-min = Registra al menos { $min ->
    [one] un integrante
   *[other] { $min } integrantes
  } antes de continuar.
form-error-list-max = { $max ->
    [one] Solo se puede registrar un integrante.
   *[other] Ya llegaste al máximo de { $max } integrantes.
  }
form-error-missing-field = Falta completar: { $field }.

## Bienvenida e inscripción (onboarding)

onboarding-title = registro de perfil
onboarding-locale =
    👋 ¡Hola! Soy Pasco Educa Bot, el asistente de la DRE Pasco y sus UGEL.
    Hi! Choose your language / Elige tu idioma:
onboarding-locale-label = Idioma
option-locale-es = Español
option-locale-es-typed = castellano
option-locale-en = English
option-locale-en-typed = inglés
onboarding-consent =
    Antes de empezar, tu consentimiento (Ley N.° 29733 de Protección de Datos Personales y su reglamento, D.S. N.° 016-2024-JUS):
    • Para qué: registrar tu perfil (rol, UGEL, institución educativa y niveles), tus inscripciones a concursos y enviarte avisos y recordatorios del calendario regional.
    • Quién los guarda: la Dirección Regional de Educación Pasco (DRE Pasco), como titular del banco de datos.
    • Solo pedimos lo que cada trámite necesita. Nunca mostramos tu DNI ni tu teléfono a terceros.
    • Tus derechos: puedes ver tus datos con /mis_datos, corregirlos con /perfil y eliminarlos con /borrar_mis_datos cuando quieras.
    ¿Aceptas el uso de tus datos para estos fines?
onboarding-consent-label = Consentimiento
option-consent-acepto = ✅ Acepto
# Other ways people name an option when they type instead of tapping (comma-separated; see src/forms/match-option.ts).
option-consent-acepto-typed = sí, ok, okey, ya, claro, de acuerdo, dale, conforme
option-consent-no_acepto = No acepto
onboarding-consent-declined = Entendido: sin tu consentimiento no guardamos ningún dato tuyo. Si cambias de opinión, pulsa «Acepto».
onboarding-role = ¿Cuál es tu rol?
onboarding-role-label = Rol
option-role-docente = 👩‍🏫 Docente
option-role-docente-typed = profe, profesor, profesora, maestro, maestra
option-role-director = 🏫 Director(a)
option-role-director-typed = dire, directivo, directiva
option-role-invitacion = 🔑 Tengo un código de invitación (especialistas)
onboarding-invite-code = Escribe el código de invitación que te dio la DRE (por ejemplo ABCD-EFGH-JKMN).
onboarding-invite-code-label = Código de invitación
onboarding-error-invite-invalid = Ese código no es válido. Revisa que esté completo (por ejemplo ABCD-EFGH-JKMN) o pide uno nuevo a la DRE.
onboarding-error-invite-expired = Ese código ya venció. Pide uno nuevo a la DRE.
onboarding-error-invite-used = Ese código ya fue usado. Cada código sirve una sola vez: pide uno nuevo a la DRE.
onboarding-error-invite-needs-ugel = Ese código no indica la UGEL. Pide uno nuevo a la DRE.
onboarding-ugel = ¿A qué UGEL pertenece tu institución educativa?
onboarding-ugel-label = UGEL
onboarding-codigo-modular = Escribe el código modular de tu institución educativa: 7 dígitos, con los ceros de adelante (por ejemplo 0403691). Lo encuentras en ESCALE.
onboarding-codigo-modular-label = Código modular
onboarding-error-codigo-modular = El código modular tiene exactamente 7 dígitos, sin letras; si empieza con cero, inclúyelo. Ejemplo: 0403691.
onboarding-school-name = ¿Cómo se llama tu institución educativa? (por ejemplo: IE N.° 34001 Daniel Alcides Carrión)
onboarding-school-name-label = Institución educativa
onboarding-error-school-name = Escribe el nombre de la institución educativa con letras y números (de 3 a 150 caracteres). Ejemplo: IE N.° 34001 Daniel Alcides Carrión.
onboarding-levels = ¿En qué niveles o modalidades trabajas?
onboarding-levels-label = Niveles
option-levels-inicial = Inicial
option-levels-inicial-typed = jardín, nido, cuna, pronoei
option-levels-primaria = Primaria
option-levels-secundaria = Secundaria
option-levels-eba = EBA (Básica Alternativa)
option-levels-eba-typed = ceba
option-levels-ebe = EBE (Básica Especial)
option-levels-ebe-typed = cebe, prite
onboarding-done = ¡Listo! Quedaste registrado(a) como { $role }. Usa los botones o /ayuda para ver lo que puedo hacer por ti.
profile-saved = Tu perfil quedó actualizado ({ $role }).
start-welcome-back = ¡Hola de nuevo! Estás registrado(a) como { $role }.
onboarding-finish-first = Primero terminemos tu registro; luego podrás usar esa opción.
onboarding-continue = { $started ->
        [yes] Sigamos con tu registro donde lo dejaste:
       *[no] Para recibir recordatorios y todo lo demás, registra tu perfil (toma un minuto):
    }

## Ayuda

help-intro =
    Esto es lo que puedes hacer como { $role }. También puedes escribirme preguntas como:
    • ¿Cuándo cierra Eureka?
    • ¿Qué concursos hay en junio?
    • ¿Qué concursos hay para primaria?
help-perfil = 👤 Mi perfil
help-invitar = 🔑 Crear código de invitación

## Perfil y datos personales

profile-show =
    👤 Tu perfil
    • Rol: { $role }
    • UGEL: { $ugel }
    • Institución educativa: { $school }
    • Niveles: { $levels }
    • Idioma: { $language }
profile-edit-locale = Cambiar idioma
profile-edit-role = Cambiar rol
profile-edit-ugel = Cambiar UGEL
profile-edit-codigoModular = Cambiar institución educativa
profile-edit-levels = Cambiar niveles
profile-button-my-data = 📄 Ver mis datos
profile-button-delete = 🗑 Eliminar mis datos
my-data-intro = Estos son todos los datos que guardamos sobre ti (derecho de acceso, Ley N.° 29733).
delete-confirm = ¿Seguro que quieres eliminar tus datos? Se borrarán tu perfil, tus borradores y tus suscripciones. Los registros ya enviados a un concurso se conservan en el concurso, sin tus datos de contacto.
delete-button-yes = Sí, eliminar
delete-button-no = No, conservar
delete-done = Tus datos fueron eliminados. Si vuelves a escribir, empezaremos desde cero.
delete-kept = No se eliminó nada.

## Invitaciones

invite-choose-role = ¿Para qué rol es la invitación?
invite-choose-ugel = ¿De qué UGEL será el o la especialista?
invite-created =
    Código de invitación para { $role } (UGEL: { $ugel }):
    { $code }
    Sirve una sola vez y vence en { $hours ->
        [one] 1 hora
       *[other] { $hours } horas
    }. Compártelo solo con esa persona: al iniciar el bot, debe elegir «Tengo un código de invitación».

## Vincular Telegram y Slack (/vincular)

help-vincular = 🔗 Vincular Telegram y Slack
link-code-created =
    Tu código para vincular tus cuentas: { $code }
    En el otro canal (Telegram o Slack), escribe /vincular { $code } (en Slack también sirve /pasco vincular { $code }).
    Vence en { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    } y sirve una sola vez.
link-button-enter = 🔑 Tengo un código del otro canal
link-enter-code = Escribe el código que te dio el bot en el otro canal (por ejemplo ABCD-EFGH-JKMN).
link-done = ¡Listo! Tus cuentas quedaron vinculadas ({ $channels }): ahora tienes un solo perfil, con los mismos registros y avisos.
link-error-invalid = Ese código no es válido. Revisa que esté completo (por ejemplo ABCD-EFGH-JKMN) o pide uno nuevo con /vincular en el otro canal.
link-error-expired = Ese código ya venció. Pide uno nuevo con /vincular en el otro canal.
link-error-used = Ese código ya fue usado. Pide uno nuevo con /vincular en el otro canal.
link-error-same-person = Ese código es de esta misma cuenta: escríbelo en el otro canal (Telegram o Slack).
link-error-same-channel = No se puede: las dos cuentas son del mismo canal. Vincula una cuenta de Telegram con una de Slack.
link-channel-telegram = Telegram
link-channel-slack = Slack
link-channel-console = consola

## Slack: formularios en ventanas, App Home

slack-open-form = 📝 Abrir como formulario
slack-answered-in-dm = Te respondí por mensaje directo, en la pestaña «Mensajes» de Pasco Educa Bot.
slack-form-close = Cerrar
slack-form-next = Siguiente ▶
slack-form-edit = Cambiar
slack-form-choose = Elige una opción
slack-form-loading-title = Pasco Educa Bot
slack-form-loading = ⏳ Un momento, preparo el formulario…
slack-form-gone-title = Formulario
slack-form-saved-hint = Tus respuestas se guardan en cada paso: si cierras esta ventana, continúas luego aquí o en Telegram.
slack-form-summary-heading = Revisa tus respuestas. Puedes cambiar cualquiera con «Cambiar»; cuando todo esté bien, pulsa «Enviar».
slack-form-limit-words = Máximo { $max } palabras.
slack-form-limit-chars = Máximo { $max } caracteres.
slack-form-files-kept = Ya recibimos: { $names }. Si subes archivos aquí, reemplazan a los anteriores.
slack-form-remove-last = ➖ Quitar el último
slack-form-closed = Tu avance en el { $form } quedó guardado. Continúa cuando quieras con el botón, o escribiéndome aquí.
slack-error-too-many-words = Tiene { $words } palabras y el máximo es { $max }. Acórtalo un poco.
slack-error-too-many-chars = Tiene { $chars } caracteres y el máximo es { $max }. Acórtalo un poco.
slack-home-title = Pasco Educa Bot
slack-home-welcome = 👋 Soy el asistente de la DRE Pasco y sus UGEL. Para empezar, registra tu perfil (toma un minuto). Si ya usas el bot en Telegram, vincula tus cuentas y no tendrás que registrarte otra vez.
slack-home-start = ▶ Empezar
slack-home-link = 🔗 Ya uso el bot en Telegram
slack-home-who = { $role } · { $ugel } · { $school }
slack-home-my-registrations = 📋 Mis registros
slack-home-no-registrations = Aún no tienes registros enviados.
slack-home-deadlines = 📅 Próximos cierres de inscripción para tus niveles
slack-home-deadline = { $contest } — { $stage }: hasta el { $day }
slack-home-no-deadlines = No hay cierres de inscripción próximos.
slack-home-pending = 🔎 Por revisar: { $count }
slack-home-no-pending = No hay registros pendientes de revisión.
slack-home-review = Revisar
slack-home-refresh = 🔄 Actualizar
slack-home-page = Página { $page } de { $pages }
slack-home-announcements = 📣 Últimos anuncios ATA
slack-home-no-announcements = Aún no hay anuncios.
slack-home-announcement =
    { $title } ({ $milestone }) · sesión: { $when }
    Enviado a { $delivered } · Recibido: { $received } · Asistirán: { $attending } · No podrán: { $notAttending }
slack-home-status-enviada = enviada
slack-home-status-observada = observada
slack-home-status-aceptada = aceptada
slack-home-status-ganadora = ganadora
slack-home-status-no_ganadora = no ganadora
slack-home-status-retirada = retirada
slack-home-milestone-inicio = inicio
slack-home-milestone-proceso = proceso
slack-home-milestone-cierre = cierre

## Calendario de concursos (src/domain/calendar). Las fechas llegan ya formateadas: "viernes 12 de junio de 2026";
## en un rango, el inicio sin el mes ni el año que repite el fin: "del { $start } al { $end }" = "del lunes 1 al viernes 5 de junio de 2027".

calendar-sample-disclaimer = ⚠️ Calendario de ejemplo: las fechas son referenciales y no son oficiales. Confirma siempre con las bases oficiales del concurso.
calendar-contest-edition = { $name } { $year }
calendar-date-with-time = { $date }, { $time }
calendar-missing-year = No tengo { $name } { $year } en el calendario; te muestro la edición { $shown }.

## Tipos de etapa

calendar-stage-kind-inscripcion = la inscripción
calendar-stage-kind-ie = etapa IE
calendar-stage-kind-ugel = etapa UGEL
calendar-stage-kind-regional = etapa regional
calendar-stage-kind-macroregional = etapa macrorregional
calendar-stage-kind-nacional = etapa nacional
calendar-stage-kind-resultados = publicación de resultados
calendar-stage-kind-otro = otra etapa
calendar-stage-kind-final = etapa final

## Niveles y áreas

calendar-level-inicial = inicial
calendar-level-primaria = primaria
calendar-level-secundaria = secundaria
calendar-level-eba = EBA (básica alternativa)
calendar-level-ebe = EBE (básica especial)
calendar-area-ciencia = ciencia y tecnología
calendar-area-arte = arte
calendar-area-deporte = deporte
calendar-area-matematica = matemática
calendar-area-emprendimiento = emprendimiento
calendar-area-innovacion = innovación
calendar-area-buenas_practicas = buenas prácticas
calendar-area-lectura = lectura
calendar-area-civica = formación ciudadana
calendar-area-otro = otros

## Inscripción

calendar-reg-closes-upcoming = 📅 La inscripción de { $contest } cierra el { $date } ({ $days ->
        [one] mañana
       *[other] en { $days } días
    }).
calendar-reg-closes-today = ⏰ La inscripción de { $contest } cierra hoy, { $date }.
calendar-reg-closes-past = La inscripción de { $contest } cerró el { $date }.
calendar-reg-closes-missing = El calendario todavía no tiene la fecha de cierre de la inscripción de { $contest }.
calendar-reg-opens-upcoming = 📅 La inscripción de { $contest } abre el { $date } ({ $days ->
        [one] mañana
       *[other] en { $days } días
    }).
calendar-reg-opens-today = La inscripción de { $contest } abre hoy, { $date }.
calendar-reg-opens-past = La inscripción de { $contest } abrió el { $date }.
calendar-reg-opens-missing = El calendario todavía no tiene la fecha de apertura de la inscripción de { $contest }.
calendar-reg-none = { $contest } no tiene fechas de inscripción en el calendario.

## Etapas

calendar-stage-day-upcoming = 📅 { $stage } de { $contest }: { $date } ({ $days ->
        [one] mañana
       *[other] en { $days } días
    }).
calendar-stage-day-today = 📅 { $stage } de { $contest }: hoy, { $date }.
calendar-stage-day-past = { $stage } de { $contest } fue el { $date }.
calendar-stage-range-upcoming = 📅 { $stage } de { $contest }: del { $start } al { $end } ({ $days ->
        [one] empieza mañana
       *[other] empieza en { $days } días
    }).
calendar-stage-range-ongoing = 📅 { $stage } de { $contest }: en curso, del { $start } al { $end } ({ $days ->
        [0] termina hoy
        [one] termina mañana
       *[other] termina en { $days } días
    }).
calendar-stage-range-past = { $stage } de { $contest } fue del { $start } al { $end }.
calendar-stage-place = Lugar: { $place }.
calendar-stage-undated = { $stage } de { $contest } todavía no tiene fecha en el calendario.
calendar-stage-missing = { $contest } no tiene { $kind } en el calendario.

## Cronograma y detalles

calendar-schedule-header = 🗓️ Cronograma de { $contest }:
calendar-schedule-registration-opens = { $mark } { $stage }: abre la inscripción el { $date }
calendar-schedule-registration-closes = { $mark } { $stage }: cierra la inscripción el { $date }
calendar-schedule-event-day = { $mark } { $stage }: { $date }
calendar-schedule-event-range = { $mark } { $stage }: del { $start } al { $end }
calendar-schedule-undated = • { $stage }: sin fecha en el calendario
calendar-schedule-all-past = Todas las fechas de esta edición ya pasaron.
calendar-mark-past = ✓
calendar-mark-next = 👉
calendar-mark-other = •
calendar-details-header = ℹ️ { $name } ({ $year })
calendar-details-organizer = Organiza: { $organizer }
calendar-details-area = Área: { $area }
calendar-details-levels = Niveles: { $levels }
calendar-details-grades = Participantes: { $grades }
calendar-details-categories = Categorías: { $categories }
calendar-details-bases = Bases: { $url }
calendar-details-levels-yes = Sí, es para { $levels }.
calendar-details-levels-no = No es para { $asked }; es para { $levels }.

## Listas por periodo

calendar-period-today = hoy ({ $start })
calendar-period-tomorrow = mañana ({ $start })
calendar-period-week = esta semana (del { $start } al { $end })
calendar-period-next-week = la próxima semana (del { $start } al { $end })
calendar-period-month = este mes ({ $month })
calendar-period-next-month = el próximo mes ({ $month })
calendar-period-named-month = en { $month }
calendar-period-soon = en los próximos { $days } días
calendar-period-days = { $days ->
        [one] hoy y mañana
       *[other] en los próximos { $days } días
    }
calendar-period-year = del { $start } al { $end }
calendar-period-upcoming = desde hoy
calendar-list-header = { $filter ->
        [closes] ⏳ Inscripciones que cierran { $period }
        [opens] 🟢 Inscripciones que abren { $period }
        [open-now] 🟢 Inscripciones abiertas hoy
       *[other] 🗓️ Concursos { $period }
    }{ $levels ->
        [none] {""}
       *[other] {" "}(para { $levels })
    }:
calendar-list-empty = No hay fechas del calendario para ese periodo.
calendar-list-more = …y { $count ->
        [one] { $count } fecha más
       *[other] { $count } fechas más
    }. Escribe /calendario para ver todo.
calendar-list-month = 📆 { $month }
calendar-list-month-continued = 📆 { $month } (continuación)
calendar-list-registration-opens = • { $day }: { $contest }, abre la inscripción
calendar-list-registration-closes = • { $day }: { $contest }, cierra la inscripción ({ $days ->
        [0] hoy
        [one] mañana
       *[other] en { $days } días
    })
calendar-list-registration-closed = • { $day }: { $contest }, cerró la inscripción
calendar-list-registration-ongoing = • { $contest }: inscripción abierta hasta el { $end }
calendar-list-event-day = • { $day }: { $contest }, { $stage }
calendar-list-event-range = • del { $start } al { $end }: { $contest }, { $stage }
calendar-list-event-ongoing = • { $contest }: { $stage }, en curso hasta el { $end }
calendar-contests-header = 🗓️ Concursos con fechas próximas:
calendar-contests-header-levels = 🗓️ Concursos para { $levels } con fechas próximas:
calendar-contests-empty = No encontré concursos con fechas próximas.
calendar-contests-empty-levels = No encontré concursos para { $levels } con fechas próximas.
calendar-contests-registration-closes = • { $contest }: inscripción hasta el { $date }
calendar-contests-registration-opens = • { $contest }: inscripción desde el { $date }
calendar-contests-event = • { $contest }: { $stage }, { $date }
calendar-contests-event-ongoing = • { $contest }: { $stage }, en curso hasta el { $end }
calendar-page-header = 🗓️ Calendario de concursos (página { $page } de { $pages })
calendar-page-empty = No hay fechas próximas en el calendario.
calendar-page-next = Escribe /calendario { $next } para ver la página siguiente.

## Cuando no se reconoce el concurso

calendar-unknown-no-match = No encontré ese concurso en el calendario.
calendar-unknown-no-match-terms = No encontré un concurso de «{ $terms }» en el calendario.
calendar-unknown-suggestions = ¿Quizás te refieres a { $list }?
calendar-unknown-ambiguous = ¿A cuál concurso te refieres: { $list }?
calendar-unknown-need-contest = ¿De qué concurso? Por ejemplo: { $list }.
calendar-unknown-need-contest-plain = ¿De qué concurso? Escribe su nombre, por ejemplo: «¿cuándo cierra Eureka?».
calendar-unknown-not-understood = No entendí la pregunta. Prueba con «¿cuándo cierra Eureka?», «¿qué hay en junio?» o escribe /calendario.
calendar-unknown-browse = Escribe /calendario para ver todos los concursos.

## Exportación ICS

calendar-ics-name = Concursos educativos — DRE Pasco
calendar-ics-registration-opens = { $contest } · { $stage }: abre la inscripción
calendar-ics-registration-closes = { $contest } · { $stage }: cierre de inscripción
calendar-ics-event = { $contest } · { $stage }
calendar-ics-organizer = Organiza: { $organizer }
calendar-ics-bases = Bases: { $url }
calendar-ics-sample = Calendario de ejemplo: fechas referenciales, no oficiales.

## Importación del calendario (un error por fila y campo)

calendar-import-summary = Se leyeron { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    }: { $contests ->
        [one] { $contests } concurso
       *[other] { $contests } concursos
    } y { $errors ->
        [0] ningún error
        [one] { $errors } error
       *[other] { $errors } errores
    }.
calendar-import-error-line = Fila { $line }, columna «{ $field }»: { $reason }
calendar-import-error-missing-column = falta la columna «{ $column }» en la cabecera.
calendar-import-error-missing-contest = falta el identificador del concurso (columna «concurso»).
calendar-import-error-missing-name = falta el nombre del concurso.
calendar-import-error-missing-organizer = falta el organizador del concurso.
calendar-import-error-missing-area = falta el área del concurso; usa { $allowed }.
calendar-import-error-invalid-year = el año «{ $value }» no es válido; escribe un año de cuatro cifras, por ejemplo 2027.
calendar-import-error-malformed-date = la fecha «{ $value }» no es válida; usa AAAA-MM-DD o DD/MM/AAAA.
calendar-import-error-unknown-level = el nivel «{ $value }» no existe; usa { $allowed }.
calendar-import-error-unknown-area = el área «{ $value }» no existe; usa { $allowed }.
calendar-import-error-unknown-stage = el tipo de etapa «{ $value }» no existe; usa { $allowed }.
calendar-import-error-missing-stage = falta el tipo de etapa (columna «etapa»).
calendar-import-error-closing-before-opening = el cierre de inscripción ({ $closes }) es anterior a la apertura ({ $opens }).
calendar-import-error-end-before-start = la fecha de fin ({ $end }) es anterior a la de inicio ({ $start }).
calendar-import-error-invalid-url = «{ $value }» no es un enlace válido; debe empezar con http:// o https://.
calendar-import-error-conflicting-value = no coincide con lo escrito en la fila { $firstLine } para el mismo concurso («{ $expected }»).
calendar-import-error-duplicate-stage = la etapa «{ $value }» ya aparece en la fila { $firstLine } para el mismo concurso.
calendar-import-error-empty-file = el archivo no tiene filas de datos.
calendar-import-error-unreadable-file = no se pudo leer el archivo. Ábrelo en Excel y guárdalo como Excel (.xlsx) o CSV.

## Registros: buenas prácticas docentes y proyectos de innovación (CNPIE)

help-registrar = 📝 Registrar buena práctica o proyecto
help-mis-registros = 📂 Mis registros
help-registros = 🗂 Registros de mi UGEL
registration-status = { $status ->
    [enviada] Enviada
    [observada] Observada
    [aceptada] Aceptada
    [ganadora] Ganadora
    [no_ganadora] No ganadora
    [retirada] Retirada
   *[other] { $status }
  }
registration-button-open = 📄 Ver registro
registration-error-not-found = Ese registro no existe o no tienes acceso a él. Solo puedes ver tus propios registros (o, si eres especialista, los de tu UGEL).
registration-error-not-allowed-now = Eso no se puede hacer con un registro en estado «{ registration-status }».
registration-error-changed = Ese registro cambió mientras tanto (ahora está «{ registration-status }»). Ábrelo de nuevo para ver su estado actual.
registration-error-comment-required = Para observar un registro escribe qué debe corregirse.
registration-error-edition-closed = La convocatoria { $year } ya no recibe registros. Tus respuestas quedaron guardadas; consulta a tu UGEL.
registration-error-category-unknown = La categoría «{ $category }» ya no está disponible (la actualizó la UGEL o la DRE). Elige otra; el resto de tus respuestas sigue guardado.
registration-error-no-ugel = No sabemos a qué UGEL pertenece tu institución educativa. Completa tu UGEL con /perfil y vuelve a enviar; tus respuestas quedaron guardadas.
registration-notice-status = Tu registro { $code } («{ $title }») ahora está: { registration-status }.
registration-notice-status-comment =
    Tu registro { $code } («{ $title }») ahora está: { registration-status }.
    Comentario del especialista: «{ $comment }»
    Ábrelo y pulsa «Corregir» para enviarlo de nuevo.
registration-notice-new = 📥 Nuevo registro { $code }: { $kind ->
    [buena_practica] buena práctica docente
   *[other] proyecto de innovación
  } «{ $title }» de { $school }.
registration-notice-resent = 🔁 El registro { $code } («{ $title }», { $school }) fue corregido y enviado de nuevo.

reg-choose-kind = ¿Qué quieres registrar?
reg-kind-button = { $kind ->
    [buena_practica] 🍎 Buena práctica docente
   *[other] 💡 Proyecto de innovación (CNPIE)
  }
reg-no-open-edition = Por ahora no hay una convocatoria abierta para { $kind ->
    [buena_practica] buenas prácticas docentes
   *[other] proyectos de innovación
  }. Cuando la UGEL o la DRE la abra, podrás registrarte aquí.
reg-bp-title-form = registro de buena práctica docente
reg-bp-correction-title-form = trámite de corrección de buena práctica docente
reg-pi-title-form = registro de proyecto de innovación
reg-pi-correction-title-form = trámite de corrección de proyecto de innovación
reg-correction-intro =
    Vas a corregir el registro { $code }. Observación del especialista: «{ $comment }»
    Cambia los datos que hagan falta con su botón y luego pulsa «Enviar».
reg-sent =
    ✅ ¡Registro enviado! Tu código es { $code }. Guárdalo: con él puedes consultar tu { $kind ->
        [buena_practica] buena práctica
       *[other] proyecto
    } en /mis_registros.
    Los especialistas de tu UGEL ya fueron avisados.
reg-resent = ✅ Tu registro { $code } fue corregido y enviado de nuevo. Los especialistas de tu UGEL ya fueron avisados.
reg-button-open-registration = 📄 Ver { $code }
reg-button-my-registrations = 📂 Mis registros
reg-error-school-missing = Falta el código modular de la institución educativa.

reg-year = ¿A qué convocatoria (año) corresponde tu registro?
reg-year-label = Convocatoria
reg-practice-type = ¿Qué tipo de buena práctica es?
reg-practice-type-label = Tipo de práctica
option-practiceType-pedagogica = 📚 Pedagógica
option-practiceType-gestion_escolar = 🏫 Gestión escolar
reg-bp-category = ¿En qué categoría la presentas? Elige una de la lista.
reg-pi-category = ¿En qué categoría presentas el proyecto? «Consolidado» exige al menos 2 años de implementación.
reg-category-label = Categoría
reg-subcategory = ¿Y en qué subcategoría de «{ $category }»?
reg-subcategory-label = Subcategoría
reg-bp-title = ¿Cómo se llama la buena práctica? (de 10 a 200 caracteres; por ejemplo: Leemos en familia con cuentos andinos)
reg-bp-title-label = Nombre de la práctica
reg-pi-title = ¿Cuál es el título del proyecto? (de 10 a 200 caracteres; por ejemplo: Biohuertos escolares para una alimentación saludable)
reg-pi-title-label = Título del proyecto
reg-error-title = El nombre debe tener de 10 a 200 caracteres, con palabras (no solo números o emojis). Ejemplo: Leemos en familia con cuentos andinos.
reg-school = ¿En qué institución educativa se desarrolla?
reg-school-label = Institución educativa
option-school-profile-typed = mi colegio, mi escuela, mi institución, mi institución educativa, mi ie, mi i.e., la mía, la misma, la de mi perfil, la de siempre, esa, en la que trabajo
option-school-otra = 🏫 Otra institución educativa
reg-other-codigo-modular = Escribe el código modular de la institución educativa: 7 dígitos, con los ceros de adelante (por ejemplo 0403691).
reg-other-codigo-modular-label = Código modular
reg-other-school-name = No tengo registrada esa institución. ¿Cómo se llama? (por ejemplo: IE N.° 34001 Daniel Alcides Carrión)
reg-other-school-name-label = Nombre de la institución
reg-level = ¿En qué nivel se desarrolla?
reg-level-label = Nivel
option-level-inicial = Inicial
option-level-inicial-typed = jardín, nido, cuna, pronoei
option-level-primaria = Primaria
option-level-secundaria = Secundaria
option-level-eba = EBA (Básica Alternativa)
option-level-eba-typed = ceba
option-level-ebe = EBE (Básica Especial)
option-level-ebe-typed = cebe, prite

reg-bp-team = Integrantes del equipo (docentes o directivos que desarrollaron la práctica). Pulsa «Agregar otro» para sumar a alguien más o «Listo» para continuar.
reg-bp-team-label = Equipo
reg-member-names = Nombres, como figuran en el DNI (por ejemplo: Rosa Elena).
reg-member-names-label = Nombres
reg-member-surnames = Apellidos, como figuran en el DNI (por ejemplo: Quispe Huamán).
reg-member-surnames-label = Apellidos
reg-member-dni = Número de DNI: 8 dígitos (por ejemplo: 45781236).
reg-member-dni-label = DNI
reg-member-role = ¿Qué cargo tiene en la institución?
reg-member-role-label = Cargo
option-memberRole-docente = 👩‍🏫 Docente
option-memberRole-directivo = 🏫 Directivo(a)
reg-member-condition = ¿Cuál es su condición laboral?
reg-member-condition-label = Condición
option-condition-nombrado = Nombrado(a)
option-condition-contratado = Contratado(a)
reg-member-contact = Celular o correo de contacto (opcional; por ejemplo: 987654321 o rosa.quispe@gmail.com). Pulsa «Omitir» si prefieres no darlo.
reg-member-contact-label = Contacto
reg-member-phone = Celular (opcional; 9 dígitos, por ejemplo: 987654321). Pulsa «Omitir» si prefieres no darlo.
reg-member-phone-label = Celular
reg-member-email = Correo electrónico (opcional; por ejemplo: rosa.quispe@gmail.com). Pulsa «Omitir» si prefieres no darlo.
reg-member-email-label = Correo
reg-error-names = Escribe los nombres solo con letras (de 2 a 60 caracteres). Ejemplo: Rosa Elena.
reg-error-surnames = Escribe los apellidos solo con letras (de 2 a 60 caracteres). Ejemplo: Quispe Huamán.
reg-error-dni-digits = El DNI lleva solo números, sin letras ni guiones: exactamente 8 dígitos. Ejemplo: 45781236.
reg-error-dni-length = El DNI tiene exactamente 8 dígitos y el que escribiste tiene { $digits }. No incluyas el dígito verificador que aparece después del guion. Ejemplo: 45781236.
reg-error-dni-repeated = El DNI { $dni } ya está registrado en este formulario. Cada persona va una sola vez.
reg-error-mobile = El celular tiene 9 dígitos y empieza con 9 (puedes anteponer +51). Ejemplo: 987654321.
reg-error-email = Ese correo no parece válido. Ejemplo: rosa.quispe@gmail.com.
reg-error-contact = Escribe un celular de 9 dígitos que empiece con 9 o un correo electrónico. Ejemplos: 987654321 o rosa.quispe@gmail.com.

reg-bp-purpose = Propósito de la práctica: ¿qué necesidad de aprendizaje atiende y qué se propuso lograr?
reg-bp-purpose-label = Propósito
reg-bp-description = Descripción: ¿cómo se desarrolla la práctica, con quiénes y con qué recursos?
reg-bp-description-label = Descripción
reg-bp-results = Resultados: ¿qué cambios se lograron? Incluye datos si los tienes.
reg-bp-results-label = Resultados
reg-bp-learning-evidence = Evidencias de aprendizaje: ¿qué muestra que los estudiantes aprendieron?
reg-bp-learning-evidence-label = Evidencias de aprendizaje
reg-bp-evidence-files = Envía las evidencias como documentos o fotos (informes, fichas, fotos de trabajos). Luego pulsa «Listo».
reg-bp-evidence-files-label = Archivos de evidencia
reg-bp-declaration = Declaración jurada: declaro que la información registrada es verdadera, que la práctica fue desarrollada por el equipo registrado y que las evidencias son auténticas.
reg-pi-declaration = Declaración jurada: declaro que la información del proyecto es verdadera, que el equipo registrado lo desarrolla y que el director(a) asume la responsabilidad del financiamiento si resulta ganador.
reg-declaration-label = Declaración jurada
option-declaration-acepto = ✅ Sí, lo declaro
reg-duplicate =
    ⚠️ En tu institución ya hay un registro muy parecido este año: { $code } «{ $title }».
    Si es el mismo, pulsa «Cancelar» (puedes verlo en /mis_registros o pedir a quien lo envió que lo corrija). Si es otro distinto, confírmalo:
reg-duplicate-label = Posible duplicado
option-duplicateAck-distinto = Es un registro distinto: continuar
reg-duplicate-acknowledged = parecido a { $code }; confirmaste que es distinto

reg-pi-area = ¿La institución está en área urbana o rural?
reg-pi-area-label = Área
option-area-urbana = Urbana
option-area-rural = Rural
reg-pi-modality = ¿Qué modalidad?
reg-pi-modality-label = Modalidad
option-modality-EBR = EBR (Básica Regular)
option-modality-EBA = EBA (Básica Alternativa)
option-modality-EBE = EBE (Básica Especial)
reg-pi-school-type = ¿Qué tipo de institución es?
reg-pi-school-type-label = Tipo de institución
option-schoolType-polidocente_completa = Polidocente completa
option-schoolType-polidocente_multigrado = Polidocente multigrado
option-schoolType-unidocente = Unidocente
reg-pi-director-dni = Director(a) responsable del financiamiento: número de DNI (8 dígitos, por ejemplo 40218765).
reg-pi-director-dni-label = DNI del director(a)
reg-pi-director-names = Nombres del director(a), como figuran en el DNI (por ejemplo: Juan Carlos).
reg-pi-director-names-label = Nombres del director(a)
reg-pi-director-surnames = Apellidos del director(a) (por ejemplo: Ramos Ticse).
reg-pi-director-surnames-label = Apellidos del director(a)
reg-pi-director-email = Correo electrónico del director(a) (por ejemplo: director.ie34001@gmail.com).
reg-pi-director-email-label = Correo del director(a)
reg-pi-director-phone = Celular del director(a): 9 dígitos (por ejemplo: 987654321).
reg-pi-director-phone-label = Celular del director(a)
reg-pi-teachers = Docentes del equipo del proyecto. Pulsa «Agregar otro» para sumar a alguien más o «Listo» para continuar.
reg-pi-teachers-label = Docentes
reg-pi-ciclos = ¿Estudiantes de qué ciclos participan?
reg-pi-ciclos-label = Ciclos
option-ciclos-I = Ciclo I (inicial, 0 a 2 años)
option-ciclos-II = Ciclo II (inicial, 3 a 5 años)
option-ciclos-III = Ciclo III (1.° y 2.° de primaria)
option-ciclos-IV = Ciclo IV (3.° y 4.° de primaria)
option-ciclos-V = Ciclo V (5.° y 6.° de primaria)
option-ciclos-VI = Ciclo VI (1.° y 2.° de secundaria)
option-ciclos-VII = Ciclo VII (3.° a 5.° de secundaria)
reg-pi-students = ¿Cuántos estudiantes del ciclo { $ciclo } se benefician? Escribe un número (por ejemplo: 25).
reg-pi-students-I-label = Estudiantes del ciclo I
reg-pi-students-II-label = Estudiantes del ciclo II
reg-pi-students-III-label = Estudiantes del ciclo III
reg-pi-students-IV-label = Estudiantes del ciclo IV
reg-pi-students-V-label = Estudiantes del ciclo V
reg-pi-students-VI-label = Estudiantes del ciclo VI
reg-pi-students-VII-label = Estudiantes del ciclo VII
reg-error-students = Escribe la cantidad de estudiantes con números, de 1 a 5000. Ejemplo: 25.
reg-pi-problem = Problema central: describe el problema que atiende el proyecto, con sus causas y sus consecuencias.
reg-pi-problem-label = Problema central
reg-pi-objectives = Objetivos: el objetivo general y los específicos del proyecto.
reg-pi-objectives-label = Objetivos
reg-pi-strategy = Estrategia: ¿cómo se implementa el proyecto (actividades, participantes, recursos)?
reg-pi-strategy-label = Estrategia
reg-pi-years-running = ¿Cuántos años lleva implementándose el proyecto? Escribe un número (0 si recién empieza).
reg-pi-years-running-label = Años de implementación
reg-error-years-running = Escribe los años con un número entero de 0 a 50. Ejemplo: 2.
reg-error-years-for-category = La categoría «{ $category }» pide al menos { $min ->
        [one] 1 año
       *[other] { $min } años
    } de implementación y registraste { $years }. Corrige los años o elige otra categoría.
reg-pi-attachments = Envía los anexos del proyecto como documentos o fotos (por ejemplo, la declaración jurada firmada y el plan del proyecto). Luego pulsa «Listo».
reg-pi-attachments-label = Anexos

reg-list-line = { $index }. { $code } · { registration-status } · «{ $title }» ({ $school })
reg-list-button = 📄 { $code } · { registration-status }
reg-button-previous = ◀ Anteriores
reg-button-next = Siguientes ▶
reg-mine-empty = Todavía no tienes registros enviados. Usa /registrar para registrar una buena práctica o un proyecto de innovación.
reg-mine-heading = 📂 Tus registros ({ $total } en total{ $pages ->
        [1] {""}
       *[other] ; página { $page } de { $pages }
    }). Pulsa uno para verlo:
reg-detail-heading =
    📄 { $code } · { $kind ->
        [buena_practica] Buena práctica docente
       *[other] Proyecto de innovación
    } { $year }
    Estado: { registration-status }
reg-detail-where = { $school } · { $ugel }
reg-detail-sent = Enviado: { $date }
reg-detail-owner = Registrado por: { $name }
reg-detail-observation = 📝 Observación: «{ $comment }»
reg-detail-history = Historial:
reg-history-line = • { $date }: { registration-status } ({ $who })
reg-history-line-comment = • { $date }: { registration-status } ({ $who }): «{ $comment }»
reg-history-by-owner = quien lo registró
reg-history-by-specialist = especialista
reg-button-fix = ✏️ Corregir
reg-button-observe = 📝 Observar
reg-button-accept = ✅ Aceptar
reg-button-win = 🏆 Marcar ganadora
reg-button-lose = Marcar no ganadora
reg-button-withdraw = 🗑 Retirar
reg-button-back-mine = ◀ Mis registros
reg-button-back-list = ◀ Registros
reg-button-files = 📎 Ver archivos ({ $count })
reg-files-intro = Archivos de { $code } ({ $count }):
reg-files-done = Esos son todos los archivos de { $code }.
reg-files-none = { $code } no tiene archivos.
reg-files-unavailable = No pude traer «{ $name }» desde { $channel ->
    [telegram] Telegram
    [slack] Slack
   *[other] la consola
  }{ $reason ->
    [too-big] : es demasiado grande para reenviarlo por aquí.
   *[other] . Vuelve a intentarlo en un momento; si sigue fallando, pide el archivo a quien hizo el registro.
  }
reg-filter-all = Todos
reg-filter-kind = { $kind ->
    [buena_practica] Buenas prácticas
   *[other] Proyectos
  }
reg-review-all-ugels = todas las UGEL
reg-review-heading =
    🗂 Registros de { $scope }: { $kind ->
        [buena_practica] buenas prácticas
        [proyecto_innovacion] proyectos de innovación
       *[other] todos los tipos
    }, { $status ->
        [all] todos los estados
       *[other] { registration-status }
    }, { $year ->
        [all] todos los años
       *[other] año { $year }
    }.
    { $total } en total{ $pages ->
        [1] {""}
       *[other] ; página { $page } de { $pages }
    }. Pulsa uno para verlo o cambia los filtros:
reg-review-empty = No hay registros con esos filtros.
reg-observe-ask = Escribe tu observación para { $code }: qué debe corregirse. Un solo mensaje, de hasta { $max } caracteres.
reg-observe-need-text = Escribe la observación como texto (de { $min } a { $max } caracteres).
reg-observe-length = La observación debe tener de { $min } a { $max } caracteres (escribiste { $chars }). Escríbela de nuevo.
reg-confirm = { $action ->
    [accept] ¿Aceptar el registro { $code } «{ $title }»?
    [win] ¿Marcar el registro { $code } «{ $title }» como «Ganadora»?
    [lose] ¿Marcar el registro { $code } «{ $title }» como «No ganadora»?
   *[withdraw] ¿Seguro que quieres retirar { $code } «{ $title }»? Ya no será evaluado y no podrás volver a enviarlo.
  }
reg-button-confirm-yes = Sí, confirmar
reg-button-confirm-no = No, volver
reg-status-changed = Listo: { $code } ahora está «{ registration-status }». Avisaremos a quien lo registró.
reg-withdrawn = Listo: retiraste el registro { $code }.

## Calendario en la conversación: /calendario, /concurso, /importar_calendario, botones

help-calendario = 🗓️ Calendario de concursos
help-concurso = 🔎 Buscar un concurso
help-importar_calendario = 📥 Importar el calendario oficial
calendar-button-ics = 📅 Agregar a mi calendario
calendar-button-ics-named = 📅 { $contest } a mi calendario
calendar-button-follow = 🔔 Recordarme
calendar-button-follow-named = 🔔 Recordarme { $contest }
calendar-button-ics-all = 📅 Agregar todos mis concursos
calendar-button-browse = 🗓️ Ver el calendario
calendar-button-previous = ◀ Anterior
calendar-button-next = Siguiente ▶
calendar-page-levels = Mostrando los concursos para tus niveles: { $levels }.
calendar-concurso-usage = Escribe /concurso y el nombre, por ejemplo: /concurso Eureka. O elige uno de estos, con fechas próximas:
calendar-contest-gone = Ese concurso ya no está en el calendario. Escribe /calendario para ver los actuales.
calendar-ics-caption = 📅 { $contest }: abre este archivo para agregar sus fechas a tu calendario (Google Calendar, iPhone o Android).
calendar-ics-all-caption = 📅 { $count ->
        [one] Un concurso
       *[other] { $count } concursos
    } con fechas próximas para tus niveles: abre este archivo para agregarlos a tu calendario (Google Calendar, iPhone o Android).
calendar-ics-all-empty = No hay concursos con fechas próximas para tus niveles.
calendar-follow-done = 🔔 Listo: te recordaremos las fechas de { $contest }. Puedes ver o quitar tus recordatorios con /recordatorios.
calendar-follow-already = Ya te recordamos las fechas de { $contest }. Puedes ver o quitar tus recordatorios con /recordatorios.

## Importación del calendario desde el chat

calendar-import-intro =
    📥 Envíame el calendario oficial: Excel (.xlsx) o CSV, una fila por etapa, de hasta { $max } MB. Revisaré cada fila antes de guardar nada.
    ¿No tienes el formato? Descarga una plantilla con los botones.
calendar-import-button-template-xlsx = 📊 Plantilla Excel
calendar-import-button-template-csv = 📄 Plantilla CSV
calendar-import-button-cancel = ✖️ Cancelar
calendar-import-button-only-valid = ✅ Importar solo las filas válidas
calendar-import-button-confirm = ✅ Sí, importar
calendar-import-template-caption = Plantilla del calendario: una fila por etapa; los datos del concurso se repiten en cada fila. Reemplaza las filas de ejemplo por las oficiales y envíame el archivo.
calendar-import-waiting-file = Estoy esperando el archivo del calendario (.xlsx o .csv). Envíalo como documento, o escribe /cancelar para salir.
calendar-import-waiting-confirmation = Elige una opción con los botones, o envíame el archivo corregido.
calendar-import-wrong-type = «{ $name }» no es un archivo Excel (.xlsx) ni CSV. Envíame el calendario en uno de esos formatos.
calendar-import-old-excel = «{ $name }» está en el formato antiguo de Excel (.xls). Ábrelo en Excel y guárdalo como «Libro de Excel (.xlsx)», luego envíamelo.
calendar-import-too-big = «{ $name }» es demasiado grande: el máximo es { $max } MB.
calendar-import-download-failed = No pude descargar «{ $name }». Vuelve a enviarlo en un momento.
calendar-import-rejected = ❌ No importé nada: hay filas con errores. Corrígelas y envíame el archivo de nuevo, o importa solo las filas válidas.
calendar-import-rejected-all = ❌ No importé nada: el archivo no tiene filas válidas. Corrígelo y envíamelo de nuevo.
calendar-import-more-errors = …y { $count ->
        [one] { $count } error más
       *[other] { $count } errores más
    }.
calendar-import-only-valid-preview = Si importas solo las filas válidas: { $counts }
calendar-import-confirm-removal = ⚠️ Este archivo quitaría { $count ->
        [one] un concurso oficial que no está en él
       *[other] { $count } concursos oficiales que no están en él
    }: { $list }. ¿Importar de todos modos?
calendar-import-stale = Esa importación ya no está pendiente. Escribe /importar_calendario para empezar de nuevo.
calendar-import-cancelled = Listo, no se importó nada.
calendar-import-done = ✅ Calendario importado desde «{ $file }».
calendar-import-done-only-valid = ✅ Importé las filas válidas de «{ $file }»; las filas con error no se cargaron.

## Qué cambió con la importación

calendar-import-counts = { $added ->
        [one] 1 concurso nuevo
       *[other] { $added } concursos nuevos
    }, { $changed } con cambios, { $removed ->
        [one] 1 quitado
       *[other] { $removed } quitados
    } y { $unchanged } sin cambios.
calendar-import-added-header = ➕ Concursos nuevos:
calendar-import-changed-header = ✏️ Concursos con cambios:
calendar-import-removed-header = ➖ Concursos quitados (no están en el archivo):
calendar-import-list-item = • { $contest }
calendar-import-changed-item = • { $contest }:
calendar-import-date-change = { "  " }‣ { $stage }, { $field }: { $old } → { $new }
calendar-import-date-none = sin fecha
calendar-import-date-field-registrationOpens = apertura de inscripción
calendar-import-date-field-registrationCloses = cierre de inscripción
calendar-import-date-field-eventStart = inicio
calendar-import-date-field-eventEnd = fin
calendar-import-stage-added = { "  " }‣ etapa nueva: { $stage }
calendar-import-stage-removed = { "  " }‣ etapa quitada: { $stage }
calendar-import-fields-changed = { "  " }‣ otros datos: { $fields }
calendar-import-field-name = nombre
calendar-import-field-shortName = nombre corto
calendar-import-field-aliases = alias
calendar-import-field-organizer = organizador
calendar-import-field-area = área
calendar-import-field-levels = niveles
calendar-import-field-grades = grados
calendar-import-field-categories = categorías
calendar-import-field-basesUrl = enlace a las bases
calendar-import-field-notes = notas
calendar-import-field-isSample = ejemplo u oficial
calendar-import-field-stage-name = nombre de etapa
calendar-import-field-stage-place = lugar
calendar-import-field-stage-order = orden de etapas
calendar-import-more = …y { $count } más.
calendar-import-nothing-changed = El archivo no cambia nada del calendario.

## Avisos del bot: recordatorios de plazos, anuncios ATA (/ata, /ata_estado) y /recordatorios
## Los argumentos que terminan en "Day" llegan como fecha y se escriben aquí a la peruana ("viernes 12 de junio de 2026").

reminder-closes = { $days ->
        [0] ⏰ Hoy cierra la inscripción de { $contest } ({ $stage }).
        [1] ⏰ Mañana, { $closesDay }, cierra la inscripción de { $contest } ({ $stage }).
       *[other] ⏰ Faltan { $days } días: la inscripción de { $contest } ({ $stage }) cierra el { $closesDay }.
    }
reminder-event = { $days ->
        [0] 📅 Hoy: { $stage } de { $contest }.
        [1] 📅 Mañana, { $eventDay }: { $stage } de { $contest }.
       *[other] 📅 En { $days } días, el { $eventDay }: { $stage } de { $contest }.
    }
reminder-event-place =
    { reminder-event }
    📍 Lugar: { $place }
reminder-button-mute = 🔕 Silenciar este concurso
reminder-button-settings = ⚙️ Mis recordatorios

help-recordatorios = 🔔 Mis recordatorios
reminders-heading = 🔔 Tus recordatorios de plazos
reminders-active = Estado: activos. Te avisamos { $when } de cada cierre de inscripción y de cada etapa.
reminders-all-muted = Estado: silenciados. No recibirás ningún recordatorio hasta que los reactives.
reminders-offset = { $days ->
        [0] el mismo día
        [1] 1 día antes
       *[other] { $days } días antes
    }
reminders-no-contests = Aún no sigues ningún concurso. En el calendario, pulsa «Recordarme» en el concurso que te interese.
reminders-contests = Concursos:
reminders-contest-line = { $state ->
        [muted] • { $contest }, { $date }: silenciado
        [followed] • { $contest }, { $date }: lo sigues
       *[default] • { $contest }, { $date }: por los niveles de tu institución
    }
reminders-button-mute = 🔕 Silenciar { $contest }
reminders-button-unmute = 🔔 Reactivar { $contest }
reminders-button-mute-all = 🔕 Silenciar todos
reminders-button-unmute-all = 🔔 Reactivar todos
reminders-button-when = 🗓 Cambiar cuándo
reminders-when-intro = ¿Cuándo quieres que te avisemos antes de cada fecha? Marca o desmarca las opciones.
reminders-button-default = ↩️ Restablecer
reminders-button-done = ✅ Listo
reminders-button-undo = ↩️ Deshacer
reminders-button-settings = ⚙️ Ver mis recordatorios
reminders-muted-one = Listo: no recibirás más recordatorios de { $contest }.
reminders-unmuted-one = Listo: volverás a recibir los recordatorios de { $contest }.
reminders-followed-one = Listo: te recordaremos los plazos de { $contest }.
reminders-muted-all = Listo: silenciaste todos los recordatorios.
reminders-unmuted-all = Listo: tus recordatorios están activos otra vez.
reminders-at-least-one = Debe quedar marcada al menos una opción. Si no quieres ningún aviso, usa «Silenciar todos».

help-ata = 📣 Nuevo anuncio ATA
help-ata-estado = 📊 Estado de anuncios ATA
ata-title = anuncio ATA
ata-milestone-name = { $milestone ->
        [inicio] Inicio del año escolar
        [proceso] Proceso del año escolar
       *[cierre] Cierre del año escolar
    }
ata-status-name = { $status ->
        [borrador] borrador
        [programado] programado
        [enviando] enviándose
        [en_espera] en espera
        [enviado] enviado
       *[cancelado] cancelado
    }
ata-again-line = { $again ->
        [yes] 🔁 Te lo enviamos de nuevo porque aún no confirmaste que lo recibiste.{ "\u000A" }
       *[no] {""}
    }
ata-message =
    { ata-again-line }📣 Asistencia Técnica Articulada — { ata-milestone-name }
    { $title }

    { $body }

    Pulsa «Recibido» para confirmar que lo leíste.
ata-message-session =
    { ata-again-line }📣 Asistencia Técnica Articulada — { ata-milestone-name }
    { $title }

    { $body }

    📅 Sesión: { $sessionDay }{ $sessionTime ->
        [none] {""}
       *[other] , a las { $sessionTime }
    }{ $where ->
        [none] {""}
       *[other] { "\u000A" }📍 { $where }
    }

    Pulsa «Recibido» para confirmar que lo leíste, y dinos si asistirás.
ata-button-received = ✅ Recibido
ata-button-attending = 🙋 Asistiré
ata-button-not-attending = 🙅 No podré asistir
ata-button-open-link = 🔗 Abrir el enlace
ata-ack-received = ✅ Gracias. Registramos que recibiste «{ $title }».
ata-ack-attending = 🙋 Gracias. Registramos que asistirás a «{ $title }».
ata-ack-not_attending = Gracias por avisar. Registramos que no podrás asistir a «{ $title }».

ata-ask-milestone = ¿A qué hito de la Asistencia Técnica Articulada corresponde el anuncio?
ata-label-milestone = Hito
option-milestone-inicio = Inicio del año escolar
option-milestone-proceso = Proceso del año escolar
option-milestone-cierre = Cierre del año escolar
ata-ask-title = Escribe el título del anuncio (de 5 a 120 caracteres).
ata-label-title = Título
ata-error-title = El título debe tener de 5 a 120 caracteres. Escríbelo de nuevo.
ata-ask-body = Escribe el mensaje para los destinatarios.
ata-label-body = Mensaje
ata-ask-has-session = ¿El anuncio convoca a una sesión (reunión, taller, asistencia técnica)?
ata-label-has-session = Sesión
option-hasSession-si = Sí, hay una sesión
option-hasSession-no = No
ata-ask-session-date = ¿Qué día es la sesión? Escribe la fecha como { $example } (o { $short }).
ata-label-session-date = Fecha de la sesión
ata-error-date = No reconozco esa fecha. Escríbela con día, mes y año, por ejemplo { $example }.
ata-error-date-format = No reconozco esa fecha. Escríbela con día, mes y año (día/mes/año).
ata-error-date-past = Esa fecha ya pasó. Escribe una fecha de hoy en adelante.
ata-ask-session-time = ¿A qué hora (hora de Lima)? Por ejemplo 15:00. Si aún no hay hora, pulsa «Omitir».
ata-label-session-time = Hora
ata-error-time = No reconozco esa hora. Escríbela como 15:00 o 3:00 pm.
ata-ask-session-where = ¿Dónde será? Escribe el lugar o pega el enlace de la reunión virtual. Si aún no se sabe, pulsa «Omitir».
ata-label-session-where = Lugar o enlace
ata-error-where = El lugar o enlace debe tener de 3 a 300 caracteres. Escríbelo de nuevo.
ata-ask-ugels = ¿A qué UGEL va dirigido?
ata-label-ugels = UGEL
ata-ask-roles = ¿A quiénes va dirigido?
ata-label-roles = Destinatarios
option-audienceRoles-docente = Docentes
option-audienceRoles-director = Directores y directoras
option-audienceRoles-especialista_ugel = Especialistas de UGEL
ata-ask-levels = ¿Solo para algunos niveles (de docentes y directores)? Si es para todos los niveles, pulsa «Omitir».
ata-label-levels = Niveles
ata-ask-school = ¿Solo para una institución educativa? Escribe su código modular (7 dígitos) o pulsa «Omitir».
ata-label-school = Institución (código modular)
ata-error-codigo-modular = El código modular tiene exactamente 7 dígitos, por ejemplo 0403691.
ata-error-school-unknown = No encontramos una institución con ese código modular. Revísalo o pulsa «Omitir».
ata-error-school-outside = Esa institución no pertenece a la UGEL elegida. Revisa el código o pulsa «Omitir».
ata-ask-when = ¿Cuándo se envía?
ata-label-when = Envío
option-when-ahora = Apenas lo confirme
option-when-programar = Programar fecha y hora
ata-ask-scheduled-at = ¿Cuándo se envía? Escribe la fecha y la hora de Lima, por ejemplo { $example } 08:00.
ata-label-scheduled-at = Fecha y hora de envío
ata-error-datetime = No reconozco esa fecha y hora. Escríbelas así: { $example } 08:00.
ata-error-datetime-format = No reconozco esa fecha y hora. Escríbelas así: día/mes/año hora:minutos.
ata-error-datetime-past = Esa fecha y hora ya pasaron. Elige un momento futuro.
ata-error-datetime-far = Solo se puede programar hasta un año adelante.

ata-preview-intro = 👁 Vista previa: así recibirán el anuncio (los botones de esta vista previa no registran nada).
ata-preview-heading = 📋 Antes de enviar
ata-preview-total = { $count ->
        [one] Lo recibirá 1 persona:
       *[other] Lo recibirán { $count } personas:
    }
ata-preview-ugel = • { $ugel }: { $count } ({ $channels })
ata-channel-telegram = Telegram
ata-channel-slack = Slack
ata-channel-console = consola
ata-channel-none = sin canal disponible
ata-preview-when-now = Se enviará apenas confirmes.
ata-preview-when-quiet = Es horario de silencio: si confirmas ahora, se enviará desde las { $time } (hora de Lima).
ata-preview-when-later = Se enviará el { $day } a las { $time } (hora de Lima).
ata-preview-nothing-sent = Todavía no se ha enviado nada. Revisa y pulsa «Confirmar y enviar».
ata-preview-nobody = Nadie cumple esos criterios todavía, así que no hay a quién enviarlo. Edita los destinatarios o descártalo.
ata-preview-button = En el anuncio real, este botón registrará la respuesta de cada destinatario.
ata-button-confirm = ✅ Confirmar y enviar
ata-button-edit = ✏️ Editar
ata-button-discard = 🗑 Descartar
ata-confirmed = { $count ->
        [one] ✅ Anuncio confirmado para 1 persona.
       *[other] ✅ Anuncio confirmado para { $count } personas.
    } { $when }
ata-discarded = Se descartó el borrador. No se envió nada.
ata-button-status = 📊 Ver estado

ata-status-none = Aún no hay anuncios ATA.
ata-status-new = 📣 Nuevo anuncio
ata-status-choose = Elige un anuncio para ver su estado:
ata-status-item = #{ $id } · { ata-milestone-name } · { $title } ({ ata-status-name })
ata-status-heading = 📊 Anuncio #{ $id } — { ata-milestone-name }: { $title } ({ ata-status-name })
ata-status-row = • { $ugel }: en cola { $queued } · enviados { $sent } · fallidos { $failed } · inalcanzables { $unreachable }{ $cancelled ->
        [0] {""}
       *[other] {" · "}cancelados { $cancelled }
    } · confirmaron { $confirmed } · asistirán { $attending } · no podrán { $notAttending }
ata-status-total = Total
ata-status-resent = Reenvíos: { $count }
ata-button-resend = 🔁 Reenviar a quienes no confirmaron ({ $count })
ata-button-cancel = 🚫 Cancelar el anuncio
ata-button-refresh = 🔄 Actualizar
ata-button-list = 📋 Todos los anuncios
ata-resent = { $count ->
        [0] No hay a quién reenviar: quienes lo recibieron ya confirmaron (o ya se les reenvió).
        [one] 🔁 Se reenviará a 1 persona que aún no confirmó.
       *[other] 🔁 Se reenviará a { $count } personas que aún no confirmaron.
    }
ata-cancel-confirm = ¿Cancelar el anuncio? Nadie lo ha recibido todavía; si lo cancelas, no se enviará.
ata-button-cancel-yes = Sí, cancelar
ata-button-cancel-no = No, mantener
ata-cancelled = 🚫 Anuncio cancelado. No se enviará a nadie.

ata-error-not-specialist = Esa opción es solo para especialistas.
ata-error-ugel-not-allowed = Como especialista de UGEL solo puedes enviar anuncios a tu propia UGEL.
ata-error-no-ugel = Elige al menos una UGEL.
ata-error-no-role = Elige al menos un tipo de destinatario.
ata-error-bad-role = Ese tipo de destinatario no está disponible.
ata-error-bad-level = Ese nivel no está disponible.
ata-error-not-found = Ese anuncio ya no existe.
ata-error-not-yours = Ese anuncio es de otra persona: solo su autor (o la DRE) puede gestionarlo.
ata-error-not-draft = Ese anuncio ya fue confirmado; míralo en /ata_estado.
ata-error-already-going = Ya se empezó a enviar, así que no se puede cancelar. Puedes ver su avance en /ata_estado.
ata-error-cancelled = Ese anuncio fue cancelado.
ata-error-not-sent-yet = Ese anuncio aún no se ha enviado.
ata-error-not-recipient = Ese anuncio no fue enviado a ti.
ata-error-no-session = Ese anuncio no convoca a una sesión.

## Importación del calendario por línea de comandos (npm run calendar:import)

calendar-cli-usage = Uso: npm run calendar:import -- <archivo.xlsx|archivo.csv> [--only-valid] [--dry-run] [--yes]
calendar-cli-file-missing = No encuentro el archivo «{ $path }».
calendar-cli-reading = Leyendo «{ $file }» ({ $size } bytes)…
calendar-cli-progress-rows = Filas revisadas: { $done } de { $total } ({ $percent } %)
calendar-cli-progress-save = Concursos guardados: { $done } de { $total } ({ $percent } %)
calendar-cli-rejected = No se importó nada: hay filas con errores. Corrígelas, o ejecuta de nuevo con --only-valid para importar solo las filas válidas.
calendar-cli-nothing-valid = No se importó nada: el archivo no tiene filas válidas.
calendar-cli-dry-run = Simulación (--dry-run): no se guardó nada. Esto es lo que cambiaría:

## calendar: official calendar, import warnings, .ics
calendar-area-comunicacion = comunicación
calendar-area-personal_social = personal social
calendar-area-ingles = inglés
calendar-area-religion = educación religiosa
calendar-import-error-unbalanced-quote = unas comillas (") se abren en esta fila y no se cierran. Ciérralas o bórralas y guarda el archivo de nuevo.
calendar-import-warning-line = ⚠️ Fila { $line }, columna «{ $field }»: { $reason }
calendar-import-warning-unknown-area = el área «{ $value }» no está en la lista; la fila se guarda con el área «otro». Áreas conocidas: { $allowed }.
calendar-import-warning-kept-stored-stage = la fila tiene errores: la etapa «{ $stage }» de { $contest } se queda como estaba guardada.
calendar-import-sample-retired = El calendario de ejemplo deja de usarse: desde ahora el bot responde solo con el calendario oficial.
calendar-cli-removal-list = Este archivo quitaría { $count ->
        [one] un concurso oficial que no está en él:
       *[other] { $count } concursos oficiales que no están en él:
    }
calendar-cli-removal-question = ¿Quitarlos e importar el archivo? Escribe «s» para sí o «n» para no:
calendar-cli-removal-declined = No se importó nada: no se quitó ningún concurso.
calendar-cli-removal-needs-yes = No se importó nada: quitar concursos oficiales pide confirmación y no hay una terminal para preguntarla. Revisa la lista con --dry-run y, si estás de acuerdo, ejecuta de nuevo con --yes.
## telegram: edit in place, command menu, deep links, console deliveries
console-updated = (actualizado)
## conversation: drafts, cancel and resume

form-cancelled-resume = Saliste del { $form }. Tus respuestas quedaron guardadas: para continuar, usa { $command }.
draft-place-summary = el resumen, listo para enviar
draft-place-step = el paso { $step } de { $total } («{ $question }»)
reg-mine-drafts-heading = { $count ->
        [one] 📝 Tienes 1 registro sin enviar:
       *[other] 📝 Tienes { $count } registros sin enviar:
    }
reg-mine-draft-line = • { $form }{ $hasTitle ->
        [yes] { " " }«{ $title }»
       *[no] {""}
    }: vas en { $place }. Guardado el { $saved }.
reg-mine-draft-button = ▶ Continuar { $form }

## conversation: /mis_datos

my-data-none = (ninguno)
my-data-profile-heading = 👤 Tu perfil
my-data-profile =
    • Nombre: { $name }
    • Rol: { $role }
    • UGEL: { $ugel }
    • Institución educativa: { $school }
    • Niveles: { $levels }
    • Idioma: { $language }
    • Consentimiento: { $consent }
    • Con nosotros desde: { $since }
    • Recordatorios: { $reminders }
my-data-consent = aceptado el { $date } (versión { $version })
my-data-reminders-on = activos ({ $days })
my-data-reminders-muted = silenciados
my-data-channels-heading = 📱 Tus cuentas
my-data-channel-line = • { $channel }, desde el { $since }
my-data-drafts-heading = 📝 Borradores sin enviar ({ $count })
my-data-draft-line = • { $form }, guardado el { $saved }:
my-data-draft-item = Integrante { $item } (a medio escribir):
my-data-draft-complete = (completo, falta pulsar «Enviar»)
my-data-registrations-heading = 📂 Registros enviados ({ $count })
my-data-registration-line = • { $code } «{ $title }» · { registration-status } · enviado el { $sent }
my-data-member-line = { "   " }– { $names } { $surnames }, DNI { $dni }, contacto: { $contact }
my-data-subscriptions-heading = 🔔 Concursos en tus recordatorios
my-data-subscription-line = • { $contest }: { $state ->
        [muted] silenciado
       *[followed] lo sigues
    }
my-data-acks-heading = 📣 Tus respuestas a anuncios ATA
my-data-ack-line = • «{ $title }»: recibido { $received }{ $attendance ->
        [asistire] , asistirás
        [no_podre] , no podrás asistir
       *[none] {""}
    }
my-data-counts =
    📊 También guardamos:
    • { $deliveries ->
        [one] 1 mensaje que el bot te envió
       *[other] { $deliveries } mensajes que el bot te envió
    }
    • { $announcements ->
        [one] 1 anuncio ATA que creaste
       *[other] { $announcements } anuncios ATA que creaste
    }
    • { $invites ->
        [one] 1 código de invitación que creaste
       *[other] { $invites } códigos de invitación que creaste
    }
    • { $links ->
        [one] 1 código para vincular cuentas
       *[other] { $links } códigos para vincular cuentas
    }
    • { $audit ->
        [one] 1 registro de auditoría de tus acciones
       *[other] { $audit } registros de auditoría de tus acciones
    }
my-data-file-name = mis-datos.txt
my-data-file-caption = Lo mismo, en un archivo para guardar.

## conversation: dates without a year

ata-error-date-past-no-year = El { $date } ya pasó. Si la sesión es el próximo año, escribe la fecha con el año, por ejemplo { $example }.

## conversation: greetings

greeting-reply = ¡Hola! 👋 Qué gusto saludarte.
thanks-reply = ¡De nada! 😊 Aquí estoy cuando me necesites: escribe tu pregunta o /ayuda.

## conversation: summaries and ATA status

ata-levels-all = todos los niveles
ata-school-all = todas las instituciones
ata-session-time-none = aún sin hora
ata-session-where-none = aún sin lugar
ata-confirmed-now = Se está enviando ahora.

## conversation: /recordatorios by month

reminders-contests-by-month = { $pages ->
        [one] Concursos por mes de su próxima fecha:
       *[other] Concursos por mes de su próxima fecha ({ $count } en total; página { $page } de { $pages }):
    }
reminders-month-heading = 📅 { $month }
ata-status-waiting-quiet = ⏸ Es horario de silencio: se enviará desde las { $time } (hora de Lima).
## reports: /reporte (cifras y gráficos para especialistas de UGEL y de la DRE)

help-reporte = 📊 Reporte y gráficos
report-not-allowed = El reporte es para especialistas de UGEL y de la DRE. Si necesitas una cifra, pídela a tu UGEL.
report-bad-year = No entendí «{ $text }» como año. Escribe /reporte para el año escolar actual, o el año con cuatro cifras, por ejemplo: /reporte { $example }
report-region = Región Pasco (todas las UGEL)
report-region-short = Región Pasco
report-heading = 📊 Reporte { $year } · { $scope }
report-taken = Cifras del { $when } (hora de Lima)
report-with-previous = { $value } ({ $year }: { $previous })
report-previous-note = Entre paréntesis, las cifras de { $year }.
report-no-previous = No hay cifras de { $year } para comparar.
report-line = • { $label }: { $value }
report-nothing = (ninguno)
report-kind-name = { $kind ->
        [buena_practica] Buenas prácticas
       *[other] Proyectos de innovación
    }
report-kind-line = • { report-kind-name }: { $value }
report-summary-registrations = 📝 Registros: { $value }
report-summary-schools = 🏫 Instituciones educativas con al menos un registro: { $value }
report-summary-ata = 🤝 Cobertura ATA (a quiénes llegó ÷ personas del público en el bot):
report-milestone-short = { $milestone ->
        [inicio] Inicio
        [proceso] Proceso
       *[cierre] Cierre
    }
report-ata-coverage-line = • { report-milestone-short }: { $coverage } ({ $delivered } de { $audience })
report-ata-none = 🤝 ATA: no se envió ningún anuncio en { $year }.
report-summary-people = 👥 Personas en el bot: { $value }
report-summary-deliveries = 📨 Recordatorios: { $sent ->
        [one] 1 enviado
       *[other] { $sent } enviados
    }, { $failed ->
        [one] 1 fallido
       *[other] { $failed } fallidos
    } · { $unreachable ->
        [one] 1 mensaje no llegó
       *[other] { $unreachable } mensajes no llegaron
    } (persona inalcanzable)
report-reg-heading = 📝 Registros { $year } · { $scope }
report-by-status = Por estado:
report-by-ugel = Por UGEL:
report-by-category = Por categoría:
report-by-level = Por nivel:
report-ugel-line = • { $ugel }: { $value } · { $schools } II.EE.
report-status-part = { $status } { $count }
report-category-line = • { report-kind-name } · { $category }: { $value }
report-no-category = sin categoría
report-no-level = Sin nivel
report-ata-heading = 🤝 ATA { $year } · { $scope }
report-ata-explain = Cobertura = personas a las que llegó el mensaje ÷ personas registradas en el bot que forman parte del público del anuncio.
report-ata-milestone = { ata-milestone-name }: cobertura { $coverage }
report-ata-figures = dirigidos { $targeted } · entregados { $delivered } · confirmaron { $confirmed } · asistirán { $attending } · público en el bot { $audience }
report-ata-previous = En { $year }: cobertura { $coverage }
report-ata-ugel-line = • { $ugel }: { $coverage } — { report-ata-figures }
report-people-heading = 👥 Personas en el bot · { $scope }
report-people-total = Total
report-role = { $role ->
        [docente] Docentes
        [director] Directores(as)
        [especialista_ugel] Especialistas de UGEL
        [especialista_dre] Especialistas de la DRE
       *[admin] Administradores(as)
    }
report-people-ugel-line = • { $ugel }: { $total } ({ $docentes ->
        [one] 1 docente
       *[other] { $docentes } docentes
    }, { $directores ->
        [one] 1 director(a)
       *[other] { $directores } directores(as)
    })
report-deliveries-heading = 📨 Mensajes del bot en { $year }
report-reminders-sent = Recordatorios enviados
report-reminders-failed = Recordatorios fallidos
report-deliveries-unreachable = Mensajes que no llegaron (bloquearon el bot o la cuenta ya no existe)
report-deliveries-failed = Mensajes fallidos (todos los tipos)
report-button-summary = 📊 Resumen
report-button-registrations = 📝 Registros
report-button-ata = 🤝 ATA
report-button-people = 👥 Personas y mensajes
report-button-charts = 📈 Gráficos
report-button-region = Región
report-button-export-registrations = ⬇️ Registros (Excel)
report-button-export-ata = ⬇️ ATA (Excel)
report-charts-more = Estas son las cifras en gráficos. ¿Qué más quieres ver?
report-chart-footer = { $scope } · cifras del { $when } (hora de Lima) · Pasco Educa Bot
report-chart-empty = Aún no hay registros
report-chart-total = Total
report-chart-status-title = Registros { $year } por UGEL y estado
report-chart-status-title-kind = Registros { $year } de { $scope } por tipo y estado
report-chart-status-subtitle = { $total ->
        [one] 1 registro en total
       *[other] { $total } registros en total
    }
report-chart-ata-title = Cobertura ATA { $year } por hito y UGEL
report-chart-ata-subtitle = Personas a las que llegó el mensaje ÷ personas del público en el bot
report-chart-coverage-label = { $coverage } ({ $delivered }/{ $audience })
report-chart-years-title = Registros { $year } frente a { $previousYear } · { $scope }
report-chart-no-ata = No se envió ningún anuncio ATA en { $year }: no hay gráfico de cobertura.
report-reading-no-registrations = Aún no hay registros en { $year }.
report-reading-status-region = { $ugel } tiene más registros ({ $count }); { $observed ->
        [0] ninguno observado en la región
        [one] 1 observado en la región
       *[other] { $observed } observados en la región
    }.
report-reading-status-ugel = { $ugel }: { $count ->
        [one] 1 registro
       *[other] { $count } registros
    }; { $observed ->
        [0] ninguno observado
        [one] 1 observado
       *[other] { $observed } observados
    }.
report-reading-ata = Mayor cobertura: { $best } en { $bestMilestone ->
        [inicio] inicio
        [proceso] proceso
       *[cierre] cierre
    } ({ $bestCoverage }); menor: { $worst } en { $worstMilestone ->
        [inicio] inicio
        [proceso] proceso
       *[cierre] cierre
    } ({ $worstCoverage }).
report-reading-ata-one = Cobertura de { $ugel } en { $milestone ->
        [inicio] inicio
        [proceso] proceso
       *[cierre] cierre
    }: { $coverage }.
report-reading-years = { $year }: { $count ->
        [one] 1 registro
       *[other] { $count } registros
    }; { $previousYear }: { $previous } ({ $change }).
## exports: exportaciones XLSX/CSV, ficha de un registro, resumen semanal

help-exportar = 📊 Exportar registros y ATA
export-menu = 📊 Exportar { $year } · { $scope }
    Elige qué quieres descargar. XLSX se abre en Excel; CSV sirve para copiar a otras plataformas. Para otro año: /exportar 2025
export-all-ugels = toda la región
export-button-registrations = 📋 Registros (XLSX)
export-button-registrations-csv = Registros (CSV)
export-button-ata = 📣 Entregas ATA (XLSX)
export-button-ata-csv = Entregas ATA (CSV)
export-button-ugel-registrations = 📋 { $ugel }
export-button-ugel-ata = 📣 { $ugel }
export-menu-per-ugel = Por UGEL (XLSX), registros y entregas ATA:
export-bad-year = No entendí el año «{ $text }». Escríbelo con cuatro cifras, por ejemplo: /exportar 2026
export-ugel-unknown = Esa UGEL no existe.
export-what = { $kind ->
    [registrations] registros
   *[ata] entregas ATA
  }
export-empty = No hay { export-what } de { $year } en { $scope }: no hay archivo que enviar.
export-started = ⏳ Preparando { export-what } de { $year } ({ $scope }): { $total } filas. Te aviso el avance.
export-progress = ⏳ { $percent } % ({ $done } de { $total } filas)…
export-caption = 📊 { $file }: { export-what } { $year } · { $scope } · { $rows ->
        [one] 1 fila
       *[other] { $rows } filas
    } · datos del { $at } (hora de Lima)
export-caption-part = 📊 { $file } (parte { $part } de { $parts }): { export-what } { $year } · { $scope } · datos del { $at } (hora de Lima)
export-done = ✅ Listo: { $rows ->
    [one] 1 fila
   *[other] { $rows } filas
  } en { $files ->
    [one] un archivo
   *[other] { $files } archivos
  }.{ $parts ->
    [1] {""}
   *[other] {" "}Telegram acepta archivos de hasta 50 MB, así que lo dividí en { $parts } partes: cada una se abre sola.
  }
export-part-suffix = parte
export-file-stem = { $kind ->
    [registrations] registros
   *[ata] entregas-ata
  }
export-sheet-registrations = Registros
export-sheet-members = Equipo
export-sheet-files = Archivos
export-sheet-history = Historial de revisión
export-sheet-ata = Entregas ATA
export-col-code = Código de registro
export-col-contest = Concurso
export-col-year = Año
export-col-status = Estado
export-col-sent-at = Fecha de envío
export-col-title = Nombre del proyecto o práctica
export-col-category = Categoría
export-col-subcategory = Subcategoría
export-col-practice-type = Tipo de práctica
export-col-dre = DRE
export-col-ugel = UGEL
export-col-school = Nombre de la IE
export-col-codigo-modular = Código modular
export-col-area = Área
export-col-level = Nivel
export-col-modality = Modalidad
export-col-school-type = Tipo de IE
export-col-region = Región
export-col-province = Provincia
export-col-district = Distrito
export-col-director-dni = DNI del director(a)
export-col-director-names = Nombres del director(a)
export-col-director-surnames = Apellidos del director(a)
export-col-director-email = Correo del director(a)
export-col-director-phone = Celular del director(a)
export-col-members = N.° de integrantes
export-col-students = Estudiantes ciclo { $ciclo }
export-col-problem = Problema central
export-col-objectives = Objetivos
export-col-strategy = Estrategia
export-col-years-running = Años de implementación
export-col-purpose = Propósito
export-col-description = Descripción
export-col-results = Resultados
export-col-learning-evidence = Evidencias de aprendizaje
export-col-files = N.° de archivos
export-col-declaration = Declaración jurada
export-col-member-number = N.°
export-col-member-role = Rol en el equipo
export-col-dni = DNI
export-col-names = Nombres
export-col-surnames = Apellidos
export-col-condition = Condición
export-col-email = Correo electrónico
export-col-phone = Celular
export-col-file-field = Sección del formulario
export-col-channel = Canal
export-col-file-ref = Referencia del archivo (id en el canal)
export-col-file-name = Nombre del archivo
export-col-file-type = Tipo de archivo
export-col-file-kb = Tamaño (KB)
export-col-uploaded-at = Fecha de carga
export-col-date = Fecha
export-col-from-status = Estado anterior
export-col-to-status = Estado nuevo
export-col-comment = Comentario
export-col-by = Realizado por
export-col-announcement = N.° de anuncio
export-col-announcement-title = Título del anuncio
export-col-milestone = Hito
export-col-session-at = Fecha de la sesión
export-col-delivery-kind = Envío
export-col-role = Rol
export-col-levels = Niveles
export-col-delivery-status = Estado del envío
export-col-delivered-at = Enviado el
export-col-confirmed-at = Confirmado el
export-col-attendance = Asistencia
export-kind = { $kind ->
    [buena_practica] Buenas Prácticas Docentes (MINEDU)
   *[other] Proyecto de innovación (CNPIE - FONDEP)
  }
export-member-role = { $role ->
    [director_responsable] Director(a) responsable
    [directivo] Directivo
   *[other] Docente
  }
export-file-field = { $field ->
    [evidenceFiles] Evidencias
    [attachments] Anexos
   *[other] { $field }
  }
export-milestone = { $milestone ->
    [inicio] Inicio
    [proceso] Proceso
   *[other] Cierre
  }
export-delivery-kind = { $kind ->
    [ata_resend] Reenvío
   *[other] Primer envío
  }
export-role = { $role ->
    [docente] Docente
    [director] Director(a)
    [especialista_ugel] Especialista de UGEL
    [especialista_dre] Especialista de la DRE
   *[other] Administrador(a)
  }
export-delivery-status = { $status ->
    [pending] En cola
    [sending] Enviándose
    [sent] Enviado
    [failed] Falló
    [unreachable] No se pudo entregar
   *[other] Cancelado
  }
export-attendance = { $attendance ->
    [asistire] Asistirá
   *[other] No podrá asistir
  }

reg-button-ficha = 🖨 Descargar ficha
ficha-title = Ficha de registro { $code }
ficha-subtitle = { export-kind } · Edición { $year }
ficha-section-registration = Datos del registro
ficha-section-answers = Datos del formulario
ficha-section-team = Equipo
ficha-section-files = Archivos adjuntos
ficha-section-history = Historial de revisión
ficha-field-code = Código de registro
ficha-field-status = Estado
ficha-field-sent-at = Fecha de envío
ficha-field-dre = DRE
ficha-field-ugel = UGEL
ficha-field-school = Institución educativa
ficha-field-codigo-modular = Código modular
ficha-field-region = Región / provincia / distrito
ficha-member = { $index }. { export-member-role } · { $names } { $surnames } · DNI { $dni }
ficha-member-contact = Condición: { $condition } · Correo: { $email } · Celular: { $phone }
ficha-file = { $name } ({ $size } KB) · { $channel }: { $ref }
ficha-history = { $date } · { $from } → { $to } ({ $who })
ficha-footer = Generada el { $at } (hora de Lima) por Pasco Educa Bot · DRE Pasco. Página { $page } de { $pages }
ficha-caption = 🖨 Ficha de { $code } para imprimir o adjuntar en la plataforma nacional.
ficha-empty = —

help-resumen-semanal = 📰 Resumen semanal
digest-heading = 📰 Resumen semanal · { $scope } · semana del { $weekDay }
digest-new = 🆕 Registros nuevos de la semana: { $count }
digest-pending = ⏳ Revisiones pendientes (la más antigua primero): { $count }
digest-deadlines = 📅 Cierres en los próximos 14 días: { $count }
digest-ata = 📣 Anuncios ATA con poca confirmación (menos de la mitad): { $count }
digest-none = (ninguno)
digest-more = … y { $count } más
digest-line-registration = • { $code } · «{ $title }» · { $school }
digest-line-pending = • { $code } · { registration-status } desde el { $since } · «{ $title }»
digest-line-deadline = • { $day }: { $contest } ({ $stage })
digest-line-ata = • «{ $title }» ({ export-milestone }): { $confirmed } de { $sent } confirmaron
digest-footer = Llega cada semana. Para dejar de recibirlo, pulsa el botón o escribe /resumen_semanal.
digest-button-off = 🔕 No recibir más el resumen
digest-button-on = 🔔 Recibir el resumen semanal
digest-button-list = 🗂 Ver registros
digest-status-on = 📰 Recibes el resumen semanal cada { $day } a las { $time } (hora de Lima): registros nuevos, revisiones pendientes, cierres próximos y anuncios ATA con poca confirmación.
digest-status-off = 📰 No recibes el resumen semanal. Para activarlo, pulsa el botón.
digest-turned-off = 🔕 Listo, ya no recibirás el resumen semanal. Puedes volver a activarlo con /resumen_semanal.
digest-turned-on = 🔔 Listo, recibirás el resumen semanal cada { $day } a las { $time } (hora de Lima).
digest-weekday = { $day ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[other] domingo
  }
digest-message = { $text }
menu-start = Empezar o volver al inicio
menu-registrar = Registrar una buena práctica o un proyecto CNPIE
menu-mis_registros = Ver mis registros y su estado
menu-registros = Revisar los registros de mi UGEL
menu-ata = Enviar un anuncio ATA
menu-ata_estado = Ver quién recibió los anuncios ATA
menu-calendario = Calendario de concursos
menu-concurso = Buscar un concurso por su nombre
menu-recordatorios = Elegir de qué concursos recibir recordatorios
menu-perfil = Ver o cambiar mi perfil
menu-mis_datos = Ver todos mis datos guardados
menu-vincular = Vincular Telegram con Slack
menu-ayuda = Qué puedo hacer
menu-cancelar = Salir de lo que estoy haciendo
menu-importar_calendario = Importar el calendario oficial
menu-invitar = Crear un código de invitación
menu-reporte = Ver las cifras de registros y ATA
menu-exportar = Descargar registros y entregas ATA en Excel
menu-resumen_semanal = Mi resumen semanal (activar o desactivar)
deeplink-invite-ready = 🔑 Recibimos tu código de invitación. Solo falta elegir el idioma y aceptar el uso de tus datos.
deeplink-invite-onboarded = Ya tienes un perfil. Para usar un código de invitación, abre /perfil, cambia tu rol a «Tengo un código de invitación (especialistas)» y escríbelo.
invite-deeplink = O comparte este enlace, que abre el bot con el código ya puesto: { $link }
link-deeplink = En Telegram basta con abrir este enlace: { $link }
