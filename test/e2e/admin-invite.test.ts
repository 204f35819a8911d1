/**
 * `npm run admin -- invite` as an operator runs it on the server: the code, and the t.me link that opens the bot
 * with it. The bot's username comes from TELEGRAM_BOT_USERNAME or, when that is empty, from Telegram itself
 * (getMe, here the fake Bot API); with no answer the code is still printed, with a hint instead of the link.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/app.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";

const run = promisify(execFile);
let fake: FakeTelegram;
let dataDir: string;

beforeAll(async () => {
  fake = await startFakeTelegram();
  dataDir = mkdtempSync(join(tmpdir(), "pasco-admin-"));
});

afterAll(async () => {
  await fake?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The script's output and exit code (execFile's error carries both when the code is not 0). */
async function admin(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "scripts", "admin.ts"), ...args], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH ?? "", DATA_DIR: dataDir, ...env },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

const codeIn = (stdout: string) => /: ([A-Z0-9]{4}(?:-[A-Z0-9]{4})+)\n/.exec(stdout)?.[1];

describe("npm run admin -- invite", () => {
  it("asks Telegram for the bot's username when none is configured, and prints the link with the code in it", async () => {
    const result = await admin({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot }, "invite", "--role", "especialista_ugel", "--ugel", "190003");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Invite code for especialista_ugel (UGEL 190003)");
    const code = codeIn(result.stdout);
    expect(code).toBeDefined();
    expect(result.stdout).toContain(`https://t.me/pasco_educa_test_bot?start=inv_${code?.replaceAll("-", "")}`);
    expect(fake.callsTo("getMe").length).toBeGreaterThan(0);
  }, 150_000);

  it("uses TELEGRAM_BOT_USERNAME without asking", async () => {
    const before = fake.callsTo("getMe").length;
    const result = await admin({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, TELEGRAM_BOT_USERNAME: "@dre_pasco_bot" }, "invite", "--role", "especialista_dre");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/https:\/\/t\.me\/dre_pasco_bot\?start=inv_[A-Z0-9]+\n/);
    expect(fake.callsTo("getMe").length).toBe(before);
  }, 150_000);

  it("still prints the code when Telegram does not answer, and says how to get the link", async () => {
    const result = await admin({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: "http://127.0.0.1:9" }, "invite", "--role", "admin");
    expect(result.code).toBe(0);
    expect(codeIn(result.stdout)).toBeDefined();
    expect(result.stdout).not.toContain("t.me/");
    expect(result.stdout).toContain("set TELEGRAM_BOT_USERNAME");
  }, 150_000);

  it("refuses an unknown UGEL and names the known ones", async () => {
    const result = await admin({}, "invite", "--role", "especialista_ugel", "--ugel", "999999");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown UGEL "999999"');
    expect(result.stderr).toContain("190006 (");
  }, 150_000);
});
