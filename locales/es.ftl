# Pasco Educa Bot — español (idioma principal).
# Cada texto que una persona lee está aquí. Los ids se usan en el código; el texto se cambia aquí.

## General

error-unexpected = Lo siento, algo salió mal de nuestro lado. Tu avance está guardado: intenta de nuevo en un momento.
button-unknown = Ese botón ya no está disponible.
command-unknown = No conozco el comando { $command }.
command-not-allowed = Esa opción no está disponible para tu rol.
text-not-understood = No entendí tu mensaje.
file-not-expected = No esperaba un archivo en este momento.
help-hint = Usa /ayuda para ver lo que puedo hacer por ti.
help-button = 📋 Ver opciones
cancel-done = Listo, salimos de lo que estabas haciendo. Lo que avanzaste quedó guardado.
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
form-button-clear = 🗑 Borrar y escribir de nuevo
form-button-submit = 📨 Enviar
form-button-continue = ▶ Continuar
form-button-restart = 🔄 Empezar de nuevo
form-button-add-item = ➕ Agregar otro
form-button-remove-item = Quitar { $item }
form-multi-hint = Marca todas las que correspondan y luego pulsa «Listo».
form-current-value = Valor actual: { $value }
form-longtext-limit-words = Máximo { $max } palabras. Puedes enviarlo en varios mensajes.
form-longtext-limit-chars = Máximo { $max } caracteres. Puedes enviarlo en varios mensajes.
form-longtext-so-far = Llevas { $words ->
    [one] 1 palabra
   *[other] { $words } palabras
  } ({ $chars } caracteres). Envía más texto o pulsa «Listo».
form-files-accept = Formatos: { $types }. Hasta { $maxMb } MB por archivo y { $maxFiles } archivos.
form-files-so-far = { $count ->
    [one] Recibí 1 archivo.
   *[other] Recibí { $count } archivos.
  } Envía otro o pulsa «Listo».
form-list-count = { $count ->
    [0] Aún no hay nadie registrado.
    [one] Hay 1 registrado:
   *[other] Hay { $count } registrados:
  }
form-list-item-heading = Integrante { $item }:
form-summary-heading = Revisa tu { $form }. Puedes cambiar cualquier dato con su botón; cuando esté todo bien, pulsa «Enviar».
form-summary-empty = (sin respuesta)
form-resume-offer = Tienes un { $form } a medio llenar. ¿Continuamos donde te quedaste o empiezas de nuevo?
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
form-error-file-count = Ya enviaste el máximo de { $max } archivos. Pulsa «Listo» para continuar.
form-error-too-many-words = Con ese texto serían { $words } palabras y el máximo es { $max }. Lo que tenías ({ $kept } palabras) sigue guardado: envía un texto más corto.
form-error-too-many-chars = Con ese texto serían { $chars } caracteres y el máximo es { $max }. Lo que tenías ({ $kept } caracteres) sigue guardado: envía un texto más corto.
form-error-list-min = Registra al menos { $min ->
    [one] un integrante
   *[other] { $min } integrantes
  } antes de continuar.
form-error-list-max = Ya llegaste al máximo de { $max }.
form-error-missing-field = Falta completar: { $field }.

## Bienvenida e inscripción (onboarding)

onboarding-title = registro de perfil
onboarding-locale =
    👋 ¡Hola! Soy Pasco Educa Bot, el asistente de la DRE Pasco y sus UGEL.
    Hi! Choose your language / Elige tu idioma:
onboarding-locale-label = Idioma
option-locale-es = Español
option-locale-en = English
onboarding-consent =
    Antes de empezar, tu consentimiento (Ley N.° 29733 de Protección de Datos Personales y su reglamento, D.S. N.° 016-2024-JUS):
    • Para qué: registrar tu perfil (rol, UGEL, institución educativa y niveles), tus inscripciones a concursos y enviarte avisos y recordatorios del calendario regional.
    • Quién los guarda: la Dirección Regional de Educación Pasco (DRE Pasco), como titular del banco de datos.
    • Solo pedimos lo que cada trámite necesita. Nunca mostramos tu DNI ni tu teléfono a terceros.
    • Tus derechos: puedes ver tus datos con /mis_datos, corregirlos con /perfil y eliminarlos con /borrar_mis_datos cuando quieras.
    ¿Aceptas el uso de tus datos para estos fines?
onboarding-consent-label = Consentimiento
option-consent-acepto = ✅ Acepto
option-consent-no_acepto = No acepto
onboarding-consent-declined = Entendido: sin tu consentimiento no guardamos ningún dato tuyo. Si cambias de opinión, pulsa «Acepto».
onboarding-role = ¿Cuál es tu rol?
onboarding-role-label = Rol
option-role-docente = 👩‍🏫 Docente
option-role-director = 🏫 Director(a)
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
onboarding-error-codigo-modular = El código modular tiene exactamente 7 dígitos, sin letras ni espacios; si empieza con cero, inclúyelo. Ejemplo: 0403691.
onboarding-school-name = ¿Cómo se llama tu institución educativa? (por ejemplo: IE N.° 34001 Daniel Alcides Carrión)
onboarding-school-name-label = Institución educativa
onboarding-error-school-name = Escribe el nombre de la institución educativa con letras y números (de 3 a 150 caracteres). Ejemplo: IE N.° 34001 Daniel Alcides Carrión.
onboarding-levels = ¿En qué niveles o modalidades trabajas?
onboarding-levels-label = Niveles
option-levels-inicial = Inicial
option-levels-primaria = Primaria
option-levels-secundaria = Secundaria
option-levels-eba = EBA (Básica Alternativa)
option-levels-ebe = EBE (Básica Especial)
onboarding-done = ¡Listo! Quedaste registrado(a) como { $role }. Usa los botones o /ayuda para ver lo que puedo hacer por ti.
profile-saved = Tu perfil quedó actualizado ({ $role }).
start-welcome-back = ¡Hola de nuevo! Estás registrado(a) como { $role }.

## Ayuda

help-intro = Esto es lo que puedes hacer como { $role }:
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
delete-confirm = ¿Seguro que quieres eliminar tus datos? Se borrarán tu perfil, tus borradores y tus suscripciones. Las inscripciones ya enviadas a un concurso quedan en el registro del concurso, sin tus datos de contacto.
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
    Sirve una sola vez y vence en { $hours } horas. Compártelo solo con esa persona: al iniciar el bot, debe elegir «Tengo un código de invitación».
onboarding-finish-first = Primero terminemos tu registro; luego podrás usar esa opción.
