/**
 * Connects the form engine to a person's turn: loads and saves the draft, marks the active flow,
 * and offers "Continuar" / "Empezar de nuevo" when a draft is waiting.
 */
import type { Input, Reply } from "../core/types.js";
import { closeOrigin, forInput, inPlaceFor, textReply } from "../core/types.js";
import { FormEngine, type StepResult } from "../forms/engine.js";
import { SUMMARY_STEP, type Answers, type DraftState, type FormDef, type FormEnv } from "../forms/types.js";
import type { TurnContext } from "./context.js";
import { draftPlace, draftSavedAt, savedDraft } from "./drafts.js";
import { FORM_RULES, mayUseForm } from "./permissions.js";

export const FORM_FLOW_PREFIX = "form:";

export function formFlow(formId: string): string {
  return `${FORM_FLOW_PREFIX}${formId}`;
}

/** How a form starts when the caller gives no answers (begin, restart, resume without a draft). */
export interface FormSetup {
  /** The answers it starts with (e.g. the school from the profile); `extra` is the draft's extra, if any. */
  prefill?: (ctx: TurnContext, extra: Record<string, unknown> | undefined) => Promise<Answers>;
  /** Where it starts instead of the first question (e.g. the summary, to correct a registration). */
  startAt?: string;
  /** The command that comes back to it after /cancelar (without the slash). */
  resumeCommand?: string;
}

/**
 * Thrown by a form's submit when sending cannot happen now but the answers must not be lost (e.g. a category
 * that no longer exists): the draft is kept, the listed answers are cleared, and the person lands on `stepKey`
 * (in edit mode) or the summary, with the message first.
 */
export class SubmitRejected extends Error {
  override readonly name = "SubmitRejected";
  constructor(
    readonly messageKey: string,
    readonly args: Record<string, string | number> = {},
    readonly stepKey?: string,
    readonly clear: string[] = [],
  ) {
    super(`submit rejected: ${messageKey}`);
  }
}

/** Thrown by a form's prefill when the form cannot open now (e.g. the registration to correct is gone): said, nothing saved. */
export class FormUnavailable extends Error {
  override readonly name = "FormUnavailable";
  constructor(
    readonly messageKey: string,
    readonly args: Record<string, string | number> = {},
  ) {
    super(`form unavailable: ${messageKey}`);
  }
}

export class FormRunner {
  private readonly engine = new FormEngine();
  private readonly forms = new Map<string, FormDef>();
  private readonly setups = new Map<string, FormSetup>();

  register(form: FormDef, setup: FormSetup = {}): void {
    this.forms.set(form.id, form);
    this.setups.set(form.id, setup);
  }

  /** "/registrar": how to come back to this form after leaving it; undefined when no command does. */
  resumeCommand(formId: string): string | undefined {
    const command = this.setups.get(formId)?.resumeCommand;
    return command ? `/${command}` : undefined;
  }

  /** "Saliste del …": the answers are kept, and the command that comes back to them. */
  leftText(ctx: TurnContext, formId: string): string {
    const command = this.resumeCommand(formId);
    const form = ctx.t(this.get(formId).titleKey);
    return command ? ctx.t("form-cancelled-resume", { form, command }) : ctx.t("form-cancelled", { form });
  }

  /** Every registered form (channels that render forms their own way, e.g. Slack modals). */
  list(): FormDef[] {
    return [...this.forms.values()];
  }

  has(formId: string): boolean {
    return this.forms.has(formId);
  }

  get(formId: string): FormDef {
    const form = this.forms.get(formId);
    if (!form) throw new Error(`unknown form ${formId}`);
    return form;
  }

  env(ctx: TurnContext): FormEnv {
    // t and locale read through ctx: choosing a language mid-form switches the very next question.
    return {
      t: (id, args) => ctx.t(id, args),
      get locale() {
        return ctx.locale;
      },
      personId: ctx.person.id,
      now: ctx.now,
      services: ctx,
    };
  }

  /**
   * Why this person may not open the form now, as the reply to give; null when they may. Every way into a form
   * (begin, offer, resume, restart, an answer) asks first, so no button or channel opens a form its role may not
   * use, and a form that needs its feature's context (a correction) never opens without it.
   */
  private refusal(ctx: TurnContext, formId: string, extra?: Record<string, unknown>): Reply[] | null {
    const help = [[{ label: ctx.t("help-button"), data: "cmd:ayuda" }]];
    if (!mayUseForm(ctx, formId)) return [textReply(ctx.t("command-not-allowed"), help)];
    if (FORM_RULES[formId]?.draftOnly && extra === undefined) return [textReply(ctx.t("form-no-draft"), help)];
    return null;
  }

  /** Starts the form, or asks whether to continue the draft that is waiting. */
  async offerOrBegin(ctx: TurnContext, formId: string, prefill?: Answers, extra?: Record<string, unknown>): Promise<Reply[]> {
    const refused = this.refusal(ctx, formId, extra ?? {});
    if (refused) return refused;
    const draft = await ctx.services.sessions.loadDraft(ctx.person.id, formId);
    if (!draft) return this.begin(ctx, formId, prefill, undefined, extra);
    const form = this.get(formId);
    const saved = { form, draft, savedAt: (await savedDraft(ctx, formId))?.savedAt ?? ctx.now };
    const args = { form: ctx.t(form.titleKey), saved: draftSavedAt(ctx, saved), place: draftPlace(ctx, saved) };
    return [
      textReply(ctx.t("form-resume-offer", args), [
        [
          { label: ctx.t("form-button-continue"), data: `rs:${formId}:c` },
          { label: ctx.t("form-button-restart"), data: `rs:${formId}:n` },
        ],
      ]),
    ];
  }

  /** Starts the form; without `prefill`, with the answers its setup gives (none when it has no setup). */
  async begin(ctx: TurnContext, formId: string, prefill?: Answers, startAt?: string, extra?: Record<string, unknown>): Promise<Reply[]> {
    const refused = this.refusal(ctx, formId, extra);
    if (refused) return refused;
    const form = this.get(formId);
    const setup = this.setups.get(formId);
    let answers: Answers;
    try {
      answers = prefill ?? (await setup?.prefill?.(ctx, extra)) ?? {};
    } catch (error) {
      if (error instanceof FormUnavailable) return [textReply(ctx.t(error.messageKey, error.args), [[{ label: ctx.t("help-button"), data: "cmd:ayuda" }]])];
      throw error;
    }
    const result = await this.engine.begin(form, this.env(ctx), answers, startAt ?? (prefill === undefined ? setup?.startAt : undefined));
    const draft: DraftState = { ...result.draft, ...(extra ? { extra } : {}) };
    await ctx.services.sessions.saveDraft(ctx.person.id, draft);
    await ctx.setFlow(formFlow(formId));
    return result.replies;
  }

  /** Continues where the person left off: the same question, with every answer kept. */
  async resume(ctx: TurnContext, formId: string): Promise<Reply[]> {
    const refused = this.refusal(ctx, formId, {});
    if (refused) return refused;
    const draft = await ctx.services.sessions.loadDraft(ctx.person.id, formId);
    if (!draft) return this.begin(ctx, formId);
    await ctx.setFlow(formFlow(formId));
    return this.engine.prompt(this.get(formId), draft, this.env(ctx));
  }

  /** Drops the draft and starts again; the draft's extra (e.g. which registration is corrected) is kept. */
  async restart(ctx: TurnContext, formId: string, prefill?: Answers): Promise<Reply[]> {
    const previous = await ctx.services.sessions.loadDraft(ctx.person.id, formId);
    const refused = this.refusal(ctx, formId, previous?.extra);
    if (refused) return refused;
    await ctx.services.sessions.deleteDraft(ctx.person.id, formId);
    return this.begin(ctx, formId, prefill, undefined, previous?.extra);
  }

  async handle(ctx: TurnContext, formId: string, input: Input): Promise<Reply[]> {
    return forInput(input, await this.step(ctx, formId, input));
  }

  private async step(ctx: TurnContext, formId: string, input: Input): Promise<Reply[]> {
    const refused = this.refusal(ctx, formId, {});
    if (refused) {
      await ctx.setFlow(null);
      return refused;
    }
    const form = this.get(formId);
    const draft = await ctx.services.sessions.loadDraft(ctx.person.id, formId);
    if (!draft) {
      await ctx.setFlow(null);
      return [textReply(ctx.t("form-no-draft"))];
    }
    let result: StepResult;
    try {
      result = await this.engine.handle(form, draft, input, this.env(ctx));
    } catch (error) {
      if (error instanceof SubmitRejected) return this.rejected(ctx, form, draft, error);
      throw error;
    }
    if (result.outcome === "cancelled") {
      await ctx.setFlow(null);
      return [closeOrigin(), textReply(this.leftText(ctx, formId))];
    }
    if (result.outcome === "submitted") {
      await ctx.services.sessions.deleteDraft(ctx.person.id, formId);
      if (ctx.flow === formFlow(formId)) await ctx.setFlow(null);
      return [closeOrigin(), ...result.replies];
    }
    if (result.changed) await ctx.services.sessions.saveDraft(ctx.person.id, result.draft);
    // A typed answer is below the question: the question's buttons are spent, the next prompt comes after.
    if (input.type !== "button") return [closeOrigin(), ...result.replies];
    return sameScreen(draft, result) ? inPlaceFor(input, result.replies) : [closeOrigin(), ...result.replies];
  }

  private async rejected(ctx: TurnContext, form: FormDef, draft: DraftState, rejection: SubmitRejected): Promise<Reply[]> {
    const answers = { ...draft.answers };
    for (const key of rejection.clear) delete answers[key];
    const stepKey = rejection.stepKey ?? SUMMARY_STEP;
    const next: DraftState = { ...draft, answers, stepKey, editing: stepKey !== SUMMARY_STEP, list: undefined, version: draft.version + 1 };
    await ctx.services.sessions.saveDraft(ctx.person.id, next);
    return this.engine.prompt(form, next, this.env(ctx), [ctx.t(rejection.messageKey, rejection.args)]);
  }
}

/**
 * A tap that changed the message the person is looking at, rather than moving on: a tick, an item removed, the
 * text cleared, or the summary opening one answer to change. Such a reply replaces the pressed message; any
 * other tap closes it (its buttons no longer apply) and the next question comes as a new message.
 */
function sameScreen(before: DraftState, result: StepResult): boolean {
  if (!result.changed || result.replies.length !== 1) return false;
  const after = result.draft;
  if (before.stepKey === SUMMARY_STEP) return after.stepKey !== SUMMARY_STEP;
  return after.stepKey === before.stepKey && Boolean(after.list) === Boolean(before.list) && after.list?.itemStep === before.list?.itemStep && after.list?.index === before.list?.index;
}
