/**
 * An innovation project registered through the console channel of the real program (`src/main.ts` in its own
 * process, embedded database in a folder): a teacher onboards and walks the CNPIE form answering wrongly first
 * at every validated step; the process is killed (SIGKILL) in the middle; started again, /registrar offers to
 * continue at the very same step with every answer kept; she changes one field from the summary and sends.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/app.js";
import { databaseOptions, loadConfig } from "../../src/config.js";
import { openDatabase } from "../../src/db/client.js";
import { createTestDatabase, testDatabaseUrl, testLogger, type TestDatabase } from "../helpers/db.js";

let dataDir: string;
let scratch: TestDatabase | undefined;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "pasco-console-"));
  scratch = testDatabaseUrl() ? await createTestDatabase() : undefined;
});

afterAll(async () => {
  await scratch?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function databaseUrl(): string {
  if (!scratch) return "";
  const url = new URL(testDatabaseUrl() as string);
  url.pathname = `/${scratch.name}`;
  return url.toString();
}

/** The program, with piped standard input: each line written is one message. */
class ConsoleProgram {
  private output = "";
  private readonly child: ChildProcessWithoutNullStreams;
  readonly exited: Promise<number | null>;

  constructor() {
    this.child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: PROJECT_ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? tmpdir(),
        NODE_ENV: "test",
        DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl(),
        CONSOLE_USER: "maria",
        TELEGRAM_BOT_TOKEN: "",
        SLACK_BOT_TOKEN: "",
        DISPATCHER_ENABLED: "false",
      },
    });
    this.child.stdout.setEncoding("utf8");
    this.child.stdout.on("data", (chunk: string) => (this.output += chunk));
    this.child.stderr.on("data", () => undefined);
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
  }

  write(lines: string[]): void {
    this.child.stdin.write(`${lines.join("\n")}\n`);
  }

  /** Waits until the output contains `text` (after `from`), or fails with what was printed. */
  async waitFor(text: string, from = 0, timeoutMs = 60_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while (!this.output.slice(from).includes(text)) {
      if (Date.now() > deadline) throw new Error(`the console never printed «${text}»; it printed:\n${this.output.slice(-3000)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return this.output;
  }

  get printed(): string {
    return this.output;
  }

  kill(): void {
    this.child.kill("SIGKILL");
  }

  end(): void {
    this.child.stdin.end();
  }
}

const ONBOARDING = ["/start", "1", "1", "1", "1", "0403691", "IE N.° 34001 Daniel Alcides Carrión", "3", "6", "8"];

/** What comes right after the given line was echoed, up to the next echoed line. */
function answerTo(output: string, line: string, occurrence = 1): string {
  let index = -1;
  for (let count = 0; count < occurrence; count++) index = output.indexOf(`> ${line}\n`, index + 1);
  if (index < 0) return "";
  const next = output.indexOf("\n> ", index + 2);
  return output.slice(index, next < 0 ? undefined : next);
}

describe("registering an innovation project through the console", () => {
  it("refuses wrong answers, survives a kill, resumes at the same step, and sends", async () => {
    const first = new ConsoleProgram();
    first.write(ONBOARDING);
    await first.waitFor("Quedaste registrado(a) como docente");

    const base = "El problema central es la desnutrición infantil. ".repeat(62).slice(0, 2990).trimEnd();
    const tooLong = `${base} ${"x".repeat(3000 - base.length)}`; // 3,001 characters, nothing to trim
    first.write([
      "/registrar",
      "2", // Proyecto de innovación
      "2019", // not an open call
      "1",
      "Robótica educativa", // a category that does not exist
      "1", // Consolidado
      "Corto",
      "Biohuertos escolares para una alimentación saludable",
      "1", // the school of the profile
      "2", // rural
      "1", // EBR
      "2", // primaria
      "2", // polidocente multigrado
      "4021876", // 7 digits
      "402187651", // 9 digits
      "4021876A", // a letter
      "40218765",
      "Juan Carlos",
      "Ramos Ticse",
      "juan@",
      "director.ie34001@gmail.com",
      "12345",
      "987654321",
      "Ana María",
      "Torres Poma",
      "40218765", // the director's DNI again
      "41234567",
      "2", // Omitir celular
      "2", // Omitir correo
      "3", // Listo
      "4", // ciclo IV
      "5", // ciclo V
      "8", // Listo
      "veinte",
      "25",
      "30",
      tooLong,
      "Los estudiantes llegan sin desayuno y con anemia; faltan huertos y hábitos de alimentación saludable.",
      "1", // Listo
      "Mejorar la alimentación de 55 estudiantes con biohuertos escolares.",
      "1", // Listo
    ]);
    const output = await first.waitFor("Estrategia: ¿cómo se implementa el proyecto");
    first.kill(); // no clean shutdown: the answers must already be in the database
    await first.exited;

    expect(answerTo(output, "2019")).toContain("Esa opción no está en la lista");
    expect(answerTo(output, "Robótica educativa")).toContain("Esa opción no está en la lista");
    expect(answerTo(output, "Corto")).toContain("El nombre debe tener de 10 a 200 caracteres");
    expect(answerTo(output, "4021876")).toContain("el que escribiste tiene 7");
    expect(answerTo(output, "402187651")).toContain("el que escribiste tiene 9");
    expect(answerTo(output, "4021876A")).toContain("El DNI lleva solo números");
    expect(answerTo(output, "juan@")).toContain("Ese correo no parece válido");
    expect(answerTo(output, "12345")).toContain("El celular tiene 9 dígitos");
    expect(answerTo(output, "40218765", 2)).toContain("El DNI 40218765 ya está registrado en este formulario");
    expect(answerTo(output, "veinte")).toContain("Escribe la cantidad de estudiantes con números");
    expect(answerTo(output, tooLong)).toContain("serían 3,001 caracteres y el máximo es 3,000");

    const second = new ConsoleProgram();
    second.write(["/registrar", "2"]);
    await second.waitFor("Tienes un registro de proyecto de innovación a medio llenar");
    const resumedAt = second.printed.length;
    second.write(["1"]); // Continuar
    await second.waitFor("Estrategia: ¿cómo se implementa el proyecto", resumedAt);

    second.write([
      "Biohuertos en cada aula, con las familias, y sesiones de alimentación saludable cada semana.",
      "1", // Listo
      "1", // years running: Consolidado needs 2
      "3",
      "!programa.exe 2048",
      "!plan-del-proyecto.pdf 20480",
      "1", // Listo
      "1", // Sí, lo declaro
    ]);
    let printed = await second.waitFor("Revisa tu registro de proyecto de innovación", resumedAt);
    expect(answerTo(printed, "1", 3)).toContain("La categoría «Consolidado» pide al menos 2 años de implementación y registraste 1");
    expect(answerTo(printed, "!programa.exe 2048")).toContain("«programa.exe» no es de un formato aceptado");
    const summary = printed.slice(printed.lastIndexOf("Revisa tu registro de proyecto de innovación"));
    for (const kept of [
      "Convocatoria: 2026",
      "Categoría: Consolidado",
      "Título del proyecto: Biohuertos escolares para una alimentación saludable",
      "Institución educativa: IE N.° 34001 Daniel Alcides Carrión (0403691)",
      "Área: Rural",
      "DNI del director(a): 40218765",
      "Docentes: Ana María · Torres Poma · 41234567",
      "Ciclos: Ciclo IV (3.° y 4.° de primaria), Ciclo V (5.° y 6.° de primaria)",
      "Estudiantes del ciclo IV: 25",
      "Estudiantes del ciclo V: 30",
      "Años de implementación: 3",
      "Anexos: plan-del-proyecto.pdf",
    ]) {
      expect(summary).toContain(kept);
    }

    // Change one field from the summary: the area is the 5th field.
    const beforeEdit = second.printed.length;
    second.write(["5", "1"]);
    printed = await second.waitFor("Área: Urbana", beforeEdit);
    const options = printed.slice(printed.lastIndexOf("Revisa tu registro"));
    const send = /\[(\d+)\] 📨 Enviar/.exec(options)?.[1];
    expect(send).toBeDefined();
    second.write([send as string, "/mis_registros"]);
    printed = await second.waitFor("PI-2026-0001 · Enviada", beforeEdit);
    expect(printed).toContain("¡Registro enviado! Tu código es PI-2026-0001");
    second.end();
    expect(await second.exited).toBe(0);

    const database = scratch ?? (await openDatabase({ dataDir: databaseOptions(loadConfig({ DATA_DIR: dataDir })).dataDir, logger: testLogger }));
    try {
      const registration = await database.prisma.registration.findFirstOrThrow({ include: { members: { orderBy: { sortOrder: "asc" } }, attachments: true } });
      expect(registration).toMatchObject({ code: "PI-2026-0001", kind: "proyecto_innovacion", status: "enviada", ugelId: "190001" });
      expect(registration.members.map((member) => [member.memberRole, member.dni])).toEqual([
        ["director_responsable", "40218765"],
        ["docente", "41234567"],
      ]);
      expect(registration.attachments.map((file) => [file.fileName, file.channel])).toEqual([["plan-del-proyecto.pdf", "console"]]);
      expect(registration.answers).toMatchObject({ area: "urbana", yearsRunning: 3, studentsIV: 25, studentsV: 30, ciclos: ["IV", "V"] });
    } finally {
      if (!scratch) await database.close();
    }
  }, 240_000);
});
