// npm run db:migration -- <name>
//
// Generates prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql from the difference between the existing
// migrations and prisma/schema.prisma, with Prisma's schema engine compiled to WebAssembly: no network, no native
// engine, no database server (the existing migrations are replayed on a throwaway in-memory PGlite).
// Prints "no changes" and writes nothing when they already agree. Review the SQL before committing it;
// an applied migration must never be edited afterwards.
import path from "node:path";
import { fileURLToPath } from "node:url";
import pino from "pino";
import { createMigration } from "../src/db/migration-diff.js";
import { schemaEngineVersion } from "../src/db/schema-engine.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const migrationsDir = path.join(root, "prisma", "migrations");
const schemaPath = path.join(root, "prisma", "schema.prisma");

const name = process.argv.slice(2).filter((arg) => arg !== "--").join("_").trim();
if (!name || name.startsWith("-")) {
  console.error("Usage: npm run db:migration -- <name>     e.g. npm run db:migration -- add_school_email");
  process.exit(2);
}

const logger = pino({ level: process.env.LOG_LEVEL ?? "warn" }, pino.destination(2));
const started = performance.now();
try {
  const result = await createMigration({ migrationsDir, schemaPath, name, logger });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!result.name || !result.file) {
    console.log(`no changes: prisma/schema.prisma matches the migrations in prisma/migrations (${seconds} s)`);
  } else {
    const steps = new Map<string, number>();
    for (const match of result.script.matchAll(/^-- (\w+)$/gm)) steps.set(match[1] ?? "", (steps.get(match[1] ?? "") ?? 0) + 1);
    console.log(`Created ${path.relative(root, result.file)} (${seconds} s, schema engine ${await schemaEngineVersion()})`);
    console.log(`  ${[...steps].map(([step, count]) => `${step} ×${count}`).join(", ")}`);
    if (result.wroteLockFile) console.log("Created prisma/migrations/migration_lock.toml");
    console.log("Review it, then commit it; it is applied at the next start (or with npm run db:migrate).");
  }
} catch (error) {
  console.error(`db:migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
