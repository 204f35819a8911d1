/**
 * A UGEL specialist on Telegram (through the fake Bot API) downloads the year's registrations with /exportar
 * and a registration's «Descargar ficha»: the XLSX that arrives is read back (only her UGEL, team on its own
 * sheet), the PDF is a PDF. A forged export button naming another UGEL still gives her own UGEL only.
 * With EXPORTS_E2E_OUT=<folder> the files are also written there, to be opened and looked at.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInvite } from "../../src/domain/invites.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import type { BotMessage } from "../fakes/telegram/types.js";
import { RestartableTelegramBot, TelegramPerson, texts } from "../helpers/telegram.js";
import { seedExports } from "../integration/exports/seed.js";

let fake: FakeTelegram;
let bot: RestartableTelegramBot;

beforeAll(async () => {
  fake = await startFakeTelegram();
  bot = new RestartableTelegramBot(fake);
  await bot.start();
});

afterAll(async () => {
  await bot?.close();
  await fake?.close();
});

function keep(name: string, bytes: Buffer): void {
  const dir = process.env.EXPORTS_E2E_OUT;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), bytes);
}

async function sheetRows(message: BotMessage, name: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(message.file!.bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.getWorksheet(name)?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? "" : String(value)))));
  return rows;
}

describe("exports through Telegram", () => {
  const carmen = () => new TelegramPerson(fake, () => bot.channel, { id: 5101, firstName: "Carmen", languageCode: "es" });

  it("sends the registrations workbook of her UGEL and a registration's ficha as a PDF", async () => {
    await seedExports(bot.app);
    const specialist = carmen();
    const { code } = await createInvite(bot.app.services.db, { role: "especialista_ugel", ugelId: "190001", createdByLabel: "server", ttlHours: 1, now: new Date() });
    await specialist.say("/start");
    await specialist.press("Español");
    await specialist.press("Acepto");
    await specialist.press("código de invitación");
    await specialist.say(code);
    await specialist.press("Enviar");

    let replies = await specialist.say("/exportar 2026");
    expect(texts(replies)).toContain("Exportar 2026 · UGEL Pasco");
    replies = await specialist.press("Registros (XLSX)");
    const workbook = replies.find((message) => message.kind === "document");
    expect(workbook?.file?.fileName).toBe("registros-2026-190001.xlsx");
    expect(workbook?.text).toContain("2 filas");
    expect(texts(replies)).toContain("Listo: 2 filas en un archivo");
    keep("registros.xlsx", workbook!.file!.bytes);
    const main = await sheetRows(workbook!, "Registros");
    expect(main.slice(1).map((row) => row[0]).sort()).toEqual(["BP-2026-0001", "PI-2026-0001"]);
    const team = await sheetRows(workbook!, "Equipo");
    expect(team.slice(1).map((row) => row[3]).sort()).toEqual(["41000001", "41000002", "41000003", "41000004"]);

    const seen = fake.messagesTo(specialist.user.id).length;
    const forged = fake.pressButton(specialist.user, specialist.last().messageId, "exp:ata:2026:190003", { force: true });
    await bot.channel.handled(forged.update_id);
    const ata = fake.messagesTo(specialist.user.id).slice(seen);
    expect(texts(ata)).toContain("No hay entregas ATA de 2026 en UGEL Pasco"); // her UGEL, not the one named

    await specialist.say("/registros");
    await specialist.press("PI-2026-0001");
    replies = await specialist.press("Descargar ficha");
    const pdf = replies.find((message) => message.kind === "document");
    expect(pdf?.file?.fileName).toBe("ficha-PI-2026-0001.pdf");
    expect(pdf!.file!.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    keep("ficha.pdf", pdf!.file!.bytes);
  });
});
