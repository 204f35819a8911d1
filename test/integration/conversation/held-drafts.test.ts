// A PostgreSQL turn's read brings the person's drafts back only when they changed since this process last
// wrote them (draft-versions.ts): a turn after our own write gets them from memory, and any change made
// elsewhere (another process, a script, a removal) is read from the database.
import pg from "pg";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Sender } from "../../../src/core/types.js";
import { PostgresSessions } from "../../../src/conversation/sessions/postgres.js";
import type { DraftState } from "../../../src/forms/types.js";
import { createTestDatabase, resetTestData, testDatabaseUrl, type TestDatabase } from "../../helpers/db.js";

const url = testDatabaseUrl();
let rosa: Sender;
const FORM = "buena_practica";
const draft = (stepKey: string, answers: Record<string, unknown>): DraftState => ({ formId: FORM, stepKey, answers, version: 1 }) as DraftState;

describe.runIf(url)("drafts held between PostgreSQL turns", () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let sessions: PostgresSessions;
  /** The drafts column of every batched read, in order ("held" when it came back NULL). */
  const reads: Array<"held" | "read"> = [];
  let updateId = 100;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new pg.Pool({ ...db.pool!.options, max: 4 });
    pool.on("connect", (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
      (client as unknown as { query: unknown }).query = async (...args: unknown[]) => {
        const result = await query(...args);
        for (const part of Array.isArray(result) ? result : [result]) {
          const row = (part as pg.QueryResult | undefined)?.rows?.[0] as { draftsVersion?: string; drafts?: string | null } | undefined;
          if (row && "draftsVersion" in row) reads.push(row.drafts === null ? "held" : "read");
        }
        return result;
      };
    });
    sessions = new PostgresSessions(db.prisma, pool, pino({ level: "silent" }));
  });
  let senders = 7300;
  beforeEach(async () => {
    await resetTestData(db);
    reads.length = 0;
    // A new sender per test: this process still holds the drafts of the last one (ids restart after the reset).
    const externalId = String(++senders);
    rosa = { channel: "telegram", externalId, chatRef: externalId, displayName: "Rosa" };
  });
  afterAll(async () => {
    await sessions?.close();
    await db?.close();
  });

  /** One turn of Rosa's: what she had in the form when it began, after `change` ran inside it. */
  async function turn(change?: (personId: number, before: DraftState | null) => Promise<void>): Promise<DraftState | null> {
    const result = await sessions.exclusive(rosa, String(++updateId), async () => {
      const { person } = await sessions.turn(rosa);
      const before = await sessions.loadDraft(person.id, FORM);
      await change?.(person.id, before);
      return before;
    });
    if (result.duplicate) throw new Error("unexpected duplicate");
    return result.value;
  }

  it("reads the drafts once, then uses the ones it wrote, with the same contents", async () => {
    const { person } = await sessions.turn(rosa); // first contact
    reads.length = 0;
    await turn(async (id) => sessions.saveDraft(id, draft("titulo", { titulo: "Leemos en familia" })));
    await turn(async (id, before) => sessions.saveDraft(id, draft("nivel", { ...before!.answers, nivel: "primaria" })));
    const seen = await turn();
    expect(seen).toMatchObject({ stepKey: "nivel", answers: { titulo: "Leemos en familia", nivel: "primaria" } });
    expect(reads).toEqual(["read", "held", "held"]);
    const stored = await db.prisma.conversationDraft.findFirstOrThrow({ where: { personId: person.id, formId: FORM } });
    expect(stored).toMatchObject({ stepKey: "nivel", answers: { titulo: "Leemos en familia", nivel: "primaria" } });
  });

  it("reads the drafts again after someone else changed or removed them", async () => {
    await turn(async (id) => sessions.saveDraft(id, draft("titulo", { titulo: "Huerto escolar" }))); // first contact
    await turn(); // the first batched read: its drafts are held after it
    await db.prisma.$executeRaw`UPDATE "ConversationDraft" SET answers = '{"titulo": "Huerto escolar andino"}', "stepKey" = 'area'`;
    expect(await turn()).toMatchObject({ stepKey: "area", answers: { titulo: "Huerto escolar andino" } });
    await db.prisma.$executeRaw`DELETE FROM "ConversationDraft"`;
    expect(await turn()).toBeNull();
    expect(reads).toEqual(["read", "read", "read"]);
  });

  it("holds nothing from a turn that failed, so what it changed in memory is not taken as stored", async () => {
    await sessions.turn(rosa); // first contact
    await turn(async (id) => sessions.saveDraft(id, draft("titulo", { titulo: "Radio escolar" })));
    await turn(); // the failing turn below starts from the drafts held
    await expect(
      turn(async (id, before) => {
        (before!.answers as Record<string, unknown>).titulo = "cambiado en memoria";
        await sessions.saveDraft(id, draft("nivel", { titulo: "no guardado" }));
        throw new Error("the turn fails");
      }),
    ).rejects.toThrow("the turn fails");
    expect(await turn()).toMatchObject({ stepKey: "titulo", answers: { titulo: "Radio escolar" } });
    expect(reads).toEqual(["read", "held", "held", "read"]);
  });

  it("a second form's draft and a removal keep the held version right", async () => {
    await sessions.turn(rosa); // first contact
    await turn(async (id) => {
      await sessions.saveDraft(id, draft("titulo", { titulo: "Cuentos" }));
      await sessions.saveDraft(id, { ...draft("inicio", { area: "ciencia" }), formId: "proyecto_innovacion" });
    });
    await turn(async (id) => sessions.deleteDraft(id, "proyecto_innovacion"));
    expect(await turn()).toMatchObject({ answers: { titulo: "Cuentos" } });
    expect(reads).toEqual(["read", "held", "held"]);
    const rows = await db.prisma.conversationDraft.findMany({ select: { formId: true } });
    expect(rows.map((row) => row.formId)).toEqual([FORM]);
  });
});
