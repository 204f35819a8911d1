/**
 * One database's side of the registrations bench (see runInterleaved in registrations.bench.ts): warms up,
 * then runs each measured round when the parent says so, and prints its figures as one JSON line.
 *   BENCH_ROUNDS_DATABASE: "pglite" (in memory) or a PostgreSQL URL; BENCH_HALF_LOAD=1 adds the half-load run.
 */
import { openDatabase } from "../../src/db/client.js";
import { silentLogger } from "../../src/logger.js";
import { measure, POOL_SIZE } from "../registrations.bench.js";
import { waitForParent } from "./phased-child.js";

const target = process.env.BENCH_ROUNDS_DATABASE;
if (!target) throw new Error("BENCH_ROUNDS_DATABASE is not set");
const database =
  target === "pglite"
    ? await openDatabase({ dataDir: "", inMemory: true, logger: silentLogger })
    : await openDatabase({ databaseUrl: target, dataDir: "", logger: silentLogger, poolSize: POOL_SIZE });
const figures = await measure(database, { halfLoad: process.env.BENCH_HALF_LOAD === "1", between: waitForParent() });
process.stdout.write(`${JSON.stringify(figures)}\n`);
process.exit(0);
