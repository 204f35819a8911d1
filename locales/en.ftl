# Pasco Educa Bot — English (second language). Same ids as es.ftl.

## General

error-unexpected = Sorry, something went wrong on our side. Your progress is saved: please try again in a moment.
button-unknown = That button is no longer available.
command-unknown = I don't know the command { $command }.
command-not-allowed = That option is not available for your role.
text-not-understood = I didn't understand your message. You can ask me about a contest, for example: "When does Eureka close?"
file-not-expected = I wasn't expecting a file right now.
help-hint = Use /ayuda to see what I can do for you.
help-button = 📋 Show options
cancel-done = Done, we left what you were doing.
cancel-nothing = There was nothing to cancel.

## Roles

role-docente = teacher
role-director = principal
role-especialista_ugel = UGEL specialist
role-especialista_dre = DRE specialist
role-admin = administrator

## Forms (shared)

form-progress = Step { $step } of { $total }
form-button-back = ◀ Back
form-button-skip = Skip ⏭
form-button-cancel = ✖ Cancel
form-button-done = ✔ Done
form-button-done-typed = finished, that is all, listo, ya
form-button-clear = 🗑 Clear and write again
form-button-submit = 📨 Send
form-button-continue = ▶ Continue
form-button-restart = 🔄 Start over
form-button-add-item = ➕ Add another
form-button-remove-item = Remove { $item }
form-multi-hint = You may tick several options; then press "Done".
form-current-value = Current value: { $value }
form-longtext-limit-words = At most { $max } words. You may send it in several messages.
form-longtext-limit-chars = At most { $max } characters. You may send it in several messages.
form-longtext-so-far = So far { $words ->
    [one] 1 word
   *[other] { $words } words
  } ({ $chars } characters). Send more text or press "Done".
form-files-accept = Formats: { $types }. Up to { $maxMb } MB per file and { $maxFiles } files.
form-files-so-far = { $count ->
    [one] I received 1 file.
   *[other] I received { $count } files.
  } Send another or press "Done".
form-list-count = { $count ->
    [0] Nobody added yet.
    [one] 1 team member added:
   *[other] { $count } team members added:
  }
form-list-item-heading = Member { $item }:
form-summary-heading = Check your { $form }. You can change any answer with its button; when all is right, press "Send".
form-summary-empty = (no answer)
form-resume-offer =
    You have a { $form } half filled in, saved on { $saved }.
    You stopped at { $place }.
    Continue where you left off, or start over?
form-cancelled = You left the { $form }. Your answers are saved for when you want to continue.
form-no-draft = I found no form in progress.
form-stale-button = That button belongs to an earlier message. We are here:
form-error-use-buttons = Please answer with one of the buttons.
form-error-choose-option = That option is not in the list. Choose one of the buttons (or type its number).
form-error-choose-at-least-one = Tick at least one option, then press "Done".
form-error-empty = I need an answer to go on.
form-error-invalid = That answer is not valid. Check the example and try again.
form-error-not-optional = This answer is required; it cannot be skipped.
form-error-expected-file = I need a file here (a document or a photo).
form-error-file-not-expected = I don't need a file here: answer with text or the buttons.
form-error-file-type = "{ $name }" is not an accepted format. Accepted: { $types }.
form-error-file-size = "{ $name }" is larger than { $maxMb } MB. Please send a lighter version (e.g. a compressed PDF).
form-error-file-count = You already sent the maximum of { $max } files. Press "Done" to go on.
form-error-too-many-words = With that text it would be { $words } words and the limit is { $max }. What you had ({ $kept } words) is kept: send a shorter text.
form-error-too-many-chars = With that text it would be { $chars } characters and the limit is { $max }. What you had ({ $kept } characters) is kept: send a shorter text.
form-error-list-min = Add at least { $min ->
    [one] one member
   *[other] { $min } members
  } before going on.
form-error-list-max = You reached the maximum of { $max } team members.
form-error-missing-field = Still missing: { $field }.

## Onboarding

onboarding-title = profile registration
onboarding-locale =
    👋 ¡Hola! Soy Pasco Educa Bot, el asistente de la DRE Pasco y sus UGEL.
    Hi! Choose your language / Elige tu idioma:
onboarding-locale-label = Language
option-locale-es = Español
option-locale-es-typed = castellano, spanish
option-locale-en = English
option-locale-en-typed = inglés
onboarding-consent =
    Before we start, your consent (Peru's Personal Data Protection Law No. 29733 and its regulation, D.S. No. 016-2024-JUS):
    • What for: to keep your profile (role, UGEL, school and levels), your contest registrations, and to send you notices and reminders of the regional calendar.
    • Who keeps it: the Regional Education Directorate of Pasco (DRE Pasco), as owner of the database.
    • We only ask for what each procedure needs. We never show your DNI or phone number to third parties.
    • Your rights: see your data with /mis_datos, correct it with /perfil and delete it with /borrar_mis_datos at any time.
    Do you accept the use of your data for these purposes?
onboarding-consent-label = Consent
option-consent-acepto = ✅ I accept
# Other ways people name an option when they type instead of tapping (comma-separated; see src/forms/match-option.ts).
option-consent-acepto-typed = yes, ok, okay, sure, agree, i agree, sí
option-consent-no_acepto = I do not accept
onboarding-consent-declined = Understood: without your consent we keep no data about you. If you change your mind, press "I accept".
onboarding-role = What is your role?
onboarding-role-label = Role
option-role-docente = 👩‍🏫 Teacher
option-role-docente-typed = schoolteacher, profe, profesor, profesora, maestro, maestra
option-role-director = 🏫 Principal
option-role-director-typed = principal, head teacher, headteacher, dire, directivo, directiva
option-role-invitacion = 🔑 I have an invite code (specialists)
onboarding-invite-code = Type the invite code the DRE gave you (e.g. ABCD-EFGH-JKMN).
onboarding-invite-code-label = Invite code
onboarding-error-invite-invalid = That code is not valid. Check it is complete (e.g. ABCD-EFGH-JKMN) or ask the DRE for a new one.
onboarding-error-invite-expired = That code has expired. Ask the DRE for a new one.
onboarding-error-invite-used = That code was already used. Each code works once: ask the DRE for a new one.
onboarding-error-invite-needs-ugel = That code does not name a UGEL. Ask the DRE for a new one.
onboarding-ugel = Which UGEL does your school belong to?
onboarding-ugel-label = UGEL
onboarding-codigo-modular = Type your school's código modular: 7 digits, keeping leading zeros (e.g. 0403691). You can find it in ESCALE.
onboarding-codigo-modular-label = Código modular
onboarding-error-codigo-modular = The código modular has exactly 7 digits, no letters; if it starts with zero, include it. Example: 0403691.
onboarding-school-name = What is your school's name? (e.g. IE N.° 34001 Daniel Alcides Carrión)
onboarding-school-name-label = School
onboarding-error-school-name = Type the school's name with letters and numbers (3 to 150 characters). Example: IE N.° 34001 Daniel Alcides Carrión.
onboarding-levels = Which levels or modalities do you work in?
onboarding-levels-label = Levels
option-levels-inicial = Inicial (pre-school)
option-levels-inicial-typed = pre-school, kindergarten, jardín, nido, cuna, pronoei
option-levels-primaria = Primaria (primary)
option-levels-secundaria = Secundaria (secondary)
option-levels-eba = EBA (adult education)
option-levels-eba-typed = ceba
option-levels-ebe = EBE (special education)
option-levels-ebe-typed = cebe, prite
onboarding-done = All set! You are registered as { $role }. Use the buttons or /ayuda to see what I can do for you.
profile-saved = Your profile was updated ({ $role }).
start-welcome-back = Welcome back! You are registered as { $role }.
onboarding-finish-first = Let's finish your registration first; then you can use that option.
onboarding-continue = { $started ->
        [yes] Let us go on with your registration where you left it:
       *[no] To get reminders and everything else, register your profile (it takes a minute):
    }

## Help

help-intro =
    This is what you can do as { $role }. You can also ask me questions like:
    • When does Eureka close?
    • Which contests are there in June?
    • Which contests are there for primary school?
help-perfil = 👤 My profile
help-invitar = 🔑 Create an invite code

## Profile and personal data

profile-show =
    👤 Your profile
    • Role: { $role }
    • UGEL: { $ugel }
    • School: { $school }
    • Levels: { $levels }
    • Language: { $language }
profile-edit-locale = Change language
profile-edit-role = Change role
profile-edit-ugel = Change UGEL
profile-edit-codigoModular = Change school
profile-edit-levels = Change levels
profile-button-my-data = 📄 See my data
profile-button-delete = 🗑 Delete my data
my-data-intro = This is all the data we keep about you (right of access, Law No. 29733).
delete-confirm = Are you sure you want to delete your data? Your profile, drafts and subscriptions will be erased. Registrations already sent to a contest stay in the contest's record, without your contact details.
delete-button-yes = Yes, delete
delete-button-no = No, keep it
delete-done = Your data was deleted. If you write again, we will start from scratch.
delete-kept = Nothing was deleted.

## Invites

invite-choose-role = Which role is the invite for?
invite-choose-ugel = Which UGEL will the specialist belong to?
invite-created =
    Invite code for { $role } (UGEL: { $ugel }):
    { $code }
    It works once and expires in { $hours } hours. Share it only with that person: when they start the bot, they choose "I have an invite code".

## Linking Telegram and Slack (/vincular)

help-vincular = 🔗 Link Telegram and Slack
link-code-created =
    Your code to link your accounts: { $code }
    In the other channel (Telegram or Slack), write /vincular { $code } — in Slack /pasco vincular { $code } works too.
    It expires in { $minutes } minutes and works once. Then you see the same profile, registrations and notices on both.
link-button-enter = 🔑 I have a code from the other channel
link-enter-code = Write the code the bot gave you in the other channel (for example ABCD-EFGH-JKMN).
link-done = Done! Your accounts are linked ({ $channels }): you now have one profile, with the same registrations and notices.
link-error-invalid = That code is not valid. Check that it is complete (for example ABCD-EFGH-JKMN) or ask for a new one with /vincular in the other channel.
link-error-expired = That code has expired. Ask for a new one with /vincular in the other channel.
link-error-used = That code was already used. Ask for a new one with /vincular in the other channel.
link-error-same-person = That code belongs to this same account: write it in the other channel (Telegram or Slack).
link-error-same-channel = That is not possible: both accounts are on the same channel. Link a Telegram account with a Slack one.
link-channel-telegram = Telegram
link-channel-slack = Slack
link-channel-console = console

## Slack: forms in modals, App Home

slack-open-form = 📝 Open as a form
slack-answered-in-dm = I answered you by direct message, in the «Messages» tab of Pasco Educa Bot.
slack-form-close = Close
slack-form-next = Next ▶
slack-form-edit = Change
slack-form-choose = Choose an option
slack-form-loading-title = Pasco Educa Bot
slack-form-loading = ⏳ One moment, preparing the form…
slack-form-gone-title = Form
slack-form-saved-hint = Your answers are saved at every step: if you close this window, continue later here or on Telegram.
slack-form-summary-heading = Check your answers. Change any of them with «Change»; when everything is right, press «Send».
slack-form-limit-words = At most { $max } words.
slack-form-limit-chars = At most { $max } characters.
slack-form-files-kept = Already received: { $names }. Files you upload here replace them.
slack-form-remove-last = ➖ Remove the last one
slack-form-closed = Your progress in the { $form } is saved. Continue whenever you like with the button, or by writing to me here.
slack-error-too-many-words = It has { $words } words and the maximum is { $max }. Please shorten it.
slack-error-too-many-chars = It has { $chars } characters and the maximum is { $max }. Please shorten it.
slack-home-title = Pasco Educa Bot
slack-home-welcome = 👋 I am the assistant of DRE Pasco and its UGELs. To begin, register your profile (it takes a minute). If you already use the bot on Telegram, link your accounts and you will not need to register again.
slack-home-start = ▶ Start
slack-home-link = 🔗 I already use the bot on Telegram
slack-home-who = { $role } · { $ugel } · { $school }
slack-home-my-registrations = 📋 My registrations
slack-home-no-registrations = You have no registrations yet.
slack-home-deadlines = 📅 Next registration deadlines for your levels
slack-home-deadline = { $contest } — { $stage }: until { $day }
slack-home-no-deadlines = No registration deadlines coming up.
slack-home-pending = 🔎 To review: { $count }
slack-home-no-pending = No registrations are waiting for review.
slack-home-review = Review
slack-home-refresh = 🔄 Refresh
slack-home-page = Page { $page } of { $pages }
slack-home-announcements = 📣 Latest ATA announcements
slack-home-no-announcements = No announcements yet.
slack-home-announcement =
    { $title } ({ $milestone }) · session: { $when }
    Sent to { $delivered } · Received: { $received } · Attending: { $attending } · Not attending: { $notAttending }
slack-home-status-enviada = sent
slack-home-status-observada = returned with comments
slack-home-status-aceptada = accepted
slack-home-status-ganadora = winner
slack-home-status-no_ganadora = not a winner
slack-home-status-retirada = withdrawn
slack-home-milestone-inicio = start
slack-home-milestone-proceso = mid-year
slack-home-milestone-cierre = closing

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
        [one] tomorrow
       *[other] in { $days } days
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
calendar-list-event-range = • { $start } to { $end }: { $contest }, { $stage }
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
calendar-ics-registration-opens = { $contest } · { $stage }: registration opens
calendar-ics-registration-closes = { $contest } · { $stage }: registration closes
calendar-ics-event = { $contest } · { $stage }
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
calendar-import-error-unreadable-file = the file could not be read: is it an Excel (.xlsx) or CSV file? Open it in Excel and save it again in one of those formats.

## Registrations: good teaching practices and innovation projects (CNPIE)

help-registrar = 📝 Register a good practice or project
help-mis-registros = 📂 My registrations
help-registros = 🗂 My UGEL's registrations
registration-status = { $status ->
    [enviada] Sent
    [observada] Observed
    [aceptada] Accepted
    [ganadora] Winner
    [no_ganadora] Not a winner
    [retirada] Withdrawn
   *[other] { $status }
  }
registration-button-open = 📄 View registration
registration-error-not-found = That registration does not exist or you have no access to it. You can only see your own registrations (or, as a specialist, those of your UGEL).
registration-error-not-allowed-now = That cannot be done with a registration whose status is “{ registration-status }”.
registration-error-changed = That registration changed in the meantime (it is now “{ registration-status }”). Open it again to see its current status.
registration-error-comment-required = To observe a registration, write what must be corrected.
registration-error-edition-closed = The { $year } call no longer takes registrations. Your answers are saved; ask your UGEL.
registration-error-category-unknown = The category “{ $category }” is no longer available (the UGEL or the DRE updated it). Choose another; the rest of your answers is still saved.
registration-error-no-ugel = We do not know which UGEL your school belongs to. Set your UGEL with /perfil and send again; your answers are saved.
registration-notice-status = Your registration { $code } (“{ $title }”) is now: { registration-status }.
registration-notice-status-comment =
    Your registration { $code } (“{ $title }”) is now: { registration-status }.
    The specialist's comment: “{ $comment }”
    Open it and press “Correct” to send it again.
registration-notice-new = 📥 New registration { $code }: { $kind ->
    [buena_practica] good teaching practice
   *[other] innovation project
  } “{ $title }” from { $school }.
registration-notice-resent = 🔁 Registration { $code } (“{ $title }”, { $school }) was corrected and sent again.

reg-choose-kind = What would you like to register?
reg-kind-button = { $kind ->
    [buena_practica] 🍎 Good teaching practice
   *[other] 💡 Innovation project (CNPIE)
  }
reg-no-open-edition = There is no open call for { $kind ->
    [buena_practica] good teaching practices
   *[other] innovation projects
  } right now. When the UGEL or the DRE opens one, you can register here.
reg-bp-title-form = good teaching practice registration
reg-bp-correction-title-form = good teaching practice correction
reg-pi-title-form = innovation project registration
reg-pi-correction-title-form = innovation project correction
reg-correction-intro =
    You are correcting registration { $code }. The specialist's observation: “{ $comment }”
    Change what is needed with its button, then press “Send”.
reg-sent =
    ✅ Registration sent! Your code is { $code }. Keep it: with it you can look up your { $kind ->
        [buena_practica] good practice
       *[other] project
    } in /mis_registros.
    Your UGEL's specialists have been told.
reg-resent = ✅ Your registration { $code } was corrected and sent again. Your UGEL's specialists have been told.
reg-button-open-registration = 📄 View { $code }
reg-button-my-registrations = 📂 My registrations
reg-error-school-missing = The school's código modular is missing.

reg-year = Which call (year) is your registration for?
reg-year-label = Call
reg-practice-type = What type of good practice is it?
reg-practice-type-label = Type of practice
option-practiceType-pedagogica = 📚 Teaching
option-practiceType-gestion_escolar = 🏫 School management
reg-bp-category = Which category do you enter it in? Choose one from the list.
reg-pi-category = Which category do you enter the project in? “Consolidado” requires at least 2 years running.
reg-category-label = Category
reg-subcategory = And which subcategory of “{ $category }”?
reg-subcategory-label = Subcategory
reg-bp-title = What is the practice called? (10 to 200 characters; for example: Family reading with Andean stories)
reg-bp-title-label = Name of the practice
reg-pi-title = What is the project's title? (10 to 200 characters; for example: School gardens for healthy eating)
reg-pi-title-label = Project title
reg-error-title = The name must have 10 to 200 characters, with words (not only numbers or emojis). Example: Family reading with Andean stories.
reg-school = At which school does it take place?
reg-school-label = School
option-school-profile-typed = my school, the same, mine, the one in my profile, mi colegio, mi escuela, la mía, la misma
option-school-otra = 🏫 Another school
reg-other-codigo-modular = Type the school's código modular: 7 digits, leading zeros included (for example 0403691).
reg-other-codigo-modular-label = Código modular
reg-other-school-name = I do not know that school yet. What is it called? (for example: IE N.° 34001 Daniel Alcides Carrión)
reg-other-school-name-label = School name
reg-level = At which level?
reg-level-label = Level
option-level-inicial = Early childhood (Inicial)
option-level-inicial-typed = pre-school, kindergarten, jardín, nido, cuna, pronoei
option-level-primaria = Primary
option-level-secundaria = Secondary
option-level-eba = EBA (alternative basic education)
option-level-eba-typed = ceba
option-level-ebe = EBE (special basic education)
option-level-ebe-typed = cebe, prite

reg-bp-team = Team members (teachers or school leaders who carried out the practice). Press “Add another” to add someone else, or “Done” to continue.
reg-bp-team-label = Team
reg-member-names = Given names, as on the DNI (for example: Rosa Elena).
reg-member-names-label = Given names
reg-member-surnames = Surnames, as on the DNI (for example: Quispe Huamán).
reg-member-surnames-label = Surnames
reg-member-dni = DNI number: 8 digits (for example: 45781236).
reg-member-dni-label = DNI
reg-member-role = What is their position?
reg-member-role-label = Position
option-memberRole-docente = 👩‍🏫 Teacher
option-memberRole-directivo = 🏫 School leader
reg-member-condition = What is their employment status?
reg-member-condition-label = Status
option-condition-nombrado = Permanent (nombrado)
option-condition-contratado = Contract (contratado)
reg-member-contact = Mobile or e-mail for contact (optional; for example: 987654321 or rosa.quispe@gmail.com). Press “Skip” if you prefer not to give it.
reg-member-contact-label = Contact
reg-member-phone = Mobile (optional; 9 digits, for example: 987654321). Press “Skip” if you prefer not to give it.
reg-member-phone-label = Mobile
reg-member-email = E-mail (optional; for example: rosa.quispe@gmail.com). Press “Skip” if you prefer not to give it.
reg-member-email-label = E-mail
reg-error-names = Write the given names with letters only (2 to 60 characters). Example: Rosa Elena.
reg-error-surnames = Write the surnames with letters only (2 to 60 characters). Example: Quispe Huamán.
reg-error-dni-digits = A DNI has numbers only, no letters or hyphens: exactly 8 digits. Example: 45781236.
reg-error-dni-length = A DNI has exactly 8 digits and the one you wrote has { $digits }. Do not include the check character after the hyphen. Example: 45781236.
reg-error-dni-repeated = DNI { $dni } is already in this form. Each person goes in only once.
reg-error-mobile = A mobile number has 9 digits and starts with 9 (you may put +51 first). Example: 987654321.
reg-error-email = That e-mail does not look valid. Example: rosa.quispe@gmail.com.
reg-error-contact = Write a 9-digit mobile starting with 9, or an e-mail. Examples: 987654321 or rosa.quispe@gmail.com.

reg-bp-purpose = Purpose of the practice: which learning need does it address and what did it set out to achieve?
reg-bp-purpose-label = Purpose
reg-bp-description = Description: how is the practice carried out, with whom and with which resources?
reg-bp-description-label = Description
reg-bp-results = Results: what changed? Include figures if you have them.
reg-bp-results-label = Results
reg-bp-learning-evidence = Evidence of learning: what shows that the students learned?
reg-bp-learning-evidence-label = Evidence of learning
reg-bp-evidence-files = Send the evidence as documents or photos (reports, worksheets, photos of work). Then press “Done”.
reg-bp-evidence-files-label = Evidence files
reg-bp-declaration = Sworn statement: I declare that the information given is true, that the registered team carried out the practice, and that the evidence is authentic.
reg-pi-declaration = Sworn statement: I declare that the project's information is true, that the registered team carries it out, and that the principal takes responsibility for the grant if it wins.
reg-declaration-label = Sworn statement
option-declaration-acepto = ✅ Yes, I declare it
reg-duplicate =
    ⚠️ Your school already has a very similar registration this year: { $code } “{ $title }”.
    If it is the same one, press “Cancel” (you can see it in /mis_registros or ask whoever sent it to correct it). If it is a different one, confirm:
reg-duplicate-label = Possible duplicate
option-duplicateAck-distinto = It is a different registration: continue
reg-duplicate-acknowledged = similar to { $code }; you confirmed it is different

reg-pi-area = Is the school in an urban or a rural area?
reg-pi-area-label = Area
option-area-urbana = Urban
option-area-rural = Rural
reg-pi-modality = Which modality?
reg-pi-modality-label = Modality
option-modality-EBR = EBR (regular basic education)
option-modality-EBA = EBA (alternative basic education)
option-modality-EBE = EBE (special basic education)
reg-pi-school-type = What type of school is it?
reg-pi-school-type-label = School type
option-schoolType-polidocente_completa = Complete multi-teacher
option-schoolType-polidocente_multigrado = Multi-teacher, multigrade
option-schoolType-unidocente = Single-teacher
reg-pi-director-dni = Principal responsible for the grant: DNI number (8 digits, for example 40218765).
reg-pi-director-dni-label = Principal's DNI
reg-pi-director-names = The principal's given names, as on the DNI (for example: Juan Carlos).
reg-pi-director-names-label = Principal's given names
reg-pi-director-surnames = The principal's surnames (for example: Ramos Ticse).
reg-pi-director-surnames-label = Principal's surnames
reg-pi-director-email = The principal's e-mail (for example: director.ie34001@gmail.com).
reg-pi-director-email-label = Principal's e-mail
reg-pi-director-phone = The principal's mobile: 9 digits (for example: 987654321).
reg-pi-director-phone-label = Principal's mobile
reg-pi-teachers = Teachers on the project team. Press “Add another” to add someone else, or “Done” to continue.
reg-pi-teachers-label = Teachers
reg-pi-ciclos = Students of which ciclos take part?
reg-pi-ciclos-label = Ciclos
option-ciclos-I = Ciclo I (early childhood, 0–2 years)
option-ciclos-II = Ciclo II (early childhood, 3–5 years)
option-ciclos-III = Ciclo III (primary grades 1–2)
option-ciclos-IV = Ciclo IV (primary grades 3–4)
option-ciclos-V = Ciclo V (primary grades 5–6)
option-ciclos-VI = Ciclo VI (secondary years 1–2)
option-ciclos-VII = Ciclo VII (secondary years 3–5)
reg-pi-students = How many students of ciclo { $ciclo } benefit? Type a number (for example: 25).
reg-pi-students-I-label = Students, ciclo I
reg-pi-students-II-label = Students, ciclo II
reg-pi-students-III-label = Students, ciclo III
reg-pi-students-IV-label = Students, ciclo IV
reg-pi-students-V-label = Students, ciclo V
reg-pi-students-VI-label = Students, ciclo VI
reg-pi-students-VII-label = Students, ciclo VII
reg-error-students = Type the number of students in digits, from 1 to 5000. Example: 25.
reg-pi-problem = Central problem: describe the problem the project addresses, with its causes and consequences.
reg-pi-problem-label = Central problem
reg-pi-objectives = Objectives: the project's general and specific objectives.
reg-pi-objectives-label = Objectives
reg-pi-strategy = Strategy: how is the project carried out (activities, participants, resources)?
reg-pi-strategy-label = Strategy
reg-pi-years-running = How many years has the project been running? Type a number (0 if it is just starting).
reg-pi-years-running-label = Years running
reg-error-years-running = Type the years as a whole number from 0 to 50. Example: 2.
reg-error-years-for-category = The category “{ $category }” requires at least { $min } years running and you gave { $years }. Choose another category or correct the years.
reg-pi-attachments = Send the project's attachments as documents or photos (for example, the signed sworn statement and the project plan). Then press “Done”.
reg-pi-attachments-label = Attachments

reg-list-line = { $index }. { $code } · { registration-status } · “{ $title }” ({ $school })
reg-list-button = 📄 { $code } · { registration-status }
reg-button-previous = ◀ Previous
reg-button-next = Next ▶
reg-mine-empty = You have not sent any registration yet. Use /registrar to register a good practice or an innovation project.
reg-mine-heading = 📂 Your registrations ({ $total } in all; page { $page } of { $pages }). Press one to view it:
reg-detail-heading =
    📄 { $code } · { $kind ->
        [buena_practica] Good teaching practice
       *[other] Innovation project
    } { $year }
    Status: { registration-status }
reg-detail-where = { $school } · { $ugel }
reg-detail-sent = Sent: { $date }
reg-detail-owner = Registered by: { $name }
reg-detail-observation = 📝 Observation: “{ $comment }”
reg-detail-history = History:
reg-history-line = • { $date }: { registration-status } ({ $who })
reg-history-line-comment = • { $date }: { registration-status } ({ $who }): “{ $comment }”
reg-history-by-owner = who registered it
reg-history-by-specialist = specialist
reg-button-fix = ✏️ Correct
reg-button-observe = 📝 Observe
reg-button-accept = ✅ Accept
reg-button-win = 🏆 Mark as winner
reg-button-lose = Mark as not a winner
reg-button-withdraw = 🗑 Withdraw
reg-button-back-mine = ◀ My registrations
reg-button-back-list = ◀ Registrations
reg-button-files = 📎 See files ({ $count })
reg-files-intro = Files of { $code } ({ $count }):
reg-files-done = Those are all the files of { $code }.
reg-files-none = { $code } has no files.
reg-files-unavailable = I could not get «{ $name }» from { $channel ->
    [telegram] Telegram
    [slack] Slack
   *[other] the console
  }{ $reason ->
    [too-big] : it is too large to send on here.
   *[other] . Try again in a moment; if it keeps failing, ask the person who registered it for the file.
  }
reg-filter-all = All
reg-filter-kind = { $kind ->
    [buena_practica] Good practices
   *[other] Projects
  }
reg-review-all-ugels = every UGEL
reg-review-heading =
    🗂 Registrations of { $scope }: { $kind ->
        [buena_practica] good practices
        [proyecto_innovacion] innovation projects
       *[other] every kind
    }, { $status ->
        [all] every status
       *[other] { registration-status }
    }, { $year ->
        [all] every year
       *[other] year { $year }
    }.
    { $total } in all; page { $page } of { $pages }. Press one to view it, or change the filters:
reg-review-empty = No registrations match those filters.
reg-observe-ask = Write your observation for { $code }: what the teacher must correct (in one message, up to { $max } characters).
reg-observe-need-text = Write the observation as text ({ $min } to { $max } characters).
reg-observe-length = The observation must have { $min } to { $max } characters (you wrote { $chars }). Write it again.
reg-confirm = { $action ->
    [accept] Accept registration { $code } “{ $title }”?
    [win] Mark { $code } “{ $title }” as a winner?
    [lose] Mark { $code } “{ $title }” as not a winner?
   *[withdraw] Are you sure you want to withdraw { $code } “{ $title }”? It will no longer be assessed and cannot be sent again.
  }
reg-button-confirm-yes = Yes, confirm
reg-button-confirm-no = No, go back
reg-status-changed = Done: { $code } is now “{ registration-status }”. Whoever registered it will be told.
reg-withdrawn = Done: you withdrew registration { $code }.

## Calendar in the conversation: /calendario, /concurso, /importar_calendario, buttons

help-calendario = 🗓️ Contest calendar
help-concurso = 🔎 Find a contest
help-importar_calendario = 📥 Import the official calendar
calendar-button-ics = 📅 Add to my calendar
calendar-button-ics-named = 📅 { $contest } to my calendar
calendar-button-follow = 🔔 Remind me
calendar-button-follow-named = 🔔 Remind me of { $contest }
calendar-button-ics-all = 📅 Add all my contests
calendar-button-browse = 🗓️ See the calendar
calendar-button-previous = ◀ Previous
calendar-button-next = Next ▶
calendar-page-levels = Showing the contests for your levels: { $levels }.
calendar-concurso-usage = Write the contest's name after /concurso, for example: /concurso Eureka. You can also pick one with dates ahead:
calendar-contest-gone = That contest is no longer in the calendar. Check the current calendar.
calendar-ics-caption = 📅 { $contest }: open this file to add its dates to your calendar (Google Calendar, iPhone or Android).
calendar-ics-all-caption = 📅 { $count ->
        [one] One contest
       *[other] { $count } contests
    } with dates ahead for your levels: open this file to add them to your calendar (Google Calendar, iPhone or Android).
calendar-ics-all-empty = There are no contests with dates ahead for your levels.
calendar-follow-done = 🔔 Done: I will remind you of the dates of { $contest }. See or remove your reminders with /recordatorios.
calendar-follow-already = I am already reminding you of the dates of { $contest }. See or remove your reminders with /recordatorios.

## Importing the calendar from the chat

calendar-import-intro =
    📥 Send me the official calendar file: Excel (.xlsx) or CSV, one row per stage, up to { $max } MB.
    I will check every row before saving anything. If you do not have the layout, download the template. Type /cancelar to leave.
calendar-import-button-template-xlsx = 📊 Excel template
calendar-import-button-template-csv = 📄 CSV template
calendar-import-button-cancel = ✖️ Cancel
calendar-import-button-only-valid = ✅ Import only the valid rows
calendar-import-button-confirm = ✅ Yes, import
calendar-import-template-caption = Calendar template: one row per stage; the contest's data is repeated on each row. Replace the example rows with the official ones and send me the file.
calendar-import-waiting-file = I am waiting for the calendar file (.xlsx or .csv): send it as a document. To leave, type /cancelar.
calendar-import-waiting-confirmation = Choose an option with the buttons, or send me the corrected file.
calendar-import-wrong-type = "{ $name }" is not an Excel (.xlsx) or CSV file. Send me the calendar in one of those formats.
calendar-import-old-excel = "{ $name }" is in the old Excel format (.xls). Open it in Excel, save it as "Excel Workbook (.xlsx)", then send it to me.
calendar-import-too-big = "{ $name }" is too large: the maximum is { $max } MB.
calendar-import-download-failed = I could not download "{ $name }". Send it again in a moment.
calendar-import-rejected = ❌ Nothing was imported: some rows have errors. Fix them and send me the file again, or import only the valid rows.
calendar-import-rejected-all = ❌ Nothing was imported: the file has no valid rows. Fix it and send it to me again.
calendar-import-more-errors = …and { $count ->
        [one] { $count } more error
       *[other] { $count } more errors
    }.
calendar-import-only-valid-preview = If you import only the valid rows: { $counts }
calendar-import-confirm-removal = ⚠️ This file would remove { $count ->
        [one] one official contest that is not in it
       *[other] { $count } official contests that are not in it
    }: { $list }. Import anyway?
calendar-import-stale = That import is no longer pending. Type /importar_calendario to start again.
calendar-import-cancelled = Done, nothing was imported.
calendar-import-done = ✅ Calendar imported from "{ $file }".
calendar-import-done-only-valid = ✅ I imported the valid rows of "{ $file }"; the rows with errors were left out.

## What the import changed

calendar-import-counts = { $added ->
        [one] 1 new contest
       *[other] { $added } new contests
    }, { $changed } changed, { $removed } removed and { $unchanged } unchanged.
calendar-import-added-header = ➕ New contests:
calendar-import-changed-header = ✏️ Changed contests:
calendar-import-removed-header = ➖ Removed contests (not in the file):
calendar-import-list-item = • { $contest }
calendar-import-changed-item = • { $contest }:
calendar-import-date-change = { "  " }‣ { $stage }, { $field }: { $old } → { $new }
calendar-import-date-none = no date
calendar-import-date-field-registrationOpens = registration opens
calendar-import-date-field-registrationCloses = registration closes
calendar-import-date-field-eventStart = start
calendar-import-date-field-eventEnd = end
calendar-import-stage-added = { "  " }‣ new stage: { $stage }
calendar-import-stage-removed = { "  " }‣ removed stage: { $stage }
calendar-import-fields-changed = { "  " }‣ other data: { $fields }
calendar-import-field-name = name
calendar-import-field-shortName = short name
calendar-import-field-aliases = aliases
calendar-import-field-organizer = organiser
calendar-import-field-area = area
calendar-import-field-levels = levels
calendar-import-field-grades = grades
calendar-import-field-categories = categories
calendar-import-field-basesUrl = link to the rules
calendar-import-field-notes = notes
calendar-import-field-isSample = sample or official
calendar-import-field-stage-name = stage name
calendar-import-field-stage-place = place
calendar-import-field-stage-order = order of stages
calendar-import-more = …and { $count } more.
calendar-import-nothing-changed = The file changes nothing in the calendar.

## Messages the bot sends on its own: deadline reminders, ATA announcements (/ata, /ata_estado) and /recordatorios
## Arguments ending in "Day" arrive as a date and are written here the English way ("Friday, June 12").

reminder-closes = { $days ->
        [0] ⏰ Registration for { $contest } ({ $stage }) closes today.
        [1] ⏰ Registration for { $contest } ({ $stage }) closes tomorrow, { $closesDay }.
       *[other] ⏰ { $days } days left: registration for { $contest } ({ $stage }) closes on { $closesDay }.
    }
reminder-event = { $days ->
        [0] 📅 Today: { $stage } of { $contest }.
        [1] 📅 Tomorrow, { $eventDay }: { $stage } of { $contest }.
       *[other] 📅 In { $days } days, on { $eventDay }: { $stage } of { $contest }.
    }
reminder-event-place =
    { reminder-event }
    📍 Place: { $place }
reminder-button-mute = 🔕 Mute this contest
reminder-button-settings = ⚙️ My reminders

help-recordatorios = 🔔 My reminders
reminders-heading = 🔔 Your deadline reminders
reminders-active = Status: on. We remind you { $when } each registration deadline and each stage.
reminders-all-muted = Status: muted. You will get no reminders until you turn them back on.
reminders-offset = { $days ->
        [0] on the day
        [1] 1 day before
       *[other] { $days } days before
    }
reminders-no-contests = You do not follow any contest yet. In the calendar, press “Remind me” on the contest you care about.
reminders-contests = Contests:
reminders-contest-line = { $state ->
        [muted] • { $contest }, { $date }: muted
        [followed] • { $contest }, { $date }: you follow it
       *[default] • { $contest }, { $date }: for your school's levels
    }
reminders-button-mute = 🔕 Mute { $contest }
reminders-button-unmute = 🔔 Turn { $contest } back on
reminders-button-mute-all = 🔕 Mute all
reminders-button-unmute-all = 🔔 Turn all back on
reminders-button-when = 🗓 Change when
reminders-when-intro = When should we remind you before each date? Tick or untick the options.
reminders-button-default = ↩️ Reset
reminders-button-done = ✅ Done
reminders-button-undo = ↩️ Undo
reminders-button-settings = ⚙️ See my reminders
reminders-muted-one = Done: no more reminders about { $contest }.
reminders-unmuted-one = Done: you will get reminders about { $contest } again.
reminders-followed-one = Done: we will remind you of { $contest }'s deadlines.
reminders-muted-all = Done: all reminders are muted.
reminders-unmuted-all = Done: your reminders are on again.
reminders-at-least-one = At least one option must stay ticked. If you want no reminders at all, use “Mute all”.

help-ata = 📣 New ATA announcement
help-ata-estado = 📊 ATA announcements status
ata-title = ATA announcement
ata-milestone-name = { $milestone ->
        [inicio] Start of the school year
        [proceso] School year in progress
       *[cierre] End of the school year
    }
ata-status-name = { $status ->
        [borrador] draft
        [programado] scheduled
        [enviando] sending
        [en_espera] waiting
        [enviado] sent
       *[cancelado] cancelled
    }
ata-again-line = { $again ->
        [yes] 🔁 We are sending this again because you have not confirmed you got it.{ "\u000A" }
       *[no] {""}
    }
ata-message =
    { ata-again-line }📣 Articulated Technical Assistance (ATA) — { ata-milestone-name }
    { $title }

    { $body }

    Press “Received” to confirm you read it.
ata-message-session =
    { ata-again-line }📣 Articulated Technical Assistance (ATA) — { ata-milestone-name }
    { $title }

    { $body }

    📅 Session: { $sessionDay }{ $sessionTime ->
        [none] {""}
       *[other] , at { $sessionTime }
    }{ $where ->
        [none] {""}
       *[other] { "\u000A" }📍 { $where }
    }

    Press “Received” to confirm you read it, and tell us whether you will attend.
ata-button-received = ✅ Received
ata-button-attending = 🙋 I will attend
ata-button-not-attending = 🙅 I can't attend
ata-button-open-link = 🔗 Open the link
ata-ack-received = ✅ Thank you. We noted that you received “{ $title }”.
ata-ack-attending = 🙋 Thank you. We noted that you will attend “{ $title }”.
ata-ack-not_attending = Thanks for letting us know. We noted that you can't attend “{ $title }”.

ata-ask-milestone = Which milestone of the Articulated Technical Assistance is the announcement about?
ata-label-milestone = Milestone
option-milestone-inicio = Start of the school year
option-milestone-proceso = In progress
option-milestone-cierre = End of the school year
ata-ask-title = Write the announcement's title (5 to 120 characters).
ata-label-title = Title
ata-error-title = The title must have 5 to 120 characters. Please write it again.
ata-ask-body = Write the message for the recipients.
ata-label-body = Message
ata-ask-has-session = Does the announcement call a session (meeting, workshop, technical assistance)?
ata-label-has-session = Session
option-hasSession-si = Yes, there is a session
option-hasSession-no = No
ata-ask-session-date = What day is the session? Write the date as { $example } (or { $short }), day first.
ata-label-session-date = Session date
ata-error-date = I don't recognise that date. Write it with day, month and year, for example { $example }.
ata-error-date-format = I don't recognise that date. Write it as day/month/year.
ata-error-date-past = That date has passed. Write a date from today on.
ata-ask-session-time = At what time (Lima time)? For example 15:00. If there is no time yet, press “Skip”.
ata-label-session-time = Time
ata-error-time = I don't recognise that time. Write it as 15:00 or 3:00 pm.
ata-ask-session-where = Where will it be? Write the place or paste the link of the online meeting. If it is not known yet, press “Skip”.
ata-label-session-where = Place or link
ata-error-where = Write the place or the link in 3 to 300 characters.
ata-ask-ugels = Which UGEL is it for?
ata-label-ugels = UGEL
ata-ask-roles = Who is it for?
ata-label-roles = Recipients
option-audienceRoles-docente = Teachers
option-audienceRoles-director = Principals
option-audienceRoles-especialista_ugel = UGEL specialists
ata-ask-levels = Only for some levels (of teachers and directors)? If it is for every level, press "Skip".
ata-label-levels = Levels
ata-ask-school = Only for one school? Write its código modular (7 digits) or press “Skip”.
ata-label-school = School (código modular)
ata-error-codigo-modular = The código modular has exactly 7 digits, for example 0403691.
ata-error-school-unknown = We found no school with that código modular. Check it or press “Skip”.
ata-error-school-outside = That school does not belong to the chosen UGEL. Check the code or press “Skip”.
ata-ask-when = When should it be sent?
ata-label-when = Sending
option-when-ahora = As soon as I confirm
option-when-programar = Schedule a date and time
ata-ask-scheduled-at = When should it be sent? Write the Lima date and time, for example { $example } 08:00.
ata-label-scheduled-at = Sending date and time
ata-error-datetime = I don't recognise that date and time. Write them like this: { $example } 08:00.
ata-error-datetime-format = I don't recognise that date and time. Write them as day/month/year hour:minutes.
ata-error-datetime-past = That date and time have passed. Choose a future moment.
ata-error-datetime-far = You can schedule at most a year ahead.

ata-preview-intro = 👁 Preview: this is how recipients will get the announcement (the buttons of this preview record nothing).
ata-preview-heading = 📋 Before sending
ata-preview-total = { $count ->
        [one] 1 person will get it:
       *[other] { $count } people will get it:
    }
ata-preview-ugel = • { $ugel }: { $count } ({ $channels })
ata-channel-telegram = Telegram
ata-channel-slack = Slack
ata-channel-console = console
ata-channel-none = no channel available
ata-preview-when-now = It will be sent as soon as you confirm.
ata-preview-when-quiet = These are the quiet hours: if you confirm now, it will be sent from { $time } (Lima time).
ata-preview-when-later = It will be sent on { $day } at { $time } (Lima time).
ata-preview-nothing-sent = Nothing has been sent yet. Check it and press “Confirm and send”.
ata-preview-nobody = Nobody matches those criteria yet, so there is no one to send it to. Edit the recipients or discard it.
ata-preview-button = In the real announcement, this button will record each recipient's answer.
ata-button-confirm = ✅ Confirm and send
ata-button-edit = ✏️ Edit
ata-button-discard = 🗑 Discard
ata-confirmed = { $count ->
        [one] ✅ Announcement confirmed for 1 person.
       *[other] ✅ Announcement confirmed for { $count } people.
    } { $when }
ata-discarded = The draft was discarded. Nothing was sent.
ata-button-status = 📊 See status

ata-status-none = There are no ATA announcements yet.
ata-status-new = 📣 New announcement
ata-status-choose = Choose an announcement to see its status:
ata-status-item = #{ $id } · { ata-milestone-name } · { $title } ({ ata-status-name })
ata-status-heading = 📊 Announcement #{ $id } — { ata-milestone-name }: { $title } ({ ata-status-name })
ata-status-row = • { $ugel }: queued { $queued } · sent { $sent } · failed { $failed } · unreachable { $unreachable }{ $cancelled ->
        [0] {""}
       *[other] {" · "}cancelled { $cancelled }
    } · confirmed { $confirmed } · attending { $attending } · can't attend { $notAttending }
ata-status-total = Total
ata-status-resent = Re-sent: { $count }
ata-button-resend = 🔁 Re-send to those who have not confirmed ({ $count })
ata-button-cancel = 🚫 Cancel the announcement
ata-button-refresh = 🔄 Refresh
ata-button-list = 📋 All announcements
ata-resent = { $count ->
        [0] There is nobody to re-send to: everyone who got it has confirmed (or already got it again).
        [one] 🔁 It will be re-sent to 1 person who has not confirmed.
       *[other] 🔁 It will be re-sent to { $count } people who have not confirmed.
    }
ata-cancel-confirm = Cancel the announcement? Nobody has received it yet; if you cancel it, it will not be sent.
ata-button-cancel-yes = Yes, cancel
ata-button-cancel-no = No, keep it
ata-cancelled = 🚫 Announcement cancelled. It will not be sent to anyone.

ata-error-not-specialist = That option is for specialists only.
ata-error-ugel-not-allowed = As a UGEL specialist you can only send announcements to your own UGEL.
ata-error-no-ugel = Choose at least one UGEL.
ata-error-no-role = Choose at least one kind of recipient.
ata-error-bad-role = That kind of recipient is not available.
ata-error-bad-level = That level is not available.
ata-error-not-found = That announcement no longer exists.
ata-error-not-yours = That announcement belongs to someone else: only its author (or the DRE) can manage it.
ata-error-not-draft = That announcement was already confirmed; see it in /ata_estado.
ata-error-already-going = It has started going out, so it can't be cancelled. You can follow it in /ata_estado.
ata-error-cancelled = That announcement was cancelled.
ata-error-not-sent-yet = That announcement has not been sent yet.
ata-error-not-recipient = That announcement was not sent to you.
ata-error-no-session = That announcement does not call a session.

## Calendar import from the command line (npm run calendar:import)

calendar-cli-usage = Usage: npm run calendar:import -- <file.xlsx|file.csv> [--only-valid] [--dry-run] [--yes]
calendar-cli-file-missing = Cannot find the file "{ $path }".
calendar-cli-reading = Reading "{ $file }" ({ $size } bytes)…
calendar-cli-progress-rows = Rows checked: { $done } of { $total } ({ $percent } %)
calendar-cli-progress-save = Contests saved: { $done } of { $total } ({ $percent } %)
calendar-cli-rejected = Nothing was imported: some rows have errors. Fix them, or run again with --only-valid to import only the valid rows.
calendar-cli-nothing-valid = Nothing was imported: the file has no valid rows.
calendar-cli-dry-run = Dry run (--dry-run): nothing was saved. This is what would change:

## calendar: official calendar, import warnings, .ics
calendar-area-comunicacion = communication
calendar-area-personal_social = personal and social studies
calendar-area-ingles = English
calendar-area-religion = religious education
calendar-import-error-unbalanced-quote = a quote (") opens in this row and is never closed; close or delete it and save the file again.
calendar-import-warning-line = ⚠️ Row { $line }, column «{ $field }»: { $reason }
calendar-import-warning-unknown-area = the area «{ $value }» is not in the list; the row is saved with the area «otro». Known areas: { $allowed }.
calendar-import-warning-kept-stored-stage = the row has errors: the stage «{ $stage }» of { $contest } stays as it was stored.
calendar-import-sample-retired = The sample calendar is no longer used: from now on the bot answers only from the official calendar.
calendar-cli-removal-list = This file would remove { $count ->
        [one] one official contest that is not in it:
       *[other] { $count } official contests that are not in it:
    }
calendar-cli-removal-question = Remove them and import the file? Type «y» for yes or «n» for no:
calendar-cli-removal-declined = Nothing was imported: no contest was removed.
calendar-cli-removal-needs-yes = Nothing was imported: removing official contests needs your confirmation and there is no terminal to ask you. Check the list with --dry-run and, if you agree, run again with --yes.
## telegram: edit in place, command menu, deep links, console deliveries
console-updated = (updated)
## conversation: drafts, cancel and resume

form-cancelled-resume = You left the { $form }. Your answers are saved: to continue, use { $command }.
draft-place-summary = the summary, ready to send
draft-place-step = step { $step } of { $total } ("{ $question }")
reg-mine-drafts-heading = { $count ->
        [one] 📝 You have 1 registration not sent yet:
       *[other] 📝 You have { $count } registrations not sent yet:
    }
reg-mine-draft-line = • { $form }{ $hasTitle ->
        [yes] { " " }"{ $title }"
       *[no] {""}
    }: you are at { $place }. Saved on { $saved }.
reg-mine-draft-button = ▶ Continue { $form }

## conversation: /mis_datos

my-data-none = (none)
my-data-profile-heading = 👤 Your profile
my-data-profile =
    • Name: { $name }
    • Role: { $role }
    • UGEL: { $ugel }
    • School: { $school }
    • Levels: { $levels }
    • Language: { $language }
    • Consent: { $consent }
    • With us since: { $since }
    • Reminders: { $reminders }
my-data-consent = given on { $date } (version { $version })
my-data-reminders-on = on ({ $days })
my-data-reminders-muted = muted
my-data-channels-heading = 📱 Your accounts
my-data-channel-line = • { $channel }, since { $since }
my-data-drafts-heading = 📝 Drafts not sent ({ $count })
my-data-draft-line = • { $form }, saved on { $saved }:
my-data-draft-item = Team member { $item } (being typed):
my-data-draft-complete = (complete, "Send" not pressed yet)
my-data-registrations-heading = 📂 Registrations sent ({ $count })
my-data-registration-line = • { $code } "{ $title }" · { registration-status } · sent on { $sent }
my-data-member-line = { "   " }– { $names } { $surnames }, DNI { $dni }, contact: { $contact }
my-data-subscriptions-heading = 🔔 Contests in your reminders
my-data-subscription-line = • { $contest }: { $state ->
        [muted] muted
       *[followed] followed
    }
my-data-acks-heading = 📣 Your answers to ATA announcements
my-data-ack-line = • "{ $title }": received { $received }{ $attendance ->
        [asistire] , attending
        [no_podre] , not attending
       *[none] {""}
    }
my-data-counts = 📊 We also keep: { $deliveries } messages the bot sent you, { $announcements } ATA announcements you created, { $invites } invite codes you created, { $links } account-linking codes and { $audit } audit records of your actions.
my-data-file-name = my-data.txt
my-data-file-caption = The same, as a file to keep.

## conversation: dates without a year

ata-error-date-past-no-year = { $date } has already passed. If the session is next year, write the date with the year, for example { $example }.

## conversation: greetings

greeting-reply = Hello! 👋 Nice to hear from you.
thanks-reply = You are welcome! 😊 I am here whenever you need me: type your question or /ayuda.

## conversation: summaries and ATA status

ata-levels-all = every level
ata-school-all = every school
ata-session-time-none = no time yet
ata-session-where-none = no place yet
ata-confirmed-now = It is being sent now.

## conversation: /recordatorios by month

reminders-contests-by-month = { $pages ->
        [one] Contests by the month of their next date:
       *[other] Contests by the month of their next date ({ $count } in all; page { $page } of { $pages }):
    }
reminders-month-heading = 📅 { $month }
ata-status-waiting-quiet = ⏸ Quiet hours: it will be sent from { $time } (Lima time).
## reports: /reporte (figures and charts for UGEL and DRE specialists)

help-reporte = 📊 Report and charts
report-not-allowed = The report is for UGEL and DRE specialists. If you need a figure, ask your UGEL.
report-bad-year = I did not understand «{ $text }» as a year. Type /reporte for the current school year, or a four-digit year, for example: /reporte { $example }
report-region = Pasco region (every UGEL)
report-region-short = Pasco region
report-heading = 📊 Report { $year } · { $scope }
report-taken = Figures of { $when } (Lima time)
report-with-previous = { $value } ({ $year }: { $previous })
report-previous-note = In brackets, the figures of { $year }.
report-no-previous = There are no figures for { $year } to compare with.
report-line = • { $label }: { $value }
report-nothing = (none)
report-kind-name = { $kind ->
        [buena_practica] Good practices
       *[other] Innovation projects
    }
report-kind-line = • { report-kind-name }: { $value }
report-summary-registrations = 📝 Registrations: { $value }
report-summary-schools = 🏫 Schools with at least one registration: { $value }
report-summary-ata = 🤝 ATA coverage (reached ÷ people of the audience on the bot):
report-milestone-short = { $milestone ->
        [inicio] Start
        [proceso] Middle
       *[cierre] Close
    }
report-ata-coverage-line = • { report-milestone-short }: { $coverage } ({ $delivered } of { $audience })
report-ata-none = 🤝 ATA: no announcement was sent in { $year }.
report-summary-people = 👥 People on the bot: { $value }
report-summary-deliveries = 📨 Reminders: { $sent } sent, { $failed } failed · { $unreachable ->
        [one] 1 message did not arrive
       *[other] { $unreachable } messages did not arrive
    } (person unreachable)
report-reg-heading = 📝 Registrations { $year } · { $scope }
report-by-status = By status:
report-by-ugel = By UGEL:
report-by-category = By category:
report-by-level = By level:
report-ugel-line = • { $ugel }: { $value } · { $schools } schools
report-status-part = { $status } { $count }
report-category-line = • { report-kind-name } · { $category }: { $value }
report-no-category = no category
report-no-level = No level
report-ata-heading = 🤝 ATA { $year } · { $scope }
report-ata-explain = Coverage = people the message reached ÷ people on the bot who are part of the announcement's audience.
report-ata-milestone = { ata-milestone-name }: coverage { $coverage }
report-ata-figures = targeted { $targeted } · delivered { $delivered } · confirmed { $confirmed } · attending { $attending } · audience on the bot { $audience }
report-ata-previous = In { $year }: coverage { $coverage }
report-ata-ugel-line = • { $ugel }: { $coverage } — { report-ata-figures }
report-people-heading = 👥 People on the bot · { $scope }
report-people-total = Total
report-role = { $role ->
        [docente] Teachers
        [director] Principals
        [especialista_ugel] UGEL specialists
        [especialista_dre] DRE specialists
       *[admin] Admins
    }
report-people-ugel-line = • { $ugel }: { $total } ({ $docentes } teachers, { $directores } principals)
report-deliveries-heading = 📨 Bot messages in { $year }
report-reminders-sent = Reminders sent
report-reminders-failed = Reminders failed
report-deliveries-unreachable = Messages that did not arrive (bot blocked or account gone)
report-deliveries-failed = Failed messages (every kind)
report-button-summary = 📊 Summary
report-button-registrations = 📝 Registrations
report-button-ata = 🤝 ATA
report-button-people = 👥 People and messages
report-button-charts = 📈 Charts
report-button-region = Region
report-button-export-registrations = ⬇️ Registrations (Excel)
report-button-export-ata = ⬇️ ATA (Excel)
report-charts-more = These are the figures as charts. What else would you like to see?
report-chart-footer = { $scope } · figures as of { $when } (Lima time) · Pasco Educa Bot
report-chart-empty = No registrations yet
report-chart-total = Total
report-chart-status-title = Registrations { $year } by UGEL and status
report-chart-status-title-kind = Registrations { $year } of { $scope } by kind and status
report-chart-status-subtitle = { $total } registrations in all
report-chart-ata-title = ATA coverage { $year } by milestone and UGEL
report-chart-ata-subtitle = People the message reached ÷ people of the audience on the bot
report-chart-coverage-label = { $coverage } ({ $delivered }/{ $audience })
report-chart-years-title = Registrations { $year } against { $previousYear } · { $scope }
report-chart-no-ata = No ATA announcement was sent in { $year }: there is no coverage chart.
report-reading-no-registrations = No registrations yet in { $year }.
report-reading-status-region = { $ugel } has the most registrations ({ $count }); { $observed ->
        [0] none observed in the region
        [one] 1 observed in the region
       *[other] { $observed } observed in the region
    }.
report-reading-status-ugel = { $ugel }: { $count ->
        [one] 1 registration
       *[other] { $count } registrations
    }; { $observed ->
        [0] none observed
        [one] 1 observed
       *[other] { $observed } observed
    }.
report-reading-ata = Highest coverage: { $best } at { $bestMilestone ->
        [inicio] start
        [proceso] middle
       *[cierre] close
    } ({ $bestCoverage }); lowest: { $worst } at { $worstMilestone ->
        [inicio] start
        [proceso] middle
       *[cierre] close
    } ({ $worstCoverage }).
report-reading-ata-one = Coverage of { $ugel } at { $milestone ->
        [inicio] start
        [proceso] middle
       *[cierre] close
    }: { $coverage }.
report-reading-years = { $year }: { $count ->
        [one] 1 registration
       *[other] { $count } registrations
    }; { $previousYear }: { $previous } ({ $change }).
## exports: XLSX/CSV exports, one registration as a document, weekly digest

help-exportar = 📊 Export registrations and ATA
export-menu = 📊 Export { $year } · { $scope }
    Choose what to download. XLSX opens in Excel; CSV is for copying into other platforms. Another year: /exportar 2025
export-all-ugels = the whole region
export-button-registrations = 📋 Registrations (XLSX)
export-button-registrations-csv = Registrations (CSV)
export-button-ata = 📣 ATA deliveries (XLSX)
export-button-ata-csv = ATA deliveries (CSV)
export-button-ugel-registrations = 📋 { $ugel }
export-button-ugel-ata = 📣 { $ugel }
export-menu-per-ugel = Per UGEL (XLSX), registrations and ATA deliveries:
export-bad-year = I did not understand the year «{ $text }». Write it with four digits, e.g.: /exportar 2026
export-ugel-unknown = That UGEL does not exist.
export-what = { $kind ->
    [registrations] registrations
   *[ata] ATA deliveries
  }
export-empty = There are no { export-what } for { $year } in { $scope }. I will not send an empty file.
export-started = ⏳ Preparing { export-what } for { $year } ({ $scope }): { $total } rows. I will report the progress.
export-progress = ⏳ { $percent } % ({ $done } of { $total } rows)…
export-caption = 📊 { $file }: { export-what } { $year } · { $scope } · { $rows } rows · data as of { $at } (Lima time)
export-caption-part = 📊 { $file } (part { $part } of { $parts }): { export-what } { $year } · { $scope } · data as of { $at } (Lima time)
export-done = ✅ Done: { $rows } rows in { $files ->
    [one] one file
   *[other] { $files } files
  }.{ $parts ->
    [1] {""}
   *[other] {" "}Telegram accepts files up to 50 MB, so I split it into { $parts } parts: each opens on its own.
  }
export-part-suffix = part
export-file-stem = { $kind ->
    [registrations] registrations
   *[ata] ata-deliveries
  }
export-sheet-registrations = Registrations
export-sheet-members = Team
export-sheet-files = Files
export-sheet-history = Review history
export-sheet-ata = ATA deliveries
export-col-code = Registration code
export-col-contest = Contest
export-col-year = Year
export-col-status = Status
export-col-sent-at = Sent on
export-col-title = Project or practice name
export-col-category = Category
export-col-subcategory = Subcategory
export-col-practice-type = Practice type
export-col-dre = DRE
export-col-ugel = UGEL
export-col-school = School name
export-col-codigo-modular = Código modular
export-col-area = Area
export-col-level = Level
export-col-modality = Modality
export-col-school-type = School type
export-col-region = Region
export-col-province = Province
export-col-district = District
export-col-director-dni = Director's DNI
export-col-director-names = Director's names
export-col-director-surnames = Director's surnames
export-col-director-email = Director's e-mail
export-col-director-phone = Director's mobile
export-col-members = Team members
export-col-students = Students ciclo { $ciclo }
export-col-problem = Central problem
export-col-objectives = Objectives
export-col-strategy = Strategy
export-col-years-running = Years running
export-col-purpose = Purpose
export-col-description = Description
export-col-results = Results
export-col-learning-evidence = Learning evidence
export-col-files = Files
export-col-declaration = Sworn statement
export-col-member-number = No.
export-col-member-role = Role in the team
export-col-dni = DNI
export-col-names = Names
export-col-surnames = Surnames
export-col-condition = Condition
export-col-email = E-mail
export-col-phone = Mobile
export-col-file-field = Form section
export-col-channel = Channel
export-col-file-ref = File reference (id on the channel)
export-col-file-name = File name
export-col-file-type = File type
export-col-file-kb = Size (KB)
export-col-uploaded-at = Uploaded on
export-col-date = Date
export-col-from-status = Previous status
export-col-to-status = New status
export-col-comment = Comment
export-col-by = Done by
export-col-announcement = Announcement no.
export-col-announcement-title = Announcement title
export-col-milestone = Milestone
export-col-session-at = Session date
export-col-delivery-kind = Send
export-col-role = Role
export-col-levels = Levels
export-col-delivery-status = Delivery status
export-col-delivered-at = Sent at
export-col-confirmed-at = Confirmed on
export-col-attendance = Attendance
export-kind = { $kind ->
    [buena_practica] Good teaching practices (MINEDU)
   *[other] Innovation project (CNPIE - FONDEP)
  }
export-member-role = { $role ->
    [director_responsable] Responsible director
    [directivo] Manager
   *[other] Teacher
  }
export-file-field = { $field ->
    [evidenceFiles] Evidence
    [attachments] Attachments
   *[other] { $field }
  }
export-milestone = { $milestone ->
    [inicio] Start
    [proceso] Process
   *[other] Closing
  }
export-delivery-kind = { $kind ->
    [ata_resend] Re-send
   *[other] First send
  }
export-role = { $role ->
    [docente] Teacher
    [director] Director
    [especialista_ugel] UGEL specialist
    [especialista_dre] DRE specialist
   *[other] Administrator
  }
export-delivery-status = { $status ->
    [pending] Queued
    [sending] Sending
    [sent] Sent
    [failed] Failed
    [unreachable] Unreachable
   *[other] Cancelled
  }
export-attendance = { $attendance ->
    [asistire] Will attend
   *[other] Cannot attend
  }

reg-button-ficha = 🖨 Download form
ficha-title = Registration form { $code }
ficha-subtitle = { export-kind } · { $year } edition
ficha-section-registration = Registration
ficha-section-answers = Form answers
ficha-section-team = Team
ficha-section-files = Attached files
ficha-section-history = Review history
ficha-field-code = Registration code
ficha-field-status = Status
ficha-field-sent-at = Sent on
ficha-field-dre = DRE
ficha-field-ugel = UGEL
ficha-field-school = School
ficha-field-codigo-modular = Código modular
ficha-field-region = Region / province / district
ficha-member = { $index }. { export-member-role } · { $names } { $surnames } · DNI { $dni }
ficha-member-contact = Condition: { $condition } · E-mail: { $email } · Mobile: { $phone }
ficha-file = { $name } ({ $size } KB) · { $channel }: { $ref }
ficha-history = { $date } · { $from } → { $to } ({ $who })
ficha-footer = Generated on { $at } (Lima time) by Pasco Educa Bot · DRE Pasco. Page { $page } of { $pages }
ficha-caption = 🖨 Form of { $code }, to print or attach on the national platform.
ficha-empty = —

help-resumen-semanal = 📰 Weekly digest
digest-heading = 📰 Weekly digest · { $scope } · week of { $weekDay }
digest-new = 🆕 New registrations this week: { $count }
digest-pending = ⏳ Reviews pending (oldest first): { $count }
digest-deadlines = 📅 Deadlines in the next 14 days: { $count }
digest-ata = 📣 ATA announcements with low confirmation (under half): { $count }
digest-none = (none)
digest-more = … and { $count } more
digest-line-registration = • { $code } · «{ $title }» · { $school }
digest-line-pending = • { $code } · { registration-status } since { $since } · «{ $title }»
digest-line-deadline = • { $day }: { $contest } ({ $stage })
digest-line-ata = • «{ $title }» ({ export-milestone }): { $confirmed } of { $sent } confirmed
digest-footer = It arrives every week. To stop it, press the button or type /resumen_semanal.
digest-button-off = 🔕 Stop the digest
digest-button-on = 🔔 Get the weekly digest
digest-button-list = 🗂 See registrations
digest-status-on = 📰 You get the weekly digest: { $day } at { $time } (Lima time), with new registrations, pending reviews, upcoming deadlines and ATA announcements with low confirmation.
digest-status-off = 📰 You do not get the weekly digest. You can turn it on at any time.
digest-turned-off = 🔕 Done, you will no longer get the weekly digest. Turn it on again with /resumen_semanal.
digest-turned-on = 🔔 Done, you will get the weekly digest every { $day } at { $time } (Lima time).
digest-weekday = { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[other] Sunday
  }
digest-message = { $text }
menu-start = Start or go back to the beginning
menu-registrar = Register a good practice or a CNPIE project
menu-mis_registros = See my registrations and their status
menu-registros = Review my UGEL's registrations
menu-ata = Send an ATA announcement
menu-ata_estado = See who received the ATA announcements
menu-calendario = Contest calendar
menu-concurso = Find a contest by its name
menu-recordatorios = Choose which contests to be reminded of
menu-perfil = See or change my profile
menu-mis_datos = See all my data held
menu-vincular = Link Telegram with Slack
menu-ayuda = What I can do
menu-cancelar = Leave what I am doing
menu-importar_calendario = Import the official calendar
menu-invitar = Create an invite code
menu-reporte = See the figures for registrations and ATA
menu-exportar = Download registrations and ATA deliveries as Excel
menu-resumen_semanal = My weekly digest (turn on or off)
deeplink-invite-ready = 🔑 We got your invite code. Just choose your language and accept the use of your data.
deeplink-invite-onboarded = You already have a profile. To use an invite code, open /perfil, change your role to «I have an invite code (specialists)» and type it.
invite-deeplink = Or share this link, which opens the bot with the code already in: { $link }
link-deeplink = On Telegram, just open this link: { $link }
