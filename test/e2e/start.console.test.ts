// `npm start` as a person runs it: scripts/start.mjs builds src/ (esbuild, into node_modules/.cache) and runs
// the build. A piped onboarding in Spanish on a new data folder, then a second start that finds the profile.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/app.js";

const dataDir = mkdtempSync(join(tmpdir(), "pasco-start-"));

function npmStart(input: string) {
  const { scripts } = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: { start: string } };
  const [, ...args] = scripts.start.trim().split(/\s+/); // "node …": the same arguments, this Node
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, TELEGRAM_BOT_TOKEN: "", SLACK_BOT_TOKEN: "", DATABASE_URL: "" };
  return spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, input, env, encoding: "utf8", timeout: 120_000 });
}

describe("npm start (console, built sources)", () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("holds a whole onboarding from piped lines, exits cleanly, and a second start finds the profile", () => {
    const first = npmStart("/start\n1\n1\n1\n1\n0403691\nIE 34001 Daniel Alcides Carrión\n2\n3\n6\n8\n");
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain("Paso 1 de 8");
    expect(first.stdout).toContain("Quedaste registrado(a) como docente");

    const second = npmStart("/perfil\n");
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain("IE 34001 Daniel Alcides Carrión (0403691)");
    expect(second.stdout).toContain("UGEL Pasco");
  }, 240_000);
});
