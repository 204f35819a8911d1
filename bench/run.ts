/**
 * npm run bench [-- name …]: runs the benchmarks (each bench/<name>.bench.ts exports `run()` and writes
 * bench/results/<name>.json) one after another, so they do not compete for the two cores.
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const names = readdirSync(here)
  .filter((file) => file.endsWith(".bench.ts"))
  .map((file) => file.replace(/\.bench\.ts$/, ""))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

let failed = 0;
for (const name of names) {
  process.stdout.write(`\n▶ ${name}\n`);
  try {
    const module = (await import(pathToFileURL(join(here, `${name}.bench.ts`)).href)) as { run: () => Promise<string> };
    const path = await module.run();
    process.stdout.write(`  → ${path}\n`);
  } catch (error) {
    failed += 1;
    process.stderr.write(`  ✖ ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
}
process.exit(failed > 0 ? 1 : 0);
