/**
 * Drafts of forms in progress, one per person and form, saved after every answer.
 * Plain SQL rather than Prisma's model calls: this runs on every message, and one INSERT … ON CONFLICT is a
 * third of the cost of Prisma's upsert on PGlite (measured).
 */
import type { Db } from "../domain/db-types.js";
import type { DraftState } from "../forms/types.js";

export interface DraftRow {
  stepKey: string;
  answers: DraftState["answers"] | string;
  context: Pick<DraftState, "editing" | "list" | "extra"> | string | null;
  version: number;
}

// Raw queries may hand JSONB back parsed or as text, depending on the driver adapter.
const json = <T>(value: T | string): T => (typeof value === "string" ? (JSON.parse(value) as T) : value);

export async function loadDraft(db: Db, personId: number, formId: string): Promise<DraftState | null> {
  const rows = await db.$queryRaw<DraftRow[]>`
    SELECT "stepKey", "answers", "context", "version" FROM "ConversationDraft"
    WHERE "personId" = ${personId} AND "formId" = ${formId}`;
  const row = rows[0];
  return row ? draftFromRow(formId, row) : null;
}

/** A draft as stored (JSON columns parsed or not, depending on the driver adapter). */
export function draftFromRow(formId: string, row: DraftRow): DraftState {
  const context = row.context === null ? {} : json(row.context);
  return { formId, stepKey: row.stepKey, answers: json(row.answers), version: Number(row.version), ...context };
}

/** What the "context" column holds: the walk's state besides the answers (read back by draftFromRow). */
export function draftContext(draft: DraftState): Pick<DraftState, "editing" | "list" | "extra"> {
  return { editing: draft.editing ?? false, list: draft.list, extra: draft.extra };
}

export async function saveDraft(db: Db, personId: number, draft: DraftState): Promise<void> {
  const context = JSON.stringify(draftContext(draft));
  await db.$executeRaw`
    INSERT INTO "ConversationDraft" ("personId", "formId", "stepKey", "answers", "context", "version", "updatedAt")
    VALUES (${personId}, ${draft.formId}, ${draft.stepKey}, ${JSON.stringify(draft.answers)}::jsonb, ${context}::jsonb, ${draft.version}, now())
    ON CONFLICT ("personId", "formId") DO UPDATE SET
      "stepKey" = EXCLUDED."stepKey", "answers" = EXCLUDED."answers", "context" = EXCLUDED."context",
      "version" = EXCLUDED."version", "updatedAt" = EXCLUDED."updatedAt"`;
}

export async function deleteDraft(db: Db, personId: number, formId: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "ConversationDraft" WHERE "personId" = ${personId} AND "formId" = ${formId}`;
}
