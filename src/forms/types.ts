/**
 * Forms as data: a form is a list of fields, each with a kind, a zod schema and a prompt id.
 * The engine walks them one question at a time (Telegram, console) and Slack can render them as modals.
 * zod issue messages are Fluent message ids, so every rule explains itself in the person's language.
 */
import type { z } from "zod";
import type { IncomingFile, Reply } from "../core/types.js";
import type { MessageArgs, Translate } from "../i18n.js";

export type FieldKind =
  | "text"
  | "longText"
  | "choice"
  | "multiChoice"
  | "number"
  | "date"
  | "files"
  | "list";

export type AnswerValue = string | number | string[] | IncomingFile[] | Answers[] | undefined;
export type Answers = Record<string, unknown>;

export interface ChoiceOption {
  value: string;
  /** A Fluent id, or a ready label when the option comes from data (a category name, a UGEL). */
  labelKey?: string;
  label?: string;
  /** A Fluent id of other names people type for it (comma-separated), when its label comes from data. */
  typedKey?: string;
}

export interface FieldError {
  key: string;
  args?: MessageArgs;
}

/** What a form may use from the world; the conversation layer provides it. */
export interface FormEnv {
  t: Translate;
  locale: string;
  personId: number;
  now: Date;
  /** Feature services (people, registrations...) reachable by forms without importing channels. */
  services: unknown;
}

export interface FieldDef {
  key: string;
  kind: FieldKind;
  /** Fluent id of the question; its args come from promptArgs. */
  promptKey: string;
  promptArgs?: (answers: Answers, env: FormEnv) => MessageArgs;
  /** Fluent id of the short label used in the summary. */
  labelKey: string;
  optional?: boolean;
  /** Skipped (and its answer dropped) when this returns true. */
  skip?: (answers: Answers, env: FormEnv) => boolean;
  /** The answer other answers already give (a level named by the subcategory): then not asked, and set to it. */
  implied?: (answers: Answers) => unknown;
  /** choice / multiChoice: the options, static or from data. */
  options?: (answers: Answers, env: FormEnv) => ChoiceOption[] | Promise<ChoiceOption[]>;
  /** Validates the parsed value; issue messages are Fluent ids. */
  schema?: z.ZodType;
  /** A rule that needs the database (e.g. an invite code); returns an error or null. */
  check?: (value: unknown, answers: Answers, env: FormEnv) => Promise<FieldError | null>;
  /** Other answers derived from this one (e.g. the school name found for a código modular). */
  derive?: (value: unknown, answers: Answers, env: FormEnv) => Promise<Answers>;
  /** longText: limits, counted and shown. */
  maxWords?: number;
  maxChars?: number;
  /** files: what is accepted. */
  accept?: { mimeTypes: string[]; maxBytes: number; maxFiles: number };
  /** list: the fields of each item, asked in turn; minItems/maxItems bound the list. */
  itemFields?: FieldDef[];
  minItems?: number;
  maxItems?: number;
  /** Fluent id of what an empty answer means in the summary (e.g. "todos los niveles"); "(sin respuesta)" otherwise. */
  emptyKey?: string;
  /** How the answer reads in the summary; default formatting otherwise. */
  format?: (value: unknown, env: FormEnv, answers: Answers) => string;
}

/**
 * Thrown by a form's `submit` when one answer turned out wrong only at that moment (an invite code another
 * person used a second earlier): the person is taken back to that question with the message, nothing else lost.
 */
export class AnswerRefused extends Error {
  constructor(
    readonly fieldKey: string,
    readonly messageKey: string,
  ) {
    super(`answer refused at submit: ${fieldKey}`);
    this.name = "AnswerRefused";
  }
}

export interface FormDef {
  id: string;
  titleKey: string;
  fields: FieldDef[];
  /** Show every answer and ask to confirm (with per-field edit) before submitting. */
  confirm: boolean;
  submit(answers: Answers, env: FormEnv, draft: DraftState): Promise<Reply[]>;
}

/** Where a person is in a list item: which item and which of its fields. */
export interface ListCursor {
  fieldKey: string;
  index: number;
  itemStep: string;
  item: Answers;
}

export interface DraftState {
  formId: string;
  /** A field key, or "@summary". */
  stepKey: string;
  answers: Answers;
  /** Incremented on every save; button data carries it so an old message's button is recognised. */
  version: number;
  /** True when the person came from the summary to change one field: answering returns to the summary. */
  editing?: boolean;
  list?: ListCursor;
  /** Anything the feature keeps beside the answers (e.g. the registration being corrected). */
  extra?: Record<string, unknown>;
}

export const SUMMARY_STEP = "@summary";
