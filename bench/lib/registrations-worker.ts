/** A bench process of registrations_per_s_postgres_2proc (see measureProcesses in registrations.bench.ts). */
import { workerRound } from "../registrations.bench.js";

const url = process.env.BENCH_WORKER_DATABASE_URL;
if (!url) throw new Error("BENCH_WORKER_DATABASE_URL is not set");
const result = await workerRound(url);
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
