/** Everything a command, button or flow handler gets for one turn of one person. */
import type { Notify, Sender, Reply } from "../core/types.js";
import type { ChannelIdentity, Person } from "../domain/db-types.js";
import type { Locale, Translate } from "../i18n.js";
import type { AppServices } from "../services.js";
import type { FormRunner } from "./form-runner.js";

export interface TurnContext {
  services: AppServices;
  sender: Sender;
  person: Person;
  identity: ChannelIdentity;
  locale: Locale;
  t: Translate;
  now: Date;
  /** Named as admin by the environment, or holding the admin role. */
  isAdmin: boolean;
  /** "telegram:123": who acted, for the audit log. */
  actorLabel: string;
  /** Sets which flow receives this person's next text (null: none). */
  setFlow(flow: string | null, data?: Record<string, unknown>): Promise<void>;
  flow: string | null;
  flowData: Record<string, unknown> | null;
  /** Starts, resumes and walks forms (onboarding, registrations). */
  forms: FormRunner;
  /** Writes to the person during the turn (progress of an export); absent on channels that cannot. */
  notify?: Notify;
  /**
   * The role of this person (by id) may have changed for identities other than the sender's (a link merged two
   * people): after the turn, every channel identity of theirs gets the settings of their role again.
   */
  noteRoleChange?: (personId: number) => void;
  /**
   * This person's conversation rows were removed this turn (their data deleted, or merged into another person
   * by a link): the turn writes nothing more for them, not even the menu under its reply.
   */
  notePersonRemoved?: () => void;
}

export type Handler<A = string> = (ctx: TurnContext, arg: A) => Promise<Reply[]>;

/** A command named in words: run as typed with no arguments, or by `run` when the words said more (a kind). */
export interface AskedCommand {
  command: string;
  run?: (ctx: TurnContext) => Promise<Reply[]>;
}

export interface CommandSpec {
  /** Without the slash, e.g. "perfil". */
  name: string;
  aliases?: string[];
  /** Also runs for someone who has not finished onboarding (e.g. linking an identity that already has a profile). */
  beforeOnboarding?: boolean;
  /** Fluent id of the /ayuda button label; absent = not listed in /ayuda. */
  helpKey?: string;
  run: Handler;
}

/** A feature contributes commands, button handlers (by prefix), flows and forms. */
export interface Feature {
  name: string;
  commands?: CommandSpec[];
  /** Button data "<prefix>:..." goes to buttons[prefix]. */
  buttons?: Record<string, Handler>;
  /** A flow named here receives the person's texts and files while it is active. */
  flows?: Record<string, Handler<import("../core/types.js").Input>>;
  /**
   * The command asked for in words when no flow is active («quiero registrar mi buena práctica»); null = none.
   * Every feature's wish is tried before any freeText, which answers whatever it can; the router runs the command
   * only for someone who may (permissions.ts), and otherwise goes on as if the wish named none.
   */
  wish?: (text: string) => AskedCommand | null;
  /** Free text when no flow is active (e.g. calendar questions); null = not mine. */
  freeText?: (ctx: TurnContext, text: string) => Promise<Reply[] | null>;
  /**
   * Free text from someone who has not finished onboarding: an answer only when the text surely is a question
   * anyone may ask (the public calendar), null otherwise, so an answer to the pending step is never taken.
   */
  publicQuestion?: (ctx: TurnContext, text: string) => Promise<Reply[] | null>;
}
