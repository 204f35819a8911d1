#!/usr/bin/env node
// Runs the project's own Prisma CLI for the commands that need no schema engine: `generate` (postinstall and
// `npm run db:generate`) and `format` (`npm run db:format`). Usage: node scripts/prisma-cli.mjs <command> [args].
//
// Those commands do not use the schema engine, but the CLI still wants the native engine binary and tries to
// download it, which fails where binaries.prisma.sh cannot be reached. When PRISMA_SCHEMA_ENGINE_BINARY is unset
// and no native engine was installed in node_modules/@prisma/engines, point that variable at
// scripts/schema-engine-offline: the CLI only checks that the file exists, so generate runs offline in about a
// second, and if some command ever does run it, it explains what this project does instead.
// Where the engine is installed (a machine that could download it), nothing is changed.
// Extra arguments are passed on: `npm run db:generate -- --watch`. Migrations have their own scripts
// (db:migration, db:migrate), built on the schema engine's WebAssembly build.
import { spawnSync } from "node:child_process";
import { accessSync, chmodSync, constants, existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const require = createRequire(path.join(root, "package.json"));

function resolveDir(pkg) {
  try {
    return path.dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    return null;
  }
}

/** A native schema engine downloaded by @prisma/engines' postinstall: `schema-engine-<target>[.exe]`. */
function hasNativeSchemaEngine() {
  for (const dir of [resolveDir("@prisma/engines"), resolveDir("prisma")]) {
    if (!dir || !existsSync(dir)) continue;
    if (readdirSync(dir).some((name) => name.startsWith("schema-engine-") && !name.endsWith(".d.ts"))) return true;
  }
  return false;
}

const prismaDir = resolveDir("prisma");
if (!prismaDir) {
  console.error("prisma-cli: the `prisma` package is not installed; run `npm install` first.");
  process.exit(1);
}

const env = { ...process.env };
env.CHECKPOINT_DISABLE ??= "1"; // no telemetry/update request (it only waits for a timeout when offline)
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && !hasNativeSchemaEngine()) {
  const stub = path.join(here, "schema-engine-offline");
  try {
    accessSync(stub, constants.X_OK);
  } catch {
    try {
      chmodSync(stub, 0o755); // the mode can get lost (zip downloads, some checkouts); generate itself does not care
    } catch {
      // not ours to change: generate still works, only the stand-in's explanation would not be shown
    }
  }
  env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
}

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node scripts/prisma-cli.mjs <generate|format|validate> [args]");
  process.exit(2);
}
const result = spawnSync(process.execPath, [path.join(prismaDir, "build", "index.js"), command, ...args], {
  cwd: root,
  env,
  stdio: "inherit",
});
if (result.error) {
  console.error(`prisma-cli: could not run the Prisma CLI: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
