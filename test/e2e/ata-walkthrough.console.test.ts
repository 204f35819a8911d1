/**
 * The README's walk-through in the console: a UGEL specialist (invite redeemed at /start) sends an ATA
 * announcement to directors; the director's console, a separate session with another CONSOLE_USER on the same
 * data, prints it at its start and «Recibido» is pressed by typing its number; the specialist's /ata_estado then
 * counts it. Quiet hours hold a console delivery until they end.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { openConsoleSession } from "../../src/channels/console/session.js";
import { loadConfig } from "../../src/config.js";
import { createInvite } from "../../src/domain/invites.js";
import { silentLogger } from "../../src/logger.js";
import { createTestApp } from "../helpers/app.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

let db: TestDatabase;
let app: App;
let dir: string;
let clock = new Date("2026-12-02T15:00:00Z"); // 10:00 in Lima
const NO_QUIET = { QUIET_HOURS: "00:00-00:00" };

/** One `npm start` of the console as `user`: pipes the lines in, returns everything printed. */
async function session(user: string, lines: string[], env: Record<string, string> = NO_QUIET): Promise<string> {
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dir, CONSOLE_USER: user, OUTBOX_RETRY_BASE_MS: "50", ...env });
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  const console = await openConsoleSession({ config, app, logger: silentLogger, input, output });
  input.end(lines.length > 0 ? `${lines.join("\n")}\n` : "");
  await console.run();
  return printed;
}

/** The text printed after the line "> typed" (up to the next typed line). */
function answerTo(printed: string, typed: string): string {
  const start = printed.lastIndexOf(`> ${typed}\n`);
  if (start < 0) throw new Error(`"${typed}" was not typed in:\n${printed}`);
  const rest = printed.slice(start + typed.length + 3);
  const next = rest.search(/^> /m);
  return next < 0 ? rest : rest.slice(0, next);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pasco-console-ata-"));
  db = await createTestDatabase();
  app = await createTestApp(db, NO_QUIET, () => clock);
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the specialist → director walk-through in the console", () => {
  it("delivers the announcement to the director's console, and «Recibido» is counted in /ata_estado", async () => {
    const { code } = await createInvite(db.prisma, { role: "especialista_ugel", ugelId: "190001", createdByLabel: "server", ttlHours: 72, now: clock });

    // The specialist redeems the invite at /start: language, consent, «Tengo un código», the code, Enviar.
    let printed = await session("especialista", ["/start", "1", "1", "3", code, "5"]);
    expect(answerTo(printed, "5")).toContain("especialista de UGEL");

    // A director of UGEL Pasco, in their own console.
    printed = await session("directora", ["/start", "1", "1", "2", "1", "0403691", "IE 34001 Daniel Alcides Carrión", "3", "6", "8"]);
    expect(answerTo(printed, "8")).toContain("director(a)");

    // The announcement: milestone, title, message, Listo, no session, directors (a tick printed again), Listo,
    // all levels, any school, send when confirmed, Enviar, then «Confirmar y enviar» on the preview.
    printed = await session("especialista", ["/ata", "1", "Reunión de directores <UGEL> & aliados", "Les convocamos a la reunión de inicio del año escolar.", "1", "2", "2", "4", "8", "2", "1", "9", "1"]);
    expect(answerTo(printed, "9")).toContain("consola 1");
    expect(printed).toContain("↻ (actualizado)");
    expect(printed).toContain("☑ Directores y directoras");
    expect(answerTo(printed, "1")).toContain("Anuncio confirmado para 1 persona");
    // Nothing of the director's reached the specialist's console: only the preview showed the message.
    expect(printed.match(/📣 Asistencia Técnica Articulada/g)).toHaveLength(1);
    expect(await db.prisma.delivery.findMany({ where: { kind: "ata" }, select: { status: true } })).toEqual([{ status: "pending" }]);

    // The director's console prints it before reading anything, and "1" presses «Recibido».
    printed = await session("directora", ["1"]);
    const [delivered = ""] = printed.split(/^> /m);
    expect(delivered).toContain("📣 Asistencia Técnica Articulada");
    expect(delivered).toContain("Reunión de directores <UGEL> & aliados");
    expect(delivered).toMatch(/\[1\] ✅ Recibido/);
    expect(answerTo(printed, "1")).toContain("Registramos que recibiste «Reunión de directores <UGEL> & aliados»");

    // Once pressed, the old numbers no longer press it again.
    printed = await session("directora", ["1"]);
    expect(answerTo(printed, "1")).not.toContain("Registramos que recibiste");
    expect(printed).not.toContain("📣");

    const status = await session("especialista", ["/ata_estado", "1"]);
    expect(answerTo(status, "1")).toMatch(/Total: .*enviados 1 .*confirmaron 1/);
    const acks = await db.prisma.ataAcknowledgement.findMany();
    expect(acks).toHaveLength(1);
    expect(acks[0]?.receivedAt).not.toBeNull();
  }, 120_000);

  it("holds a console delivery during quiet hours, and prints it at the first session after they end", async () => {
    const specialist = await db.prisma.person.findFirstOrThrow({ where: { role: "especialista_ugel" } });
    expect(specialist).toBeTruthy();
    clock = new Date("2026-12-03T03:30:00Z"); // 22:30 in Lima
    const quiet = { QUIET_HOURS: "21:00-07:00" };
    await session("especialista", ["/ata", "2", "Segunda convocatoria nocturna", "Un aviso escrito de noche.", "1", "2", "2", "4", "8", "2", "1", "9", "1"], quiet);

    let printed = await session("directora", [], quiet);
    expect(printed).not.toContain("Segunda convocatoria nocturna");
    const held = await db.prisma.delivery.findMany({ where: { status: "pending", kind: "ata" } });
    expect(held).toHaveLength(1);

    clock = new Date("2026-12-03T12:30:00Z"); // 07:30 in Lima
    printed = await session("directora", [], quiet);
    expect(printed).toContain("Segunda convocatoria nocturna");
    expect(await db.prisma.delivery.count({ where: { status: "pending", kind: "ata" } })).toBe(0);
  }, 120_000);
});
