## Calendario de concursos (src/domain/calendar). Las fechas llegan ya formateadas: "viernes 12 de junio".

calendar-sample-disclaimer = ⚠️ Calendario de ejemplo: las fechas son referenciales y no son oficiales. Confirma siempre con las bases oficiales del concurso.
calendar-contest-edition = { $name } { $year }
calendar-date-with-time = { $date }, { $time } h
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
        [one] cierra mañana
       *[other] cierra en { $days } días
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
calendar-period-days = en los próximos { $days } días
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
calendar-list-event-range = • { $day } al { $end }: { $contest }, { $stage }
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
calendar-ics-registration-opens = Abre la inscripción: { $contest }
calendar-ics-registration-closes = Cierre de inscripción: { $contest }
calendar-ics-event = { $contest }: { $stage }
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
calendar-import-error-unreadable-file = no se pudo leer el archivo ({ $detail }).
