/**
 * /reporte through the real Telegram channel and the fake Bot API, read as a specialist would: the summary of
 * their UGEL, the sections behind the buttons, the charts arriving as photos with a caption that says what
 * they show, and a teacher refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { createTestApp } from "../helpers/app.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { startTelegramChannel, TelegramPerson, texts, type TelegramHarness } from "../helpers/telegram.js";
import { seedRegion } from "../integration/reports/seed.js";

let fake: FakeTelegram;
let database: TestDatabase;
let app: App;
let channel: TelegramHarness;
const now = new Date("2026-06-15T17:00:00Z"); // 12:00 in Lima

const person = (id: number) => new TelegramPerson(fake, () => channel, { id, firstName: `P${id}`, languageCode: "es" });

beforeAll(async () => {
  fake = await startFakeTelegram();
  database = await createTestDatabase();
  const { people } = await seedRegion(database.prisma);
  for (const [key, externalId] of [
    ["e1", "700"],
    ["x1", "701"],
    ["d1", "702"],
  ] as const) {
    await database.prisma.channelIdentity.create({ data: { personId: people[key] as number, channel: "telegram", externalId, chatRef: externalId } });
  }
  app = await createTestApp(database, {}, () => now);
  channel = await startTelegramChannel(app, fake);
}, 60_000);

afterAll(async () => {
  await channel?.stop();
  await app?.close();
  await fake?.close();
  await database?.close();
});

describe("/reporte on Telegram", () => {
  it("shows a UGEL specialist their UGEL's summary with section buttons", async () => {
    const specialist = person(700);
    const replies = await specialist.say("/reporte");
    expect(replies).toHaveLength(1);
    const summary = replies[0];
    expect(summary?.text).toContain("📊 Reporte 2026 · UGEL Pasco");
    expect(summary?.text).toContain("Registros: 4 (2025: 1)");
    expect(summary?.text).toContain("Inicio: 75% (3 de 4)");
    expect(summary?.text?.length).toBeLessThan(1200); // one phone screen or so
    const labels = summary?.inlineKeyboard.flat().map((button) => button.text) ?? [];
    expect(labels).toEqual(expect.arrayContaining(["📝 Registros", "🤝 ATA", "👥 Personas y mensajes", "📈 Gráficos"]));
    expect(labels).not.toContain("Región");

    const registrations = await specialist.press("Registros");
    expect(texts(registrations)).toContain("• Observada: 1 (2025: 0)");
    expect(texts(registrations)).not.toContain("Oxapampa");
  });

  it("sends the charts as photos with a reading in the caption", async () => {
    const dre = person(701);
    await dre.say("/reporte");
    const replies = await dre.press("Gráficos");
    const photos = replies.filter((message) => message.kind === "photo");
    expect(photos).toHaveLength(3);
    expect(photos[0]?.text).toContain("Registros 2026 por UGEL y estado");
    expect(photos[0]?.text).toContain("UGEL Pasco tiene más registros (4)");
    expect(photos[1]?.text).toContain("Cobertura ATA 2026 por hito y UGEL");
    expect(photos[2]?.text).toContain("2026: 6 registros; 2025: 2 (+4).");
    for (const photo of photos) {
      expect(photo.file?.source).toBe("upload");
      expect(photo.file?.bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
    }
    expect(replies.at(-1)?.inlineKeyboard.flat().map((button) => button.text)).toContain("📊 Resumen");
  });

  it("lets the DRE pick one UGEL and another year", async () => {
    const dre = person(701);
    await dre.say("/reporte");
    const oxapampa = await dre.press("Oxapampa");
    expect(texts(oxapampa)).toContain("Reporte 2026 · UGEL Oxapampa");
    const before = await dre.press("2025");
    expect(texts(before)).toContain("Reporte 2025 · UGEL Oxapampa");
    expect(texts(before)).toContain("Registros: 1");
  });

  it("refuses a teacher", async () => {
    const teacher = person(702);
    expect(texts(await teacher.say("/reporte"))).toContain("no está disponible para tu rol");
  });
});
