// The console keeps the numbered options of its last reply in a file, so "2" typed after a restart still
// presses the second button. With DATABASE_URL nothing creates the data folder beforehand.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { ConsoleChannel } from "../../../src/channels/console/console-channel.js";
import type { Input, Reply } from "../../../src/core/types.js";

const root = mkdtempSync(join(tmpdir(), "pasco-console-state-"));

describe("console options kept across starts", () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("creates the data folder for them, and a number after a restart presses the saved button", async () => {
    const stateFile = join(root, "data", "console-state-consola.json");
    const warnings: string[] = [];
    const logger = pino({ level: "warn" }, { write: (line: string) => warnings.push(line) });
    const pressed: Input[] = [];
    const handle = async (_sender: unknown, input: Input): Promise<Reply[]> => {
      pressed.push(input);
      return [{ type: "text", text: "¿Cuál es tu rol?", buttons: [[{ label: "Docente", data: "rol:docente" }], [{ label: "Director(a)", data: "rol:director" }]] }];
    };
    const session = async (line: string) => {
      const input = new PassThrough();
      const channel = new ConsoleChannel({ user: "consola", handle, input, output: new PassThrough(), filesDir: join(root, "data", "files"), stateFile, logger });
      const running = channel.run();
      input.end(`${line}\n`);
      await running;
    };

    await session("hola");
    expect(existsSync(stateFile)).toBe(true);
    expect(JSON.parse(readFileSync(stateFile, "utf8")).options).toHaveLength(2);
    await session("2");
    expect(pressed.at(-1)).toMatchObject({ data: "rol:director" });
    expect(warnings).toEqual([]);
  });
});
