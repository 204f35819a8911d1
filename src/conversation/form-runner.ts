/**
 * Connects the form engine to a person's turn: loads and saves the draft, marks the active flow,
 * and offers "Continuar" / "Empezar de nuevo" when a draft is waiting.
 */
import type { Input, Reply } from "../core/types.js";
import { textReply } from "../core/types.js";
import { FormEngine } from "../forms/engine.js";
import type { Answers, DraftState, FormDef, FormEnv } from "../forms/types.js";
import type { TurnContext } from "./context.js";
import { deleteDraft, loadDraft, saveDraft } from "./draft-store.js";

export const FORM_FLOW_PREFIX = "form:";

export function formFlow(formId: string): string {
  return `${FORM_FLOW_PREFIX}${formId}`;
}

export class FormRunner {
  private readonly engine = new FormEngine();
  private readonly forms = new Map<string, FormDef>();

  register(form: FormDef): void {
    this.forms.set(form.id, form);
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

  /** Starts the form, or asks whether to continue the draft that is waiting. */
  async offerOrBegin(ctx: TurnContext, formId: string, prefill: Answers = {}, extra?: Record<string, unknown>): Promise<Reply[]> {
    const draft = await loadDraft(ctx.services.db, ctx.person.id, formId);
    if (!draft) return this.begin(ctx, formId, prefill, undefined, extra);
    const form = this.get(formId);
    return [
      textReply(ctx.t("form-resume-offer", { form: ctx.t(form.titleKey) }), [
        [
          { label: ctx.t("form-button-continue"), data: `rs:${formId}:c` },
          { label: ctx.t("form-button-restart"), data: `rs:${formId}:n` },
        ],
      ]),
    ];
  }

  async begin(ctx: TurnContext, formId: string, prefill: Answers = {}, startAt?: string, extra?: Record<string, unknown>): Promise<Reply[]> {
    const form = this.get(formId);
    const result = await this.engine.begin(form, this.env(ctx), prefill, startAt);
    const draft: DraftState = { ...result.draft, ...(extra ? { extra } : {}) };
    await saveDraft(ctx.services.db, ctx.person.id, draft);
    await ctx.setFlow(formFlow(formId));
    return result.replies;
  }

  /** Continues where the person left off: the same question, with every answer kept. */
  async resume(ctx: TurnContext, formId: string): Promise<Reply[]> {
    const draft = await loadDraft(ctx.services.db, ctx.person.id, formId);
    if (!draft) return this.begin(ctx, formId);
    await ctx.setFlow(formFlow(formId));
    return this.engine.prompt(this.get(formId), draft, this.env(ctx));
  }

  async restart(ctx: TurnContext, formId: string, prefill: Answers = {}): Promise<Reply[]> {
    await deleteDraft(ctx.services.db, ctx.person.id, formId);
    return this.begin(ctx, formId, prefill);
  }

  async handle(ctx: TurnContext, formId: string, input: Input): Promise<Reply[]> {
    const form = this.get(formId);
    const draft = await loadDraft(ctx.services.db, ctx.person.id, formId);
    if (!draft) {
      await ctx.setFlow(null);
      return [textReply(ctx.t("form-no-draft"))];
    }
    const result = await this.engine.handle(form, draft, input, this.env(ctx));
    if (result.outcome === "cancelled") {
      await ctx.setFlow(null);
      return [textReply(ctx.t("form-cancelled", { form: ctx.t(form.titleKey) }))];
    }
    if (result.outcome === "submitted") {
      await deleteDraft(ctx.services.db, ctx.person.id, formId);
      if (ctx.flow === formFlow(formId)) await ctx.setFlow(null);
      return result.replies;
    }
    if (result.changed) await saveDraft(ctx.services.db, ctx.person.id, result.draft);
    return result.replies;
  }
}
