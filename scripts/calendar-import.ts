/**
 * Imports the official contest calendar from a CSV or XLSX file into the configured database, as a DRE
 * specialist does from the chat (same validation, same report, same all-or-nothing save, audited as
 * "cli:<user>"):
 *
 *   npm run calendar:import -- calendario-2027.xlsx [--only-valid] [--dry-run]
 *
 * --only-valid  import the valid rows even when some rows have errors (otherwise nothing is imported)
 * --dry-run     validate and show what would change, without saving
 *
 * Progress (rows checked, contests saved) goes to standard error; the report to standard output.
 * Exit code: 0 imported (or dry run), 1 nothing imported because of errors, 2 bad usage or unreadable file.
 */
import { readFile, stat } from "node:fs/promises";
import { userInfo } from "node:os";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { LOCALES_DIR } from "../src/app.js";
import { loadConfig, readEnvironment } from "../src/config.js";
import { importCalendarFile, renderImportReport } from "../src/domain/calendar/index.js";
import { previewCalendarImport, renderCalendarDiff, saveCalendarImport } from "../src/domain/contests/index.js";
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

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2).filter((arg) => arg !== "--"),
      allowPositionals: true,
      options: { "only-valid": { type: "boolean", default: false }, "dry-run": { type: "boolean", default: false } },
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
    if (dryRun) {
      const diff = await previewCalendarImport(db.prisma, result.contests);
      console.log(`\n${t("calendar-cli-dry-run")}\n\n${renderCalendarDiff(diff, ctx, Number.MAX_SAFE_INTEGER)}`);
      return 0;
    }
    const rejectedRows = new Set(result.errors.filter((e) => e.line > 1).map((e) => e.line)).size;
    const { diff } = await saveCalendarImport(db.prisma, {
      contests: result.contests,
      fileName,
      actor: { personId: null, label: `cli:${userInfo().username}` },
      onlyValid: result.errors.length > 0,
      rowsRead: result.rowsRead,
      rejectedRows,
      now: ctx.now,
      onProgress: progress("calendar-cli-progress-save"),
    });
    const header = t(result.errors.length > 0 ? "calendar-import-done-only-valid" : "calendar-import-done", { file: fileName });
    console.log(`\n${header}\n\n${renderCalendarDiff(diff, ctx, Number.MAX_SAFE_INTEGER)}`);
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
