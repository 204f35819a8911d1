// /ata_estado reads the same status in the list and in the detail, and says «en espera» (with the hour it
// will go) while deliveries wait for the quiet hours, instead of «enviándose».
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../../src/app.js";
import { createTestApp } from "../../helpers/app.js";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.js";
import { Chat } from "../registrations/helpers.js";

let database: TestDatabase;
let app: App;
let clock = new Date("2026-12-03T04:00:00Z"); // 23:00 in Lima: quiet hours (21:00-07:00)

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database, { QUIET_HOURS: "21:00-07:00" }, () => clock);
});

afterAll(async () => {
  await app?.close();
});

describe("/ata_estado", () => {
  it("says «en espera» until the quiet hours end, the same in the list and the detail", async () => {
    const specialist = await Chat.of(app, { role: "especialista_ugel", ugelId: "190001" });
    const teacher = await Chat.of(app, { role: "docente", ugelId: "190001" });
    const db = app.services.db;
    const announcement = await db.ataAnnouncement.create({
      data: {
        milestone: "inicio",
        title: "Asistencia técnica sobre la planificación curricular del año escolar 2027 en Pasco",
        body: "Los esperamos.",
        authorId: specialist.personId,
        audienceUgels: ["190001"],
        audienceRoles: ["docente"],
        audienceLevels: [],
        status: "enviando",
      },
    });
    await db.delivery.create({ data: { idempotencyKey: "ata:test:1", kind: "ata", personId: teacher.personId, payload: {}, announcementId: announcement.id } });

    const list = await specialist.say("/ata_estado");
    const label = specialist.buttons()[0]?.label ?? "";
    expect(label).toContain("(en espera)");
    expect(label).toContain("Asistencia técnica sobre la…"); // cut at a word, with «…»
    expect(list).not.toContain("enviándose");
    const detail = await specialist.data(`ata:s:${announcement.id}`);
    expect(detail).toContain("(en espera)");
    expect(detail).toContain("se enviará desde las 07:00");

    clock = new Date("2026-12-03T14:00:00Z"); // 09:00 in Lima
    await specialist.say("/ata_estado");
    expect(specialist.buttons()[0]?.label).toContain("(enviándose)");
    expect(await specialist.data(`ata:s:${announcement.id}`)).toContain("(enviándose)");
  });
});
