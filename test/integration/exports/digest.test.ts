// The specialists' weekly digest: queued once per specialist per week across restarts, replicas and a missed
// Monday; nothing for someone who turned it off (or for teachers); a UGEL specialist's digest only tells their
// UGEL's registrations, the DRE's the region's.
import { DateTime } from "luxon";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../../src/app.js";
import { DigestScheduler } from "../../../src/delivery/digest-scheduler.js";
import type { DeliveryPayload } from "../../../src/delivery/outbox.js";
import { parseQuietHours } from "../../../src/delivery/quiet-hours.js";
import { silentLogger } from "../../../src/logger.js";
import { createTestApp } from "../../helpers/app.js";
import { createTestDatabase, resetTestData, testDatabaseUrl, type TestDatabase } from "../../helpers/db.js";
import { Chat } from "../registrations/helpers.js";
import { seedExports } from "./seed.js";

let database: TestDatabase;
let app: App;
let clock = new Date("2026-03-08T12:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database, {}, () => clock);
});

afterAll(async () => {
  await app?.close();
});

beforeEach(async () => {
  await resetTestData(database);
  clock = new Date("2026-03-08T12:00:00Z");
});

function scheduler(): DigestScheduler {
  return new DigestScheduler({ db: app.services.db, i18n: app.services.i18n, logger: silentLogger, now: () => clock, day: 1, hour: 8, quietHours: parseQuietHours("21:00-07:00") });
}

async function digestsOf(personId: number): Promise<Array<{ key: string; text: string; notBefore: Date }>> {
  const rows = await app.services.db.delivery.findMany({ where: { personId, idempotencyKey: { startsWith: "digest:" } }, orderBy: { id: "asc" } });
  return rows.map((row) => ({ key: row.idempotencyKey, text: String((row.payload as unknown as DeliveryPayload).args?.text), notBefore: row.notBefore }));
}

describe(`weekly digest (${testDatabaseUrl() ? "PostgreSQL" : "PGlite"})`, () => {
  it("arrives once per week per specialist across restarts, a replica and a missed Monday, and only with their UGEL's rows", async () => {
    await seedExports(app);
    const pasco = await Chat.of(app, { role: "especialista_ugel", ugelId: "190001" });
    const oxapampa = await Chat.of(app, { role: "especialista_ugel", ugelId: "190003" });
    const dre = await Chat.of(app, { role: "especialista_dre", ugelId: "190000" });
    const optedOut = await Chat.of(app, { role: "especialista_ugel", ugelId: "190001" });
    const teacher = await Chat.of(app, { role: "docente", ugelId: "190001" });
    await app.services.db.person.update({ where: { id: optedOut.personId }, data: { digestMuted: true } });

    // Three weeks, hour by hour; a restart every day; the bot down all of Monday 16 March (08:00 Lima is 13:00 UTC).
    let running = scheduler();
    for (; clock < new Date("2026-03-27T00:00:00Z"); clock = new Date(clock.getTime() + 3_600_000)) {
      const lima = DateTime.fromJSDate(clock, { zone: "America/Lima" });
      if (lima.toISODate() === "2026-03-16") continue;
      if (lima.hour === 0) running = scheduler();
      await running.runDue();
      if (lima.toISODate() === "2026-03-23" && lima.hour === 8) await Promise.all([scheduler().runDue(), scheduler().runDue()]); // replicas
    }

    for (const specialist of [pasco, oxapampa, dre]) {
      expect((await digestsOf(specialist.personId)).map((digest) => digest.key)).toEqual([
        `digest:${specialist.personId}:2026-W11`,
        `digest:${specialist.personId}:2026-W12`, // caught up on Tuesday 17
        `digest:${specialist.personId}:2026-W13`,
      ]);
    }
    expect(await digestsOf(optedOut.personId)).toEqual([]);
    expect(await digestsOf(teacher.personId)).toEqual([]);
    const runs = await app.services.db.schedulerRun.findMany({ where: { job: "digest" }, orderBy: { runDate: "asc" } });
    expect(runs.map((run) => run.runDate.toISOString().slice(0, 10))).toEqual(["2026-03-09", "2026-03-16", "2026-03-23"]);

    const [pascoFirst] = await digestsOf(pasco.personId);
    expect(pascoFirst!.text).toContain("UGEL Pasco");
    expect(pascoFirst!.text).toContain("Registros nuevos de la semana: 3"); // the 2025 one was also sent on 5 March
    expect(pascoFirst!.text).toContain("PI-2026-0001");
    for (const other of ["PI-2026-0002", "BP-2026-0002"]) expect(pascoFirst!.text).not.toContain(other);
    const [oxapampaFirst] = await digestsOf(oxapampa.personId);
    expect(oxapampaFirst!.text).toContain("PI-2026-0002");
    expect(oxapampaFirst!.text).not.toContain("PI-2026-0001");
    const [dreFirst] = await digestsOf(dre.personId);
    expect(dreFirst!.text).toContain("toda la región");
    for (const code of ["PI-2026-0001", "PI-2026-0002"]) expect(dreFirst!.text).toContain(code);
    expect(dreFirst!.text).toContain("Revisiones pendientes (la más antigua primero): 5");
  });

  it("is turned off from its own button and on again with /resumen_semanal", async () => {
    const pasco = await Chat.of(app, { role: "especialista_ugel", ugelId: "190001" });
    clock = new Date("2026-03-09T14:00:00Z");
    await scheduler().runDue();
    const [digest] = await app.services.db.delivery.findMany({ where: { personId: pasco.personId } });
    const offButton = (digest!.payload as unknown as DeliveryPayload).buttons?.flat().find((button) => button.labelKey === "digest-button-off");
    await pasco.data(offButton!.data!);
    expect(pasco.text()).toContain("ya no recibirás el resumen semanal");

    clock = new Date("2026-03-16T14:00:00Z");
    await scheduler().runDue();
    expect(await digestsOf(pasco.personId)).toHaveLength(1);

    await pasco.say("/resumen_semanal");
    expect(pasco.text()).toContain("No recibes el resumen semanal");
    await pasco.press("Recibir el resumen semanal");
    expect(pasco.text()).toContain("cada lunes a las 08:00");
    clock = new Date("2026-03-23T14:00:00Z");
    await scheduler().runDue();
    expect(await digestsOf(pasco.personId)).toHaveLength(2);

    const teacher = await Chat.of(app, { role: "docente", ugelId: "190001" });
    await teacher.data("dig:off");
    expect(teacher.text()).toContain("no está disponible para tu rol");
  });
});
