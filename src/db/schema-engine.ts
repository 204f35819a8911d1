// Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm), loaded so that Node 20 can run it.
//
// The package's ESM entry does `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20 cannot import.
// So: instantiate the .wasm bytes ourselves with the package's `schema_engine_bg.js` glue as the import object,
// hand the instance to the glue (`__wbg_set_wasm`) and start it (`__wbindgen_start`), exactly what the entry does.
// The engine talks to the database through a migration-aware driver adapter factory: PGlite's, or adapter-pg's
// (with a workaround for the pg_catalog "char" type, see charAsTextPool).
//
// PRISMA_SCHEMA_ENGINE_WASM may name another schema_engine_bg.wasm built from the same wasm-bindgen interface
// (for instance the one the prisma CLI carries in node_modules/prisma/build, which matches the CLI's engine hash).
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Database } from "./client.js";

export type { DiffParams, DiffResult, DiffTarget, MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

type Glue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

export interface SchemaFile {
  path: string;
  content: string;
}

export interface SchemaEngineLog {
  level?: string;
  fields?: { message?: string; [key: string]: unknown };
  target?: string;
}

// The project compiles without the DOM lib, so the WebAssembly global has no value type: declare what is used.
const wasmApi = (
  globalThis as unknown as {
    WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }> };
  }
).WebAssembly;

export interface SchemaEngineHandle {
  engine: SchemaEngine;
  /** Frees the engine (and the connections it opened); the database itself stays open. */
  close(): Promise<void>;
}

let gluePromise: Promise<{ glue: Glue; wasmPath: string }> | undefined;

export function defaultSchemaEngineWasmPath(): string {
  const require = createRequire(import.meta.url);
  // The package's "exports" do not list the .wasm file; find it next to the entry point.
  return path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
}

/** Instantiates the WebAssembly module once per process. */
export function loadSchemaEngineModule(): Promise<{ glue: Glue; wasmPath: string }> {
  gluePromise ??= (async () => {
    const wasmPath = process.env.PRISMA_SCHEMA_ENGINE_WASM || defaultSchemaEngineWasmPath();
    const glue: Glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(wasmPath);
    const { instance } = await wasmApi.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return { glue, wasmPath };
  })();
  gluePromise.catch(() => {
    gluePromise = undefined;
  });
  return gluePromise;
}

/** The engine's own version: the prisma-engines commit it was built from. */
export async function schemaEngineVersion(): Promise<string> {
  const { glue } = await loadSchemaEngineModule();
  return glue.version();
}

/**
 * A schema engine connected to a database opened with openDatabase (PGlite or PostgreSQL), which is what a
 * `schemaDatasource` diff target describes. (A `migrations` target makes it open a shadow database: an in-memory
 * PGlite for PGlite, a new database on the server for PostgreSQL.) `onLog` receives the engine's log lines.
 */
export async function createSchemaEngine(
  db: Database,
  schemaFiles: SchemaFile[],
  onLog: (log: SchemaEngineLog) => void = () => undefined,
): Promise<SchemaEngineHandle> {
  const { glue } = await loadSchemaEngineModule();
  let factory;
  let pool: pg.Pool | undefined;
  if (db.kind === "pglite" && db.pglite) factory = new PrismaPGlite(db.pglite);
  else if (db.kind === "postgres" && db.pool) {
    pool = charAsTextPool(db.pool);
    factory = new PrismaPg(pool);
  } else throw new Error("createSchemaEngine: database has neither a PGlite instance nor a pool");
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const logCallback = (line: string) => {
    try {
      onLog(JSON.parse(line) as SchemaEngineLog);
    } catch {
      onLog({ fields: { message: String(line) } });
    }
  };
  try {
    const engine = await glue.SchemaEngine.new(
      { datamodels: schemaFiles.map((file) => [file.path, file.content] as [string, string]) },
      logCallback,
      adapter,
    );
    let closed = false;
    return {
      engine,
      async close() {
        if (closed) return;
        closed = true;
        engine.free();
        await pool?.end();
      },
    };
  } catch (error) {
    await pool?.end();
    throw error;
  }
}

const CHAR_OID = 18; // the one-byte "char" of pg_catalog (relkind, contype, ...)
const CHAR_ARRAY_OID = 1002;
const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;

/**
 * A second small pool on the same server for the schema engine, reporting "char" columns as text.
 * @prisma/adapter-pg 7.10 has no mapping for the "char" type (OID 18), so the engine's catalog queries fail with
 * "Column type 'char' could not be deserialized from the database". pg returns such values as strings anyway.
 */
function charAsTextPool(source: pg.Pool): pg.Pool {
  const pool = new pg.Pool({ ...source.options, max: 2 });
  // An idle connection the server ends (a restart, the database dropped) is removed by the pool; the next
  // query opens another. Without a listener the pool's "error" event would stop the process.
  pool.on("error", () => undefined);
  type Result = { fields?: Array<{ dataTypeID: number }> };
  const fix = (result: unknown) => {
    for (const field of (result as Result | undefined)?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
      else if (field.dataTypeID === CHAR_ARRAY_OID) field.dataTypeID = TEXT_ARRAY_OID;
    }
    return result;
  };
  // Promise-style calls only: callback-style calls (pool.query uses them inside) return undefined, untouched.
  const patch = (target: object) => {
    const holder = target as { query: (...args: unknown[]) => unknown };
    const original = holder.query.bind(target);
    holder.query = (...args: unknown[]) => {
      const out = original(...args);
      return out instanceof Promise ? out.then(fix) : out;
    };
  };
  patch(pool); // the adapter's queries outside transactions
  pool.on("connect", (client) => patch(client)); // its transactions use pooled clients
  return pool;
}

/** The migrations folder as the engine wants it (what the prisma CLI reads before applyMigrations, diff...). */
export async function readMigrationList(migrationsDir: string): Promise<MigrationList> {
  const lockfile = "migration_lock.toml";
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockfile, content: await readFile(path.join(migrationsDir, lockfile), "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8").then(
            (value) => ({ tag: "ok" as const, value }),
            (error: Error) => ({ tag: "error" as const, value: error.message }),
          ),
        },
      })),
    ),
  };
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
