/**
 * A backup of the embedded database taken while the bot runs (`npm run db:backup` asks the running bot), restored
 * into a new DATA_DIR (`npm run db:restore`), and a bot started on it that finds the person's answers: the
 * teacher who had chosen Spanish and accepted the consent before the backup continues at the role question.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/app.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { freePort, startBotProcess, webhookEnv, type BotProcess } from "../helpers/bot-process.js";

const SECRET = "ops-backup-webhook-secret-0123456789";
const teacher = { id: 8101, firstName: "Rosa", languageCode: "es" };
let fake: FakeTelegram;
let root: string;
const bots: BotProcess[] = [];

beforeAll(async () => {
  fake = await startFakeTelegram();
  root = mkdtempSync(join(tmpdir(), "pasco-backup-"));
});

afterAll(async () => {
  for (const bot of bots) await bot.stop("SIGKILL");
  await fake?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

async function startBot(dataDir: string): Promise<BotProcess> {
  const port = await freePort();
  const bot = startBotProcess({
    DATA_DIR: dataDir,
    ...webhookEnv(port, fake, SECRET),
  });
  bots.push(bot);
  await bot.waitFor(/telegram: webhook/, 120_000);
  return bot;
}

function operator(script: string, dataDir: string, args: string[] = []) {
  return spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "scripts", script), ...args], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? "", DATA_DIR: dataDir, LOG_FORMAT: "json" },
    encoding: "utf8",
    timeout: 120_000,
  });
}

async function press(label: string, expect: string): Promise<void> {
  const messages = fake.messagesTo(teacher.id);
  const withButtons = [...messages].reverse().find((message) => message.inlineKeyboard.length > 0);
  const button = withButtons?.inlineKeyboard.flat().find((candidate) => candidate.text.includes(label));
  if (!withButtons || !button || !("callback_data" in button)) throw new Error(`no button ${label}`);
  fake.pressButton(teacher, withButtons.messageId, button.callback_data as string);
  await fake.waitForMessage(teacher.id, (message) => (message.text ?? "").includes(expect) && message.seq > (withButtons.seq ?? 0));
}

describe("backup of the embedded database while the bot runs, restored into a new DATA_DIR", () => {
  it("restores into a working bot that finds the person where they were", async () => {
    const original = join(root, "data");
    const bot = await startBot(original);
    fake.sendCommand(teacher, "start");
    await fake.waitForMessage(teacher.id, (message) => (message.text ?? "").includes("Elige tu idioma"));
    await press("Español", "Ley N.° 29733");
    await press("Acepto", "¿Cuál es tu rol?");

    // The bot holds the folder: the script asks it, and it writes the archive.
    const archive = join(root, "pasco.tar.gz");
    const backup = operator("db-backup.ts", original, [archive]);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toContain("written by the running bot");
    expect(existsSync(archive)).toBe(true);
    expect(bot.logLines().filter((line) => line.level >= 50)).toEqual([]);
    await bot.stop();

    const restored = join(root, "restored");
    const restore = operator("db-restore.ts", restored, [archive]);
    expect(restore.status, restore.stderr).toBe(0);
    const again = operator("db-restore.ts", restored, [archive]);
    expect(again.status).toBe(3); // never over an existing database
    expect(again.stderr).toContain("already holds a database");

    await startBot(restored);
    fake.sendText(teacher, "Docente");
    const reply = await fake.waitForMessage(teacher.id, (message) => (message.text ?? "").includes("UGEL"));
    expect(reply.text).toContain("¿A qué UGEL");
  }, 300_000);
});
