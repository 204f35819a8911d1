/**
 * A DRE specialist on Slack (through the fake Web API) exports one UGEL's registrations: the workbook is
 * uploaded to her DM (files.uploadV2 from the file on disk) and reads back with that UGEL's rows only.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import type { Database } from "../../src/db/client.js";
import { startFakeSlack, type FakeSlack } from "../fakes/slack/index.js";
import { createTestApp } from "../helpers/app.js";
import { createTestDatabase } from "../helpers/db.js";
import { messageText, SlackPerson, startSlackChannel, type SlackHarness } from "../helpers/slack.js";
import { seedExports } from "../integration/exports/seed.js";

let slack: FakeSlack;
let database: Database;
let app: App;
let harness: SlackHarness;

beforeAll(async () => {
  slack = await startFakeSlack();
  database = await createTestDatabase();
  app = await createTestApp(database, {}, () => new Date("2026-06-10T15:00:00Z"));
  harness = await startSlackChannel(app, slack);
  await seedExports(app);
  await app.services.db.person.create({
    data: { onboardedAt: new Date(), consentAt: new Date(), ugelId: "190000", role: "especialista_dre", identities: { create: { channel: "slack", externalId: "T0PASCO:U0DRE", chatRef: "D0DRE" } } },
  });
});

afterAll(async () => {
  await harness?.stop();
  await app?.close();
  await slack?.close();
});

describe("exports through Slack", () => {
  it("uploads the workbook of the UGEL the DRE chose", async () => {
    const dre = new SlackPerson(slack, () => harness, "U0DRE");
    const menu = await dre.command("/exportar", "2026");
    expect(messageText(menu)).toContain("Exportar 2026 · toda la región");
    const done = await dre.press("📋 Oxapampa");
    expect(messageText(done)).toContain("Listo: 2 filas en un archivo");
    const file = slack.uploadedFiles.find((candidate) => candidate.filename === "registros-2026-190003.xlsx");
    expect(file?.completed).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file!.bytes as unknown as ArrayBuffer);
    const codes: string[] = [];
    workbook.getWorksheet("Registros")?.eachRow((row, index) => index > 1 && codes.push(String(row.getCell(1).value)));
    expect(codes.sort()).toEqual(["BP-2026-0002", "PI-2026-0002"]);
  });
});
