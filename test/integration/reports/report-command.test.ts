/**
 * /reporte through the conversation, as the people who use it: a UGEL specialist reads their UGEL's figures
 * and charts, the DRE switches between the region and one UGEL, a teacher is refused, a forged button cannot
 * widen a UGEL specialist's scope, and a bad year gets a clear sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { App } from "../../../src/app.js";
import type { Reply, Sender } from "../../../src/core/types.js";
import { createTestApp } from "../../helpers/app.js";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.js";
import { seedRegion } from "./seed.js";

let database: TestDatabase;
let app: App;
const now = new Date("2026-06-15T17:00:00Z"); // 12:00 in Lima

beforeAll(async () => {
  database = await createTestDatabase();
  const { people } = await seedRegion(database.prisma);
  for (const [key, externalId] of [
    ["e1", "esp-pasco"],
    ["x1", "esp-dre"],
    ["d1", "docente-1"],
  ] as const) {
    await database.prisma.channelIdentity.create({ data: { personId: people[key] as number, channel: "console", externalId } });
  }
  app = await createTestApp(database, {}, () => now);
}, 60_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const sender = (externalId: string): Sender => ({ channel: "console", externalId });
const say = (who: string, command: string, args = "") => app.conversation.handle(sender(who), { type: "command", command, args });
const press = (who: string, data: string) => app.conversation.handle(sender(who), { type: "button", data });
const texts = (replies: Reply[]) => replies.flatMap((reply) => (reply.type === "text" ? [reply.text] : [])).join("\n");
const buttons = (replies: Reply[]) => replies.flatMap((reply) => (reply.type === "text" ? (reply.buttons ?? []).flat() : []));

describe("/reporte", () => {
  it("gives a UGEL specialist their UGEL's summary, with the year before and the moment of the figures", async () => {
    const replies = await say("esp-pasco", "reporte");
    const text = texts(replies);
    expect(text).toContain("Reporte 2026 · UGEL Pasco");
    expect(text).toContain("Cifras del lunes 15 de junio de 2026, 12:00 (hora de Lima)");
    expect(text).toContain("Registros: 4 (2025: 1)");
    expect(text).toContain("Inicio: 75% (3 de 4)");
    expect(text).toContain("Recordatorios: 2 enviados, 1 fallido · 1 mensaje no llegó (persona inalcanzable)");
    expect(text).not.toContain("Oxapampa");
    const data = buttons(replies).map((button) => button.data);
    expect(data).toContain("rep:r:2026:190001");
    expect(data).not.toContain("rep:s:2026:190003"); // no UGEL switch for a UGEL specialist
    // The exports feature answers exp: buttons, so the summary offers the UGEL's exports (and only the UGEL's).
    expect(data.filter((value) => value?.startsWith("exp:")).every((value) => value?.includes(":2026:190001"))).toBe(true);
    expect(data.some((value) => value?.startsWith("exp:reg:"))).toBe(true);
  });

  it("keeps a UGEL specialist in their UGEL whatever the button says", async () => {
    const text = texts(await press("esp-pasco", "rep:r:2026:190003"));
    expect(text).toContain("UGEL Pasco");
    expect(text).not.toContain("UGEL Oxapampa");
    expect(text).toContain("• Observada: 1 (2025: 0)");
  });

  it("shows the DRE the region per UGEL, and one UGEL on request", async () => {
    const region = texts(await press("esp-dre", "rep:r:2026:all"));
    expect(region).toContain("Registros 2026 · Región Pasco (todas las UGEL)");
    expect(region).toContain("• UGEL Oxapampa: 2 (2025: 1) · 1 II.EE.");
    expect(region).toContain("• Buenas prácticas · Pedagógica: 2");
    const oxapampa = texts(await press("esp-dre", "rep:s:2026:190003"));
    expect(oxapampa).toContain("Reporte 2026 · UGEL Oxapampa");
    expect(oxapampa).toContain("Registros: 2 (2025: 1)");
    const ata = texts(await press("esp-dre", "rep:a:2026:all"));
    expect(ata).toContain("• UGEL Pasco: 75%");
    expect(ata).toContain("dirigidos 6 · entregados 5 · confirmaron 3 · asistirán 2 · público en el bot 6");
    const people = texts(await press("esp-dre", "rep:p:2026:all"));
    expect(people).toContain("• Recordatorios enviados: 3 (2025: 1)");
    expect(people).toContain("• UGEL Pasco: 5 (3 docentes, 1 director(a))");
  });

  it("takes another year from the command", async () => {
    const text = texts(await say("esp-dre", "reporte", "2025"));
    expect(text).toContain("Reporte 2025");
    expect(text).toContain("Registros: 2");
    expect(text).toContain("No hay cifras de 2024 para comparar.");
  });

  it("answers a bad year with a sentence, not a report", async () => {
    const text = texts(await say("esp-dre", "reporte", "el año pasado"));
    expect(text).toContain("No entendí «el año pasado» como año");
  });

  it("refuses teachers politely", async () => {
    expect(texts(await say("docente-1", "reporte"))).toContain("no está disponible para tu rol");
    expect(texts(await press("docente-1", "rep:s:2026:all"))).toContain("no está disponible para tu rol");
  });

  it("draws the charts as PNG files, 1080 px wide, with a reading in the caption", async () => {
    const replies = await press("esp-dre", "rep:c:2026:all");
    const files = replies.filter((reply): reply is Extract<Reply, { type: "file" }> => reply.type === "file");
    expect(files.map((file) => file.fileName)).toEqual([
      "reporte-2026-region-registros-por-estado.png",
      "reporte-2026-region-cobertura-ata.png",
      "reporte-2026-region-registros-por-anio.png",
    ]);
    for (const file of files) {
      expect(file.mimeType).toBe("image/png");
      expect(Buffer.from(file.content.subarray(1, 4)).toString("ascii")).toBe("PNG");
      expect(Buffer.from(file.content).readUInt32BE(16)).toBe(1080); // IHDR width
    }
    expect(files[0]?.caption).toContain("UGEL Pasco tiene más registros (4); 1 observado en la región.");
    expect(files[1]?.caption).toContain("Mayor cobertura: UGEL Oxapampa en inicio (100%); menor: UGEL Oxapampa en proceso (0%).");
    expect(files[2]?.caption).toContain("2026: 6 registros; 2025: 2 (+4).");
    const dir = process.env.REPORT_PNG_DIR;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      for (const file of files) writeFileSync(join(dir, file.fileName), file.content);
      const ugel = await press("esp-pasco", "rep:c:2026:all");
      for (const file of ugel) if (file.type === "file") writeFileSync(join(dir, file.fileName), file.content);
    }
  });
});
