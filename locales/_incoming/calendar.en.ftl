## Contest calendar (src/domain/calendar). Dates arrive preformatted: "Friday, June 12".

calendar-sample-disclaimer = ⚠️ Sample calendar: these dates are indicative, not official. Always check the contest's official rules.
calendar-contest-edition = { $name } { $year }
calendar-date-with-time = { $date } at { $time }
calendar-missing-year = I do not have { $name } { $year } in the calendar; here is the { $shown } edition.

## Stage kinds

calendar-stage-kind-inscripcion = registration
calendar-stage-kind-ie = school stage
calendar-stage-kind-ugel = UGEL stage
calendar-stage-kind-regional = regional stage
calendar-stage-kind-macroregional = macro-regional stage
calendar-stage-kind-nacional = national stage
calendar-stage-kind-resultados = results
calendar-stage-kind-otro = other stage
calendar-stage-kind-final = final stage

## Levels and areas

calendar-level-inicial = early childhood (inicial)
calendar-level-primaria = primary
calendar-level-secundaria = secondary
calendar-level-eba = adult education (EBA)
calendar-level-ebe = special education (EBE)
calendar-area-ciencia = science and technology
calendar-area-arte = arts
calendar-area-deporte = sports
calendar-area-matematica = mathematics
calendar-area-emprendimiento = entrepreneurship
calendar-area-innovacion = innovation
calendar-area-buenas_practicas = good practices
calendar-area-lectura = reading
calendar-area-civica = civics
calendar-area-otro = other

## Registration

calendar-reg-closes-upcoming = 📅 Registration for { $contest } closes on { $date } ({ $days ->
        [one] closes tomorrow
       *[other] closes in { $days } days
    }).
calendar-reg-closes-today = ⏰ Registration for { $contest } closes today, { $date }.
calendar-reg-closes-past = Registration for { $contest } closed on { $date }.
calendar-reg-closes-missing = The calendar does not have the registration closing date for { $contest } yet.
calendar-reg-opens-upcoming = 📅 Registration for { $contest } opens on { $date } ({ $days ->
        [one] tomorrow
       *[other] in { $days } days
    }).
calendar-reg-opens-today = Registration for { $contest } opens today, { $date }.
calendar-reg-opens-past = Registration for { $contest } opened on { $date }.
calendar-reg-opens-missing = The calendar does not have the registration opening date for { $contest } yet.
calendar-reg-none = { $contest } has no registration dates in the calendar.

## Stages

calendar-stage-day-upcoming = 📅 { $stage } of { $contest }: { $date } ({ $days ->
        [one] tomorrow
       *[other] in { $days } days
    }).
calendar-stage-day-today = 📅 { $stage } of { $contest }: today, { $date }.
calendar-stage-day-past = { $stage } of { $contest } was on { $date }.
calendar-stage-range-upcoming = 📅 { $stage } of { $contest }: from { $start } to { $end } ({ $days ->
        [one] starts tomorrow
       *[other] starts in { $days } days
    }).
calendar-stage-range-ongoing = 📅 { $stage } of { $contest }: under way, from { $start } to { $end } ({ $days ->
        [0] ends today
        [one] ends tomorrow
       *[other] ends in { $days } days
    }).
calendar-stage-range-past = { $stage } of { $contest } ran from { $start } to { $end }.
calendar-stage-place = Place: { $place }.
calendar-stage-undated = { $stage } of { $contest } has no date in the calendar yet.
calendar-stage-missing = { $contest } has no { $kind } in the calendar.

## Schedule and details

calendar-schedule-header = 🗓️ { $contest } schedule:
calendar-schedule-registration-opens = { $mark } { $stage }: registration opens on { $date }
calendar-schedule-registration-closes = { $mark } { $stage }: registration closes on { $date }
calendar-schedule-event-day = { $mark } { $stage }: { $date }
calendar-schedule-event-range = { $mark } { $stage }: from { $start } to { $end }
calendar-schedule-undated = • { $stage }: no date in the calendar
calendar-schedule-all-past = All dates of this edition are past.
calendar-mark-past = ✓
calendar-mark-next = 👉
calendar-mark-other = •
calendar-details-header = ℹ️ { $name } ({ $year })
calendar-details-organizer = Organizer: { $organizer }
calendar-details-area = Area: { $area }
calendar-details-levels = Levels: { $levels }
calendar-details-grades = Who takes part: { $grades }
calendar-details-categories = Categories: { $categories }
calendar-details-bases = Rules: { $url }
calendar-details-levels-yes = Yes, it is for { $levels }.
calendar-details-levels-no = It is not for { $asked }; it is for { $levels }.

## Lists by period

calendar-period-today = today ({ $start })
calendar-period-tomorrow = tomorrow ({ $start })
calendar-period-week = this week ({ $start } to { $end })
calendar-period-next-week = next week ({ $start } to { $end })
calendar-period-month = this month ({ $month })
calendar-period-next-month = next month ({ $month })
calendar-period-named-month = in { $month }
calendar-period-soon = in the next { $days } days
calendar-period-days = in the next { $days } days
calendar-period-year = from { $start } to { $end }
calendar-period-upcoming = from today
calendar-list-header = { $filter ->
        [closes] ⏳ Registrations closing { $period }
        [opens] 🟢 Registrations opening { $period }
        [open-now] 🟢 Registrations open today
       *[other] 🗓️ Contests { $period }
    }{ $levels ->
        [none] {""}
       *[other] {" "}(for { $levels })
    }:
calendar-list-empty = There are no calendar dates in that period.
calendar-list-more = …and { $count ->
        [one] { $count } more date
       *[other] { $count } more dates
    }. Send /calendario to see everything.
calendar-list-month = 📆 { $month }
calendar-list-month-continued = 📆 { $month } (continued)
calendar-list-registration-opens = • { $day }: { $contest }, registration opens
calendar-list-registration-closes = • { $day }: { $contest }, registration closes ({ $days ->
        [0] today
        [one] tomorrow
       *[other] in { $days } days
    })
calendar-list-registration-closed = • { $day }: { $contest }, registration closed
calendar-list-registration-ongoing = • { $contest }: registration open until { $end }
calendar-list-event-day = • { $day }: { $contest }, { $stage }
calendar-list-event-range = • { $day } to { $end }: { $contest }, { $stage }
calendar-list-event-ongoing = • { $contest }: { $stage }, under way until { $end }
calendar-contests-header = 🗓️ Contests with upcoming dates:
calendar-contests-header-levels = 🗓️ Contests for { $levels } with upcoming dates:
calendar-contests-empty = I found no contests with upcoming dates.
calendar-contests-empty-levels = I found no contests for { $levels } with upcoming dates.
calendar-contests-registration-closes = • { $contest }: registration until { $date }
calendar-contests-registration-opens = • { $contest }: registration from { $date }
calendar-contests-event = • { $contest }: { $stage }, { $date }
calendar-contests-event-ongoing = • { $contest }: { $stage }, under way until { $end }
calendar-page-header = 🗓️ Contest calendar (page { $page } of { $pages })
calendar-page-empty = There are no upcoming dates in the calendar.
calendar-page-next = Send /calendario { $next } for the next page.

## When the contest is not recognised

calendar-unknown-no-match = I could not find that contest in the calendar.
calendar-unknown-no-match-terms = I could not find a “{ $terms }” contest in the calendar.
calendar-unknown-suggestions = Did you mean { $list }?
calendar-unknown-ambiguous = Which contest do you mean: { $list }?
calendar-unknown-need-contest = Which contest? For example: { $list }.
calendar-unknown-need-contest-plain = Which contest? Write its name, for example: “when does Eureka close?”.
calendar-unknown-not-understood = I did not understand the question. Try “when does Eureka close?”, “what is on in June?” or send /calendario.
calendar-unknown-browse = Send /calendario to see every contest.

## ICS export

calendar-ics-name = Education contests — DRE Pasco
calendar-ics-registration-opens = Registration opens: { $contest }
calendar-ics-registration-closes = Registration closes: { $contest }
calendar-ics-event = { $contest }: { $stage }
calendar-ics-organizer = Organizer: { $organizer }
calendar-ics-bases = Rules: { $url }
calendar-ics-sample = Sample calendar: indicative dates, not official.

## Calendar import (one error per row and field)

calendar-import-summary = Read { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }: { $contests ->
        [one] { $contests } contest
       *[other] { $contests } contests
    } and { $errors ->
        [0] no errors
        [one] { $errors } error
       *[other] { $errors } errors
    }.
calendar-import-error-line = Row { $line }, column “{ $field }”: { $reason }
calendar-import-error-missing-column = the header lacks the “{ $column }” column.
calendar-import-error-missing-contest = the contest identifier is missing (column “concurso”).
calendar-import-error-missing-name = the contest name is missing.
calendar-import-error-missing-organizer = the contest organizer is missing.
calendar-import-error-missing-area = the contest area is missing; use { $allowed }.
calendar-import-error-invalid-year = “{ $value }” is not a valid year; write four digits, e.g. 2027.
calendar-import-error-malformed-date = “{ $value }” is not a valid date; use YYYY-MM-DD or DD/MM/YYYY.
calendar-import-error-unknown-level = the level “{ $value }” does not exist; use { $allowed }.
calendar-import-error-unknown-area = the area “{ $value }” does not exist; use { $allowed }.
calendar-import-error-unknown-stage = the stage kind “{ $value }” does not exist; use { $allowed }.
calendar-import-error-missing-stage = the stage kind is missing (column “etapa”).
calendar-import-error-closing-before-opening = registration closes ({ $closes }) before it opens ({ $opens }).
calendar-import-error-end-before-start = the end date ({ $end }) is before the start date ({ $start }).
calendar-import-error-invalid-url = “{ $value }” is not a valid link; it must start with http:// or https://.
calendar-import-error-conflicting-value = does not match what row { $firstLine } says for the same contest (“{ $expected }”).
calendar-import-error-duplicate-stage = the stage “{ $value }” already appears in row { $firstLine } for the same contest.
calendar-import-error-empty-file = the file has no data rows.
calendar-import-error-unreadable-file = the file could not be read ({ $detail }).
