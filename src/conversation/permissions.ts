/**
 * Who may use what, in one place: every command, every form, every flow and every button prefix names its
 * audience here, and the router (commands, buttons, resume buttons, flows), the form runner (every way a form
 * opens or takes an answer) and the Slack modals ask these functions before anything opens. A name missing
 * from these tables is refused: a new command, form or button is closed until its audience is written here.
 * Checks that depend on a record (whose registration, which UGEL) stay in the domain, on every action.
 */
import type { Role } from "../domain/db-types.js";
import { isSpecialist } from "../domain/roles.js";

/** What a check needs to know about the person of the turn (a TurnContext has it). */
export interface Who {
  person: { role: Role | null };
  /** Named as admin by the environment, or holding the admin role. */
  isAdmin: boolean;
}

export const AUDIENCES = {
  anyone: () => true,
  /** Teachers and directors file registrations. */
  registrants: (who: Who) => who.person.role === "docente" || who.person.role === "director",
  /** UGEL and DRE specialists and admins by role (ATA announcements). */
  specialists: (who: Who) => isSpecialist(who.person.role),
  /** Specialists and admins (also those named by the environment) review registrations. */
  reviewers: (who: Who) => who.isAdmin || isSpecialist(who.person.role),
  /** The official calendar is loaded by DRE specialists and admins. */
  calendarImporters: (who: Who) => who.isAdmin || who.person.role === "especialista_dre" || who.person.role === "admin",
  admins: (who: Who) => who.isAdmin,
} as const satisfies Record<string, (who: Who) => boolean>;

export type Audience = keyof typeof AUDIENCES;

export const COMMAND_AUDIENCE: Readonly<Record<string, Audience>> = {
  start: "anyone",
  ayuda: "anyone",
  registrar: "registrants",
  mis_registros: "registrants",
  registros: "reviewers",
  calendario: "anyone",
  concurso: "anyone",
  importar_calendario: "calendarImporters",
  ata: "specialists",
  ata_estado: "specialists",
  recordatorios: "anyone",
  perfil: "anyone",
  mis_datos: "anyone",
  borrar_mis_datos: "anyone",
  invitar: "admins",
  vincular: "anyone",
  reporte: "reviewers",
  exportar: "reviewers",
  resumen_semanal: "reviewers",
};

export interface FormRule {
  audience: Audience;
  /**
   * True when the form only continues a draft its feature opened with what it needs (a correction knows which
   * registration it corrects): a resume button or a Slack modal may not open it empty.
   */
  draftOnly: boolean;
}

export const FORM_RULES: Readonly<Record<string, FormRule>> = {
  onboarding: { audience: "anyone", draftOnly: false },
  buena_practica: { audience: "registrants", draftOnly: false },
  proyecto_innovacion: { audience: "registrants", draftOnly: false },
  buena_practica_correccion: { audience: "registrants", draftOnly: true },
  proyecto_innovacion_correccion: { audience: "registrants", draftOnly: true },
  ata: { audience: "specialists", draftOnly: false },
};

/** Flows that take the person's next texts and files (besides forms, which are "form:<id>"). */
export const FLOW_AUDIENCE: Readonly<Record<string, Audience>> = {
  "reg:comment": "reviewers",
  "calendar-import": "calendarImporters",
  link: "anyone",
};

/**
 * Buttons by "<prefix>" or "<prefix>:<verb>" (the more specific entry wins). The prefixes "f" (a form step),
 * "rs" (resume a form) and "cmd" (a command) are checked as the form or command they lead to.
 */
export const BUTTON_AUDIENCE: Readonly<Record<string, Audience>> = {
  reg: "anyone",
  "reg:new": "registrants",
  "reg:mine": "registrants",
  "reg:ls": "reviewers",
  cal: "anyone",
  "cal:t": "reviewers",
  "cal:ok": "calendarImporters",
  "cal:x": "calendarImporters",
  ata: "specialists",
  "ata:r": "anyone",
  "ata:a": "anyone",
  "ata:n": "anyone",
  inv: "admins",
  lk: "anyone",
  pf: "anyone",
  rem: "anyone",
  del: "anyone",
  rep: "reviewers",
  exp: "reviewers",
  dig: "reviewers",
};

/** Button prefixes that stand for a form or a command and are checked as such. */
export const DELEGATED_BUTTON_PREFIXES = ["f", "rs", "cmd"] as const;

function allows(audience: Audience | undefined, who: Who): boolean {
  return audience !== undefined && AUDIENCES[audience](who);
}

export function mayRunCommand(who: Who, command: string): boolean {
  return allows(COMMAND_AUDIENCE[command], who);
}

export function mayUseForm(who: Who, formId: string): boolean {
  return allows(FORM_RULES[formId]?.audience, who);
}

/** May the form be opened without a draft of it (a resume button, a Slack modal)? */
export function mayOpenEmptyForm(who: Who, formId: string): boolean {
  const rule = FORM_RULES[formId];
  return rule !== undefined && !rule.draftOnly && AUDIENCES[rule.audience](who);
}

export function mayUseFlow(who: Who, flow: string): boolean {
  return allows(FLOW_AUDIENCE[flow], who);
}

/** The audience entry for button data: "<prefix>:<verb>" when listed, else "<prefix>". */
export function buttonAudience(data: string): Audience | undefined {
  const [prefix = "", verb] = data.split(":", 2);
  return (verb !== undefined ? BUTTON_AUDIENCE[`${prefix}:${verb}`] : undefined) ?? BUTTON_AUDIENCE[prefix];
}

export function mayPressButton(who: Who, data: string): boolean {
  return allows(buttonAudience(data), who);
}
