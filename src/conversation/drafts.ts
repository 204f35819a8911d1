/**
 * A person's half-filled forms as they read them: which form, where it would continue ("paso 6 de 14:
 * «¿Cómo se llama la buena práctica?»") and when it was last saved (Lima). Used by the resume question,
 * /mis_registros and /mis_datos.
 */
import { draftFromRow, type DraftRow } from "./draft-store.js";
import { stepCounter } from "../forms/progress.js";
import { SUMMARY_STEP, type DraftState, type FormDef } from "../forms/types.js";
import type { TurnContext } from "./context.js";
import { limaWhen } from "./lima-when.js";

export interface SavedDraft {
  form: FormDef;
  draft: DraftState;
  savedAt: Date;
}

const QUESTION_MAX_CHARS = 90;

/** The person's drafts of these forms (all registered forms when none are named), most recent first. */
export async function savedDrafts(ctx: TurnContext, formIds?: readonly string[]): Promise<SavedDraft[]> {
  const rows = await ctx.services.db.conversationDraft.findMany({
    where: { personId: ctx.person.id, ...(formIds ? { formId: { in: [...formIds] } } : {}) },
    orderBy: { updatedAt: "desc" },
  });
  return rows
    .filter((row) => ctx.forms.has(row.formId))
    .map((row) => ({
      form: ctx.forms.get(row.formId),
      draft: draftFromRow(row.formId, row as unknown as DraftRow),
      savedAt: row.updatedAt,
    }));
}

export async function savedDraft(ctx: TurnContext, formId: string): Promise<SavedDraft | undefined> {
  return (await savedDrafts(ctx, [formId]))[0];
}

/** A question shortened for a list line: its first line, cut at a word with «…». */
export function shortQuestion(text: string, max = QUESTION_MAX_CHARS): string {
  const line = (text.split("\n")[0] ?? "").trim();
  if (line.length <= max) return line;
  const cut = line.lastIndexOf(" ", max - 1);
  return `${line.slice(0, cut > max / 2 ? cut : max - 1).trimEnd()}…`;
}

/** "paso 6 de 14: «¿…?»", or the summary. */
export function draftPlace(ctx: TurnContext, saved: SavedDraft): string {
  const { form, draft } = saved;
  const env = ctx.forms.env(ctx);
  const field = form.fields.find((candidate) => candidate.key === draft.stepKey);
  if (draft.stepKey === SUMMARY_STEP || !field) return ctx.t("draft-place-summary");
  // Inside a list item (a team member), the question is the item's.
  const asked = (draft.list && field.itemFields?.find((candidate) => candidate.key === draft.list?.itemStep)) || field;
  const question = shortQuestion(env.t(asked.promptKey, asked.promptArgs?.(draft.answers, env)));
  const counter = stepCounter(form, draft.answers, env, draft.stepKey);
  return counter ? ctx.t("draft-place-step", { ...counter, question }) : ctx.t("draft-place-summary");
}

export function draftSavedAt(ctx: TurnContext, saved: SavedDraft): string {
  return limaWhen(ctx, saved.savedAt);
}
