// The embedded database folder: one process at a time (lock file with the holder's PID), a crashed holder does
// not lock anyone out, and the data survives close and reopen. PGlite only, whatever TEST_DATABASE_URL says.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseLockedError, LOCK_FILE_NAME, openDatabase, type Database } from "../../../src/db/client.js";
import { applyMigrations } from "../../../src/db/migrate.js";
import { seedBaseData } from "../../../src/db/seed.js";
import { MIGRATIONS_DIR, testLogger } from "../../helpers/db.js";

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "open-folder.ts");

interface ChildReport {
  pid: number;
  opened?: boolean;
  locked?: boolean;
  holder?: number;
  message?: string;
  error?: string;
}

/** Runs the fixture in another Node process; resolves with its first report (and the process, to kill it). */
function openInOtherProcess(dir: string, mode: "close" | "hold" = "close") {
  const child = spawn(process.execPath, ["--import", "tsx", FIXTURE, dir, mode], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const report = new Promise<ChildReport>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line && out.includes("\n")) resolve(JSON.parse(line) as ChildReport);
    });
    child.on("exit", (code) => reject(new Error(`child exited (${code}) without a report: ${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, report, exited };
}

describe("PGlite data folder", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "pasco-pglite-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("persists data across close and reopen, and a reopened database needs no migration", async () => {
    let started = performance.now();
    let db: Database = await openDatabase({ dataDir: dir, logger: testLogger });
    console.info(`[timing] PGlite open, new folder (initdb): ${Math.round(performance.now() - started)} ms`);
    started = performance.now();
    const applied = await applyMigrations(db, MIGRATIONS_DIR, testLogger);
    console.info(`[timing] PGlite apply ${applied.length} migration(s) to the folder: ${Math.round(performance.now() - started)} ms`);
    expect(applied.length).toBeGreaterThan(0);
    await seedBaseData(db.prisma);
    const person = await db.prisma.person.create({ data: { displayName: "Persistente", ugelId: "190002", levels: ["primaria"] } });
    await db.close();
    expect(existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false); // released on close

    started = performance.now();
    db = await openDatabase({ dataDir: dir, logger: testLogger });
    console.info(`[timing] PGlite open, existing folder: ${Math.round(performance.now() - started)} ms`);
    try {
      expect(await applyMigrations(db, MIGRATIONS_DIR, testLogger)).toEqual([]);
      expect(await db.prisma.person.findUnique({ where: { id: person.id } })).toMatchObject({
        displayName: "Persistente",
        ugelId: "190002",
        levels: ["primaria"],
      });
    } finally {
      await db.close();
    }
  });

  it("refuses a second process with the holder's PID, and a second open in the same process", async () => {
    const db = await openDatabase({ dataDir: dir, logger: testLogger });
    try {
      const lock = JSON.parse(await readFile(path.join(dir, LOCK_FILE_NAME), "utf8")) as { pid: number };
      expect(lock.pid).toBe(process.pid);

      const other = openInOtherProcess(dir);
      const report = await other.report;
      expect(report.locked).toBe(true);
      expect(report.holder).toBe(process.pid);
      expect(report.message).toContain(String(process.pid));
      expect(await other.exited).toBe(1);

      const error = await openDatabase({ dataDir: dir, logger: testLogger }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseLockedError);
      expect((error as DatabaseLockedError).pid).toBe(process.pid);

      // The refused openers did not disturb the holder.
      expect(await db.prisma.person.count()).toBe(1);
    } finally {
      await db.close();
    }
  });

  it("takes over the lock of a process that died (kill -9) and keeps the data", async () => {
    const holder = openInOtherProcess(dir, "hold");
    const report = await holder.report;
    expect(report.opened).toBe(true);
    const lock = JSON.parse(await readFile(path.join(dir, LOCK_FILE_NAME), "utf8")) as { pid: number };
    expect(lock.pid).toBe(report.pid);

    // While it runs, we are refused...
    const refused = await openDatabase({ dataDir: dir, logger: testLogger }).catch((e: unknown) => e);
    expect((refused as DatabaseLockedError).pid).toBe(report.pid);

    // ...and once it is killed without any chance to clean up, the stale lock is taken over.
    holder.child.kill("SIGKILL");
    await holder.exited;
    expect(existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(true);
    const db = await openDatabase({ dataDir: dir, logger: testLogger });
    try {
      const now = JSON.parse(await readFile(path.join(dir, LOCK_FILE_NAME), "utf8")) as { pid: number };
      expect(now.pid).toBe(process.pid);
      expect(await db.prisma.person.count()).toBe(1);
      expect(await applyMigrations(db, MIGRATIONS_DIR, testLogger)).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it("treats a lock naming a dead PID, or garbage, as stale", async () => {
    const dead = spawn(process.execPath, ["-e", ""]);
    const deadPid = dead.pid!;
    await new Promise((resolve) => dead.on("exit", resolve));
    for (const content of [`${deadPid}\n`, JSON.stringify({ pid: deadPid, host: os.hostname() }), "garbage"]) {
      await writeFile(path.join(dir, LOCK_FILE_NAME), content);
      const db = await openDatabase({ dataDir: dir, logger: testLogger });
      await db.close();
      expect(existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
    }
  });
});
