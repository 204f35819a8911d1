/**
 * Backups of the embedded database (PGlite), consistent while the bot runs.
 *
 * Only the process that holds the data folder may read it, so a backup of a running bot is made BY the bot:
 * `npm run db:backup` leaves a request file in DATA_DIR/backups/requests/ naming the archive it wants and sends the
 * bot SIGUSR2; the bot checkpoints, then dumps the data folder with every query and transaction held back
 * (PGlite's runExclusive: no statement runs in the middle of the copy, and a transaction in progress finishes
 * first), writes the archive beside its final name and renames it. When no bot runs, the script opens the folder
 * itself and does the same. A backup is a gzip'd tar of the PostgreSQL data folder that PGlite restores with
 * `loadDataDir` (restorePgliteBackup). PostgreSQL servers are backed up with pg_dump (see README).
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { DbLogger } from "./client.js";

export const BACKUP_SIGNAL = "SIGUSR2";

export function requestsDir(dataDir: string): string {
  return path.join(dataDir, "backups", "requests");
}

/** Writes a consistent archive of an open PGlite database to `file` (atomically: all or nothing). */
export async function writePgliteBackup(pglite: PGlite, file: string): Promise<{ bytes: number }> {
  await pglite.exec("CHECKPOINT");
  const archive = await pglite.runExclusive(() => pglite.dumpDataDir("gzip"));
  const bytes = Buffer.from(await archive.arrayBuffer());
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  await writeFile(partial, bytes);
  await rename(partial, file);
  return { bytes: bytes.length };
}

/**
 * In the bot: answers backup requests on SIGUSR2 (each request file holds the archive's absolute path). A failed
 * backup leaves `<archive>.error` with the reason, so the waiting script can say it.
 */
export function serveBackupRequests(pglite: PGlite, dataDir: string, logger: DbLogger): () => void {
  let running: Promise<void> | null = null;
  const handleAll = async () => {
    const dir = requestsDir(dataDir);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter((entry) => entry.endsWith(".request"))) {
      const request = path.join(dir, name);
      const target = (await readFile(request, "utf8").catch(() => "")).trim();
      await rm(request, { force: true });
      if (!path.isAbsolute(target)) continue;
      try {
        const { bytes } = await writePgliteBackup(pglite, target);
        logger.info({ file: target, bytes }, "backup written");
      } catch (error) {
        logger.warn({ err: error }, "backup failed");
        await writeFile(`${target}.error`, error instanceof Error ? error.message : String(error)).catch(() => undefined);
      }
    }
  };
  const onSignal = () => {
    running = (running ?? Promise.resolve()).then(handleAll);
  };
  process.on(BACKUP_SIGNAL, onSignal);
  return () => process.off(BACKUP_SIGNAL, onSignal);
}

/** Asks the bot running as `pid` for a backup into `file`; resolves once the archive is there. */
export async function requestBackupFromBot(pid: number, dataDir: string, file: string, timeoutMs = 120_000): Promise<void> {
  const dir = requestsDir(dataDir);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${process.pid}-${Date.now()}.request`), `${file}\n`);
  process.kill(pid, BACKUP_SIGNAL);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await stat(file).catch(() => null)) return;
    const error = await readFile(`${file}.error`, "utf8").catch(() => null);
    if (error !== null) {
      await rm(`${file}.error`, { force: true });
      throw new Error(`the bot could not write the backup: ${error}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the bot (PID ${pid}) did not write ${file} within ${timeoutMs / 1000} s; is it an older version without backups?`);
}

export class RestoreRefusedError extends Error {
  override readonly name = "RestoreRefusedError";
}

/** Restores an archive into a PGlite folder that does not exist yet or is empty (never over existing data). */
export async function restorePgliteBackup(archive: string, pgliteDir: string): Promise<void> {
  const existing = await readdir(pgliteDir).catch(() => [] as string[]);
  if (existing.length > 0) throw new RestoreRefusedError(`${pgliteDir} already holds a database: restore into a new DATA_DIR, or move that folder away first.`);
  const bytes = await readFile(archive);
  await mkdir(pgliteDir, { recursive: true });
  const pglite = await PGlite.create(pgliteDir, { loadDataDir: new Blob([bytes], { type: "application/x-gzip" }) });
  try {
    await pglite.query("SELECT 1");
  } finally {
    await pglite.close();
  }
}
