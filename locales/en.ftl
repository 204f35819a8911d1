# Pasco Educa Bot — English (second language). Same ids as es.ftl.

## General

error-unexpected = Sorry, something went wrong on our side. Your progress is saved: please try again in a moment.
button-unknown = That button is no longer available.
command-unknown = I don't know the command { $command }.
command-not-allowed = That option is not available for your role.
text-not-understood = I didn't understand your message.
file-not-expected = I wasn't expecting a file right now.
help-hint = Use /ayuda to see what I can do for you.
help-button = 📋 Show options
cancel-done = Done, we left what you were doing. Your progress is saved.
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
form-button-clear = 🗑 Clear and write again
form-button-submit = 📨 Send
form-button-continue = ▶ Continue
form-button-restart = 🔄 Start over
form-button-add-item = ➕ Add another
form-button-remove-item = Remove { $item }
form-multi-hint = Tick every option that applies, then press "Done".
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
    [one] 1 added:
   *[other] { $count } added:
  }
form-list-item-heading = Member { $item }:
form-summary-heading = Check your { $form }. You can change any answer with its button; when all is right, press "Send".
form-summary-empty = (no answer)
form-resume-offer = You have a { $form } half filled in. Continue where you left off, or start over?
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
form-error-list-max = You reached the maximum of { $max }.
form-error-missing-field = Still missing: { $field }.

## Onboarding

onboarding-title = profile registration
onboarding-locale =
    👋 ¡Hola! Soy Pasco Educa Bot, el asistente de la DRE Pasco y sus UGEL.
    Hi! Choose your language / Elige tu idioma:
onboarding-locale-label = Language
option-locale-es = Español
option-locale-en = English
onboarding-consent =
    Before we start, your consent (Peru's Personal Data Protection Law No. 29733 and its regulation, D.S. No. 016-2024-JUS):
    • What for: to keep your profile (role, UGEL, school and levels), your contest registrations, and to send you notices and reminders of the regional calendar.
    • Who keeps it: the Regional Education Directorate of Pasco (DRE Pasco), as owner of the database.
    • We only ask for what each procedure needs. We never show your DNI or phone number to third parties.
    • Your rights: see your data with /mis_datos, correct it with /perfil and delete it with /borrar_mis_datos at any time.
    Do you accept the use of your data for these purposes?
onboarding-consent-label = Consent
option-consent-acepto = ✅ I accept
option-consent-no_acepto = I do not accept
onboarding-consent-declined = Understood: without your consent we keep no data about you. If you change your mind, press "I accept".
onboarding-role = What is your role?
onboarding-role-label = Role
option-role-docente = 👩‍🏫 Teacher
option-role-director = 🏫 Principal
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
onboarding-error-codigo-modular = The código modular has exactly 7 digits, no letters or spaces; if it starts with zero, include it. Example: 0403691.
onboarding-school-name = What is your school's name? (e.g. IE N.° 34001 Daniel Alcides Carrión)
onboarding-school-name-label = School
onboarding-error-school-name = Type the school's name with letters and numbers (3 to 150 characters). Example: IE N.° 34001 Daniel Alcides Carrión.
onboarding-levels = Which levels or modalities do you work in?
onboarding-levels-label = Levels
option-levels-inicial = Inicial (pre-school)
option-levels-primaria = Primaria (primary)
option-levels-secundaria = Secundaria (secondary)
option-levels-eba = EBA (adult education)
option-levels-ebe = EBE (special education)
onboarding-done = All set! You are registered as { $role }. Use the buttons or /ayuda to see what I can do for you.
profile-saved = Your profile was updated ({ $role }).
start-welcome-back = Welcome back! You are registered as { $role }.

## Help

help-intro = This is what you can do as { $role }:
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
onboarding-finish-first = Let's finish your registration first; then you can use that option.
