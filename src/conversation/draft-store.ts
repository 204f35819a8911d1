/** Drafts of forms in progress, one per person and form, saved after every answer. */
import type { Prisma } from "../generated/prisma/client.js";
import type { Db } from "../domain/db-types.js";
import type { DraftState } from "../forms/types.js";

export async function loadDraft(db: Db, personId: number, formId: string): Promise<DraftState | null> {
  const row = await db.conversationDraft.findUnique({ where: { personId_formId: { personId, formId } } });
  if (!row) return null;
  const context = (row.context ?? {}) as Pick<DraftState, "editing" | "list" | "extra">;
  return { formId, stepKey: row.stepKey, answers: row.answers as DraftState["answers"], version: row.version, ...context };
}

export async function saveDraft(db: Db, personId: number, draft: DraftState): Promise<void> {
  const context = { editing: draft.editing ?? false, list: draft.list, extra: draft.extra } as Prisma.InputJsonValue;
  const data = { stepKey: draft.stepKey, answers: draft.answers as Prisma.InputJsonValue, version: draft.version, context };
  await db.conversationDraft.upsert({
    where: { personId_formId: { personId, formId: draft.formId } },
    create: { personId, formId: draft.formId, ...data },
    update: data,
  });
}

export async function deleteDraft(db: Db, personId: number, formId: string): Promise<void> {
  await db.conversationDraft.deleteMany({ where: { personId, formId } });
}
