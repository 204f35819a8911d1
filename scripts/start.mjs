// `npm start`: runs src/main.ts from a build made by esbuild and kept in node_modules/.cache/pasco-educa-bot/,
// rather than compiling the TypeScript at every start (tsx costs about a second and 80 MB of memory each time).
//
// The build is main.js plus chunks for what main.ts imports lazily (grammY, Bolt and each database driver stay out
// of a start that does not use them); a few plain-JavaScript packages are compiled in, the others are imported from
// node_modules. It is made again when the content of any file it was made from changes (or this script,
// tsconfig.json, a compiled-in package's version): each start hashes those files (a few ms) and compares. In each
// source file `import.meta.url` still names that file, so the paths derived from it (project root, locales/,
// prisma/migrations/) are the ones tsx gave. Stack traces name the built files; NODE_OPTIONS=--enable-source-maps
// maps them back to src/ (the source maps are written, not loaded by default: they cost time and memory).
// If the build cannot be made (a read-only node_modules, say), the sources are run with tsx as before.
// Tests, benchmarks and the other scripts run the TypeScript sources directly.
// `node scripts/start.mjs --build-only` makes the build and exits (a container image, a deploy step before the
// services start), so a start from a read-only file system finds it ready.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CACHE = path.join(ROOT, "node_modules", ".cache", "pasco-educa-bot");
const STAMP = path.join(CACHE, "build.json");
const ENTRY = "src/main.ts";
/** Files that shape the build without being bundled. */
const BUILD_FILES = ["scripts/start.mjs", "tsconfig.json"];
const KEEP_BUILDS = 3;
/**
 * Packages compiled into the build: plain JavaScript loaded at every start, made of many small modules (zod alone
 * is about 70) that Node would otherwise read and link one by one. Every other package is imported from
 * node_modules as usual (some find files next to their own code: WebAssembly, worker threads).
 */
const BUNDLED_PACKAGES = new Set(["zod", "luxon", "@fluent/bundle", "csv-parse"]);

/** Hash of the files, in order (relative to the project root); null when one is missing. */
function hashFiles(files, contents = new Map()) {
  const hash = createHash("sha256");
  for (const file of files) {
    let content = contents.get(file);
    if (content === undefined) {
      try {
        content = readFileSync(path.join(ROOT, file)); // sync: a few ms for all, several times less than async
      } catch {
        return null;
      }
    }
    hash.update(file).update("\0").update(content).update("\0");
  }
  return hash.digest("hex").slice(0, 20);
}

/** The built entry when the stamp's files are unchanged; null otherwise. */
async function currentBuild() {
  let stamp;
  try {
    stamp = JSON.parse(await readFile(STAMP, "utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(stamp.files) || typeof stamp.hash !== "string") return null;
  if (hashFiles(stamp.files) !== stamp.hash) return null;
  const main = path.join(CACHE, `build-${stamp.hash}`, "main.js");
  return (await stat(main).catch(() => null)) ? main : null;
}

async function build() {
  const esbuild = await import("esbuild");
  const sources = new Map(); // what was compiled, read once: the hash is of exactly these contents
  const tmp = path.join(CACHE, `tmp-${process.pid}-${Date.now()}`); // renamed to build-<hash>: same depth
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { main: ENTRY },
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: "linked",
    sourcesContent: false,
    metafile: true,
    logLevel: "error",
    plugins: [
      {
        name: "external-packages",
        setup(builder) {
          builder.onResolve({ filter: /^[^./]/ }, (args) => {
            const name = args.path.split("/").slice(0, args.path.startsWith("@") ? 2 : 1).join("/");
            return BUNDLED_PACKAGES.has(name) ? undefined : { path: args.path, external: true };
          });
        },
      },
      {
        name: "source-file-urls",
        setup(builder) {
          builder.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
            if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined; // a bundled package: as is
            const relative = path.relative(ROOT, args.path).split(path.sep).join("/");
            const bytes = await readFile(args.path);
            sources.set(relative, bytes);
            let contents = bytes.toString("utf8");
            // Each module's import.meta.url becomes its source file's URL, computed from the built file's place.
            const fromBuild = path.relative(tmp, args.path).split(path.sep).join("/");
            contents = contents.replaceAll("import.meta.url", `new URL(${JSON.stringify(fromBuild)}, import.meta.url).href`);
            const loader = /\.[cm]?ts$/.test(args.path) ? "ts" : "js";
            return { contents, loader };
          });
        },
      },
    ],
  });
  // A bundled package counts by its package.json (its version), not by each of its files.
  const files = [
    ...new Set([...Object.keys(result.metafile.inputs).map((input) => packageJsonOf(input) ?? input), ...BUILD_FILES]),
  ].sort();
  const hash = hashFiles(files, sources);
  const dir = path.join(CACHE, `build-${hash}`);
  try {
    await rename(tmp, dir);
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    if (!["EEXIST", "ENOTEMPTY"].includes(error.code)) throw error; // else: another start built the same
  }
  const stampTmp = `${STAMP}.${process.pid}`;
  await writeFile(stampTmp, `${JSON.stringify({ hash, files }, null, 1)}\n`);
  await rename(stampTmp, STAMP);
  await pruneBuilds(dir);
  return path.join(dir, "main.js");
}

/** "node_modules/zod/package.json" for a file of a package; undefined for the project's own files. */
function packageJsonOf(input) {
  const at = input.lastIndexOf("node_modules/");
  if (at < 0) return undefined;
  const parts = input.slice(at + "node_modules/".length).split("/");
  const name = parts.slice(0, parts[0].startsWith("@") ? 2 : 1).join("/");
  return `${input.slice(0, at)}node_modules/${name}/package.json`;
}

/**
 * Keeps the last few builds (a start from one of them may still be loading its chunks) and drops the leftovers
 * of builds interrupted more than an hour ago.
 */
async function pruneBuilds(keep) {
  const entries = await readdir(CACHE, { withFileTypes: true });
  const dirs = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() && /^(build|tmp)-/.test(entry.name))
      .map(async (entry) => ({ name: entry.name, dir: path.join(CACHE, entry.name), mtime: (await stat(path.join(CACHE, entry.name))).mtimeMs })),
  );
  const builds = dirs.filter((d) => d.name.startsWith("build-") && d.dir !== keep).sort((a, b) => b.mtime - a.mtime);
  const stale = dirs.filter((d) => d.name.startsWith("tmp-") && d.mtime < Date.now() - 3_600_000);
  await Promise.all([...builds.slice(KEEP_BUILDS - 1), ...stale].map((d) => rm(d.dir, { recursive: true, force: true })));
}

let main = await currentBuild();
if (!main) {
  try {
    await mkdir(CACHE, { recursive: true });
    main = await build();
  } catch (error) {
    process.stderr.write(`npm start: no build (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); running the sources with tsx\n`);
  }
}
if (process.argv.includes("--build-only")) {
  process.stdout.write(main ? `built: ${path.relative(ROOT, main)}\n` : "npm start: the build could not be made\n");
  process.exit(main ? 0 : 1);
}
if (main) {
  await import(pathToFileURL(main).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(path.join(ROOT, ENTRY)).href);
}
