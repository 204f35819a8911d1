/**
 * `npm start`'s Node command, read from package.json, so that the bench processes run with the flags the bot
 * runs with in production (V8's thread pool, the young generation's size): both shape its speed and memory.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../src/app.js";

/** The arguments of `npm start` after "node": its flags, then the start script. */
export function startArgs(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: { start: string } };
  const [program, ...args] = scripts.start.trim().split(/\s+/);
  if (program !== "node") throw new Error(`npm start is "${scripts.start}": the bench only knows how to run a node command`);
  return args;
}

/** Only the Node flags of `npm start`, for a bench process that runs another script. */
export function startNodeFlags(): string[] {
  return startArgs().filter((word) => word.startsWith("--"));
}
