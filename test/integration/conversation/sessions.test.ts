// Sessions: what a turn reads about a person is never older than what the database holds. On PGlite the turn
// state, drafts and catalog come from memory, so every other way of writing them must reach the cache.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../../src/app.js";
import type { Sender } from "../../../src/core/types.js";
import { loadDraft } from "../../../src/conversation/draft-store.js";
import { topCategories } from "../../../src/domain/registrations/catalog.js";
import { createTestApp } from "../../helpers/app.js";
import { createTestDatabase, resetTestData, testDatabaseUrl, type TestDatabase } from "../../helpers/db.js";

const sender: Sender = { channel: "telegram", externalId: "5001", chatRef: "5001", displayName: "Ana" };
const draft = (stepKey: string) => ({ formId: "onboarding", stepKey, answers: { locale: "es" }, version: 2 });

describe(`conversation sessions (${testDatabaseUrl() ? "PostgreSQL" : "PGlite"})`, () => {
  let db: TestDatabase;
  let app: App;
  // Apps share the database here: close() would close it, so a second app is only drained.
  const release = async (other: App) => {
    await other.conversation.drain();
    await other.services.sessions.close();
  };
  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApp(db);
  });
  beforeEach(async () => {
    await resetTestData(db);
  });
  afterAll(async () => {
    await app?.close();
  });

  it("creates a person on first contact and then finds the same one", async () => {
    const first = await app.services.sessions.turn(sender);
    const again = await app.services.sessions.turn(sender);
    expect(again.person.id).toBe(first.person.id);
    expect(await db.prisma.person.count()).toBe(1);
    expect(await db.prisma.channelIdentity.count({ where: { externalId: "5001" } })).toBe(1);
  });

  it("sees a change made to the person elsewhere (one row, or many rows at once)", async () => {
    const { person } = await app.services.sessions.turn(sender);
    await db.prisma.person.update({ where: { id: person.id }, data: { role: "director" } });
    expect((await app.services.sessions.turn(sender)).person.role).toBe("director");
    await db.prisma.person.updateMany({ data: { role: "docente" } });
    expect((await app.services.sessions.turn(sender)).person.role).toBe("docente");
  });

  it("has the draft on disk when saveDraft resolves, and sees a draft written by SQL elsewhere", async () => {
    const { person } = await app.services.sessions.turn(sender);
    await app.services.sessions.saveDraft(person.id, draft("consent"));
    expect(await loadDraft(db.prisma, person.id, "onboarding")).toMatchObject({ stepKey: "consent" });
    expect(await app.services.sessions.loadDraft(person.id, "onboarding")).toMatchObject({ stepKey: "consent" });
    await db.prisma.$executeRaw`UPDATE "ConversationDraft" SET "stepKey" = 'role' WHERE "personId" = ${person.id}`;
    expect(await app.services.sessions.loadDraft(person.id, "onboarding")).toMatchObject({ stepKey: "role" });
  });

  it("sees the flow and draft written by another app on the same database", async () => {
    const other = await createTestApp(db);
    try {
      const { person } = await app.services.sessions.turn(sender);
      expect(await app.services.sessions.loadDraft(person.id, "onboarding")).toBeNull();
      await other.services.sessions.saveDraft(person.id, draft("ugel"));
      await other.services.sessions.saveFlow(person.id, "form:onboarding", null);
      expect(await app.services.sessions.loadDraft(person.id, "onboarding")).toMatchObject({ stepKey: "ugel" });
      expect((await app.services.sessions.turn(sender)).flow).toBe("form:onboarding");
    } finally {
      await release(other);
    }
  });

  it("refuses an update id handled before a restart", async () => {
    const before = await createTestApp(db);
    expect(await before.services.sessions.firstDelivery("telegram", "777")).toBe(true);
    expect(await before.services.sessions.firstDelivery("telegram", "777")).toBe(false);
    await release(before); // written, as at shutdown
    const restarted = await createTestApp(db);
    try {
      expect(await restarted.services.sessions.firstDelivery("telegram", "777")).toBe(false);
      expect(await restarted.services.sessions.firstDelivery("telegram", "778")).toBe(true);
    } finally {
      await release(restarted);
    }
  });

  it("reads a category renamed by a specialist at the next question", async () => {
    const [category] = await topCategories(app.services.db, "buena_practica", 2026, "pedagogica");
    expect(category).toBeDefined();
    await db.prisma.registrationCategory.update({ where: { id: category!.id }, data: { name: "Nombre nuevo" } });
    const again = await topCategories(app.services.db, "buena_practica", 2026, "pedagogica");
    expect(again.find((row) => row.id === category!.id)?.name).toBe("Nombre nuevo");
  });
});
