/**
 * Builds a benchmark child process's entry with esbuild the way `npm start` builds the bot (scripts/start.mjs):
 * the project's TypeScript in one ESM bundle (plus chunks), packages imported from node_modules, each module's
 * `import.meta.url` still naming its source file. The child then runs on plain Node, so its memory is the
 * bot's in production, not that of tsx's loader thread and the TypeScript it compiles.
 */
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/app.js";

/** Same depth below the project as npm start's builds, so relative source URLs resolve the same way. */
const OUT_ROOT = path.join(PROJECT_ROOT, "node_modules", ".cache", "pasco-educa-bot");
const BUNDLED_PACKAGES = new Set(["zod", "luxon", "@fluent/bundle", "csv-parse"]);

/** Bundles `entry` (relative to the project root) and returns the built file's path. */
export async function bundleChild(entry: string, name: string): Promise<string> {
  const esbuild = await import("esbuild");
  const outdir = path.join(OUT_ROOT, `bench-${name}`);
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await esbuild.build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: { [name]: entry },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "error",
    plugins: [
      {
        name: "external-packages",
        setup(builder) {
          builder.onResolve({ filter: /^[^./]/ }, (args) => {
            const pkg = args.path.split("/").slice(0, args.path.startsWith("@") ? 2 : 1).join("/");
            return BUNDLED_PACKAGES.has(pkg) ? undefined : { path: args.path, external: true };
          });
        },
      },
      {
        name: "source-file-urls",
        setup(builder) {
          builder.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
            if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
            const fromBuild = path.relative(outdir, args.path).split(path.sep).join("/");
            const contents = (await readFile(args.path, "utf8")).replaceAll("import.meta.url", `new URL(${JSON.stringify(fromBuild)}, import.meta.url).href`);
            return { contents, loader: /\.[cm]?ts$/.test(args.path) ? "ts" : "js" };
          });
        },
      },
    ],
  });
  return path.join(outdir, `${name}.js`);
}
