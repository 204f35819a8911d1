/** A bench process of registrations_per_s_postgres_2proc (see measureProcesses in registrations.bench.ts). */
import { workerRounds } from "../registrations.bench.js";
import { waitForParent } from "./phased-child.js";

const url = process.env.BENCH_WORKER_DATABASE_URL;
if (!url) throw new Error("BENCH_WORKER_DATABASE_URL is not set");
const rounds = await workerRounds(url, waitForParent());
process.stdout.write(`${JSON.stringify({ rounds })}\n`); // one JSON object line: what PhasedChild reads as the figures
process.exit(0);
