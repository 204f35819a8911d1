// A lock file that keeps a second process away from a PGlite data folder.
//
// PGlite is PostgreSQL running inside this process: two processes on one folder would both write the same files
// and corrupt them. The lock file is created with O_EXCL and holds the owner's PID (plus the host and the process
// start time, so a reused PID is not mistaken for the owner). A lock whose process is gone (kill -9, power cut) is
// stale and taken over, so a crash never locks people out.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { link, readFile, rename, unlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export const LOCK_FILE_NAME = "pasco-educa-bot.lock";

export class DatabaseLockedError extends Error {
  override readonly name = "DatabaseLockedError";
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly lockFile: string,
    readonly host?: string,
  ) {
    const who = pid === process.pid ? `this same process (PID ${pid})` : `process ${pid}${host && host !== os.hostname() ? ` on ${host}` : ""}`;
    super(
      `The database folder ${dataDir} is already open in ${who}. PGlite allows one process per folder: stop that ` +
        `process first (or set DATABASE_URL to use a PostgreSQL server, which any number of processes can share). ` +
        `If you are sure no such process is running, delete ${lockFile}.`,
    );
  }
}

interface LockContent {
  pid: number;
  host: string;
  token: string;
  /** Process start time from /proc (Linux), to tell the owner from a later process that got the same PID. */
  procStart: string | null;
  createdAt: string;
}

export interface FolderLock {
  readonly file: string;
  /** Throws if the lock file no longer names this holder (someone deleted or took it). */
  verify(): Promise<void>;
  release(): Promise<void>;
}

function procStartTime(pid: number): string | null {
  if (process.platform !== "linux") return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22 (starttime); the command name (field 2) may contain spaces, so count from the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by someone else
  }
}

function parse(text: string): Partial<LockContent> {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === "object") return value as Partial<LockContent>;
  } catch {
    // An old or hand-written lock: a bare PID.
  }
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isSafeInteger(pid) ? { pid } : {};
}

/** Whether the lock's owner is (probably) still running. Unknown formats and other hosts count as alive. */
function ownerAlive(content: Partial<LockContent>): boolean {
  const { pid } = content;
  if (typeof pid !== "number" || !Number.isSafeInteger(pid) || pid <= 0) return false; // garbage: nobody owns it
  if (content.host && content.host !== os.hostname()) return true; // cannot check another machine: be careful
  if (!isAlive(pid)) return false;
  if (content.procStart) {
    const now = procStartTime(pid);
    if (now !== null && now !== content.procStart) return false; // the PID was reused by another process
  }
  return true;
}

/**
 * Takes the lock file in `dataDir` (which must exist) or throws DatabaseLockedError naming the holder's PID.
 * A stale lock (its process is gone) is taken over.
 */
export async function acquireFolderLock(dataDir: string): Promise<FolderLock> {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const mine: LockContent = {
    pid: process.pid,
    host: os.hostname(),
    token: randomUUID(),
    procStart: procStartTime(process.pid),
    createdAt: new Date().toISOString(),
  };
  const text = `${JSON.stringify(mine)}\n`;

  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await writeFile(file, text, { flag: "wx", mode: 0o644 }); // O_CREAT | O_EXCL
      return makeLock(file, mine.token);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }

    let existingText: string;
    try {
      existingText = await readFile(file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue; // released meanwhile: try again
      throw error;
    }
    const existing = parse(existingText);
    if (existingText.trim() === "" && attempt === 0) {
      // Created a moment ago by another process that has not written its PID yet.
      await new Promise((resolve) => setTimeout(resolve, 50));
      continue;
    }
    if (ownerAlive(existing)) {
      throw new DatabaseLockedError(dataDir, existing.pid ?? -1, file, existing.host);
    }

    // Stale: move it aside atomically. If two processes race for the takeover, only one rename gets the stale
    // file; a rename that caught someone's fresh lock instead puts it back and reports it as the holder.
    const aside = `${file}.stale-${process.pid}-${mine.token}`;
    try {
      await rename(file, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw error;
    }
    const movedText = await readFile(aside, "utf8").catch(() => "");
    if (movedText !== existingText) {
      const moved = parse(movedText);
      await link(aside, file).catch(() => undefined); // restore it (fails only if yet another lock exists)
      await unlink(aside).catch(() => undefined);
      if (ownerAlive(moved)) throw new DatabaseLockedError(dataDir, moved.pid ?? -1, file, moved.host);
      continue;
    }
    await unlink(aside).catch(() => undefined);
  }
  const last = parse(await readFile(file, "utf8").catch(() => ""));
  throw new DatabaseLockedError(dataDir, last.pid ?? -1, file, last.host);
}

function makeLock(file: string, token: string): FolderLock {
  let released = false;
  const holdsIt = async (): Promise<boolean> => {
    const content = parse(await readFile(file, "utf8").catch(() => ""));
    return content.token === token;
  };
  return {
    file,
    async verify() {
      if (!(await holdsIt())) {
        const other = parse(await readFile(file, "utf8").catch(() => ""));
        throw new DatabaseLockedError(path.dirname(file), other.pid ?? -1, file, other.host);
      }
    },
    async release() {
      if (released) return;
      released = true;
      if (await holdsIt()) await unlink(file).catch(() => undefined);
    },
  };
}
