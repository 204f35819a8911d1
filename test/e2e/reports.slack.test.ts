/**
 * The report in Slack: a UGEL specialist's App Home carries the summary of their UGEL with buttons, the charts
 * arrive in the DM as file uploads, `/pasco reporte` answers in the DM, and a teacher is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { startFakeSlack, type FakeSlack } from "../fakes/slack/index.js";
import { createTestApp } from "../helpers/app.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { buttonsIn, messageText, SlackPerson, startSlackChannel, textOf, type SlackHarness } from "../helpers/slack.js";
import { seedRegion } from "../integration/reports/seed.js";

let slack: FakeSlack;
let database: TestDatabase;
let app: App;
let channel: SlackHarness;
const now = new Date("2026-06-15T17:00:00Z");

const person = (userId: string) => new SlackPerson(slack, () => channel, userId);

beforeAll(async () => {
  slack = await startFakeSlack();
  database = await createTestDatabase();
  const { people } = await seedRegion(database.prisma);
  for (const [key, externalId, chatRef] of [
    ["e1", "T0PASCO:U0ESPE", "D0ESPE"],
    ["d1", "T0PASCO:U0DOC", "D0DOC"],
  ] as const) {
    await database.prisma.channelIdentity.create({ data: { personId: people[key] as number, channel: "slack", externalId, chatRef } });
  }
  app = await createTestApp(database, {}, () => now);
  channel = await startSlackChannel(app, slack);
}, 60_000);

afterAll(async () => {
  await channel?.stop();
  await app?.close();
  await slack?.close();
  await database?.close();
});

describe("/reporte in Slack", () => {
  it("puts the specialist's report in the App Home, and the charts a button away", async () => {
    const specialist = person("U0ESPE");
    const home = await specialist.openHome();
    const text = textOf(home.view["blocks"] as never);
    expect(text).toContain("📊 Reporte 2026 · UGEL Pasco");
    expect(text).toContain("Registros: 4 (2025: 1)");
    expect(text).not.toContain("Oxapampa");
    expect(buttonsIn(home.view["blocks"] as never).map((button) => button.text?.text)).toEqual(expect.arrayContaining(["📈 Gráficos", "🤝 ATA"]));
    const uploads = slack.uploadedFiles.length;
    const dm = await specialist.pressHome("📈 Gráficos");
    const files = slack.uploadedFiles.slice(uploads);
    expect(files.map((file) => file.filename)).toEqual([
      "reporte-2026-190001-registros-por-estado.png",
      "reporte-2026-190001-cobertura-ata.png",
      "reporte-2026-190001-registros-por-anio.png",
    ]);
    expect(files[0]?.bytes?.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(messageText(dm)).toContain("¿Qué más quieres ver?");
  });

  it("answers /pasco reporte in the DM, and refuses a teacher", async () => {
    const dm = await person("U0ESPE").command("/pasco", "reporte 2025");
    expect(messageText(dm)).toContain("Reporte 2025 · UGEL Pasco");
    const refused = await person("U0DOC").command("/pasco", "reporte");
    expect(messageText(refused)).toContain("no está disponible para tu rol");
    const home = await person("U0DOC").openHome();
    expect(textOf(home.view["blocks"] as never)).not.toContain("Reporte 2026");
  });
});
