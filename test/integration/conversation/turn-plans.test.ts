// The turns' connections keep PostgreSQL's generic plans (sessions/create.ts). A generic plan is made once, at
// the sixth run on a connection, and kept for its life; on a new deploy the tables are empty then. So every
// statement a turn runs on those connections must read by index in the plan PostgreSQL makes for empty
// tables, or the turn would read whole tables once they have grown. Parts that join JSON rows to a table
// (draft removals, language changes) are planned at each run instead.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TURN_CONNECTION_OPTIONS } from "../../../src/conversation/sessions/create.js";
import { batchStatement, joinsTables, type SessionWrite } from "../../../src/conversation/sessions/group-commit.js";
import { BATCH_READ, READ } from "../../../src/conversation/sessions/postgres.js";
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from "../../helpers/db.js";
import { genericPlans, tablesReadWhole, type GenericPlans } from "../../helpers/generic-plans.js";

const url = testDatabaseUrl();
const TABLES = ["ChannelIdentity", "Person", "ConversationState", "ConversationDraft", "ProcessedUpdate"];

const draft = (personId: number): SessionWrite => ({
  kind: "draft",
  personId,
  formId: "buena_practica",
  draft: { formId: "buena_practica", stepKey: "titulo", answers: { titulo: "Leemos en familia" }, version: 1 } as never,
});

describe.runIf(url)("plans of the turns' statements", () => {
  let db: TestDatabase;
  let plans: GenericPlans;

  beforeAll(async () => {
    db = await createTestDatabase();
    const { connectionString, options } = db.pool!.options;
    plans = await genericPlans(connectionString as string, `${options ?? ""} ${TURN_CONNECTION_OPTIONS}`);
  });

  afterAll(async () => {
    await plans?.close();
    await db?.close();
  });

  const seqScans = (plan: string) => tablesReadWhole(plan, TABLES);

  it("the batched read of people starting a turn looks each one up by index", async () => {
    const people = JSON.stringify([{ i: 0, channel: "telegram", externalId: "51987654321", updateId: "7001" }]);
    const plan = await plans.explain(BATCH_READ, [people]);
    expect(plan).toContain("ChannelIdentity");
    expect(seqScans(plan)).toEqual([]);
    expect(plan).not.toContain("Hash Join");
  });

  it("the read of one person (first contact, or a turn queued behind another process) looks them up by index", async () => {
    const plan = await plans.explain(READ, ["es", "telegram", "51987654321", "51987654321", "7001", "12345", "7001"]);
    expect(seqScans(plan)).toEqual([]);
  });

  it("the usual end of a turn (draft, flow, update id) writes without reading any table", async () => {
    const writes: SessionWrite[] = [
      draft(1),
      { kind: "flow", personId: 1, flow: "registro", data: { paso: 2 }, menu: null },
      { kind: "update", channel: "telegram", updateId: "7001" },
    ];
    expect(joinsTables(writes)).toBe(false);
    const [sql, params] = batchStatement(writes);
    const plan = await plans.explain(sql, params as string[]);
    expect(seqScans(plan)).toEqual([]);
  });

  it("removing a draft or changing the language is planned at each run", () => {
    expect(joinsTables([draft(1), { kind: "draft", personId: 2, formId: "buena_practica", draft: null }])).toBe(true);
    expect(joinsTables([{ kind: "locale", personId: 1, locale: "qu" }])).toBe(true);
  });
});
