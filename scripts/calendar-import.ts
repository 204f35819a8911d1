/**
 * Imports the official contest calendar from a CSV or XLSX file into the configured database, as a DRE
 * specialist does from the chat (same validation, same report, same all-or-nothing save, audited as
 * "cli:<user>"):
 *
 *   npm run calendar:import -- calendario-2027.xlsx [--only-valid] [--dry-run] [--yes]
 *
 * --only-valid  import the valid rows even when some rows have errors (otherwise nothing is imported); the
 *               stored stages of rejected rows stay as they were
 * --dry-run     validate and show what would change (every contest that would be removed), without saving
 * --yes         remove the official contests the file leaves out without asking (otherwise the command asks
 *               on the terminal, and refuses when standard input is not a terminal)
 *
 * Progress (rows checked, contests saved) goes to standard error; the report to standard output.
 * Exit code: 0 imported (or dry run), 1 nothing imported because of errors, 2 bad usage or unreadable file.
 */
import { readFile, stat } from "node:fs/promises";
import { createInterface } from "node:readline/promises";
import { userInfo } from "node:os";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { LOCALES_DIR } from "../src/app.js";
import { loadConfig, readEnvironment } from "../src/config.js";
import { importCalendarFile, normalizeText, renderImportReport } from "../src/domain/calendar/index.js";
import { previewCalendarImport, renderCalendarDiff, renderImportNotes, saveCalendarImport } from "../src/domain/contests/index.js";
import { I18n } from "../src/i18n.js";
import { createLogger } from "../src/logger.js";
import { openSeededDatabase } from "./lib/operator.js";

const i18n = new I18n(LOCALES_DIR);
const t = i18n.translator("es");
const ctx = { t, locale: "es" as const, now: new Date() };

/** Progress on standard error: one line rewritten in a terminal, a line every tenth otherwise. */
function progress(key: string): (done: number, total: number) => void {
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  return (done, total) => {
    const percent = total === 0 ? 100 : Math.floor((done * 100) / total);
    const line = t(key, { done, total, percent });
    if (tty) {
      process.stderr.write(`\r${line}${done === total ? "\n" : ""}`);
    } else if (Math.floor(percent / 10) !== lastTenth || done === total) {
      lastTenth = Math.floor(percent / 10);
      process.stderr.write(`${line}\n`);
    }
  };
}

/**
 * Removing official contests is asked on the terminal (every contest named); without a terminal on standard
 * input the answer cannot be given, so the command refuses and says how to go on (--yes, or --dry-run first).
 */
async function confirmRemoval(removed: readonly { name: string; shortName?: string; year: number }[]): Promise<boolean> {
  const names = removed.map((c) => `  • ${t("calendar-contest-edition", { name: c.shortName ?? c.name, year: String(c.year) })}`);
  console.log(`\n${t("calendar-cli-removal-list", { count: removed.length })}\n${names.join("\n")}`);
  if (!process.stdin.isTTY) {
    console.error(t("calendar-cli-removal-needs-yes"));
    return false;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = normalizeText(await rl.question(`${t("calendar-cli-removal-question")} `));
    if (answer === "s" || answer === "si" || answer === "y" || answer === "yes") return true;
    console.error(t("calendar-cli-removal-declined"));
    return false;
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2).filter((arg) => arg !== "--"),
      allowPositionals: true,
      options: {
        "only-valid": { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
        yes: { type: "boolean", short: "y", default: false },
      },
    });
  } catch {
    console.error(t("calendar-cli-usage"));
    return 2;
  }
  const [path, ...extra] = parsed.positionals;
  if (path === undefined || extra.length > 0) {
    console.error(t("calendar-cli-usage"));
    return 2;
  }
  const onlyValid = parsed.values["only-valid"] === true;
  const dryRun = parsed.values["dry-run"] === true;
  const yes = parsed.values.yes === true;
  const info = await stat(path).catch(() => undefined);
  if (info === undefined || !info.isFile()) {
    console.error(t("calendar-cli-file-missing", { path }));
    return 2;
  }
  const fileName = basename(path);

  process.stderr.write(`${t("calendar-cli-reading", { file: fileName, size: info.size })}\n`);
  const result = await importCalendarFile(new Uint8Array(await readFile(path)), {
    onProgress: progress("calendar-cli-progress-rows"),
    progressEvery: 100,
  });
  console.log(renderImportReport(result, t, 500));
  if (result.errors.length > 500) console.log(t("calendar-import-more-errors", { count: result.errors.length - 500 }));
  if (result.contests.length === 0) {
    console.error(t("calendar-cli-nothing-valid"));
    return result.errors.some((e) => e.code === "unreadable-file" || e.code === "empty-file") ? 2 : 1;
  }
  if (result.errors.length > 0 && !onlyValid && !dryRun) {
    console.error(t("calendar-cli-rejected"));
    return 1;
  }

  const config = loadConfig(readEnvironment());
  const logger = createLogger({ level: "warn", format: "pretty", destination: "stderr" });
  const db = await openSeededDatabase(config, logger);
  try {
    const preview = await previewCalendarImport(db.prisma, result.contests, result.rejectedEditions ?? []);
    const notes = renderImportNotes(preview, t);
    const removed = preview.diff.removed.filter((contest) => !contest.isSample);
    if (dryRun) {
      console.log(`\n${t("calendar-cli-dry-run")}\n\n${renderCalendarDiff(preview.diff, ctx, Number.MAX_SAFE_INTEGER)}`);
      if (notes.length > 0) console.log(`\n${notes.join("\n")}`);
      return 0;
    }
    if (removed.length > 0 && !yes && !(await confirmRemoval(removed))) return 1;
    const rejectedRows = new Set(result.errors.filter((e) => e.line > 1).map((e) => e.line)).size;
    const saved = await saveCalendarImport(db.prisma, {
      contests: result.contests,
      fileName,
      actor: { personId: null, label: `cli:${userInfo().username}` },
      onlyValid: result.errors.length > 0,
      rowsRead: result.rowsRead,
      rejectedRows,
      rejectedEditions: result.rejectedEditions ?? [],
      now: ctx.now,
      onProgress: progress("calendar-cli-progress-save"),
    });
    const header = t(result.errors.length > 0 ? "calendar-import-done-only-valid" : "calendar-import-done", { file: fileName });
    console.log(`\n${header}\n\n${renderCalendarDiff(saved.diff, ctx, Number.MAX_SAFE_INTEGER)}`);
    const savedNotes = renderImportNotes({ kept: saved.kept, retiresSample: saved.retiredSample > 0 }, t);
    if (savedNotes.length > 0) console.log(`\n${savedNotes.join("\n")}`);
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
