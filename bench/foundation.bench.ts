/**
 * Foundation figures: warm start-to-ready time, idle memory on PGlite and PostgreSQL, and onboarding steps per
 * second through the real Telegram channel (API stubbed) next to a bare grammY bot that only answers.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Bot } from "grammy";
import { createApp, PROJECT_ROOT } from "../src/app.js";
import { createTelegramBot } from "../src/channels/telegram/bot.js";
import { loadConfig } from "../src/config.js";
import { markUnreachable } from "../src/domain/people.js";
import { silentLogger } from "../src/logger.js";
import pg from "pg";
import { Latencies, Pacer } from "./lib/latency.js";
import { createPeerBot, peerOnboardingUpdates, peerOnPglite, peerOnPostgres, type PeerDatabase } from "./lib/peer-onboarding.js";
import { BENCH_BOT_INFO, callbackUpdate, stubTelegramApi, textUpdate } from "./lib/stub-telegram.js";
import { benchPostgresUrl, writeResult } from "./lib/result.js";
import { createScratchPostgres } from "./lib/scratch-db.js";
import { startArgs } from "./lib/start-command.js";

interface StartFigures {
  readyMs: number;
  idleRssMb: number;
}

/** Starts the bot as `npm start` does and measures until it logs "ready", then its resident memory at rest. */
function startOnce(env: Record<string, string>): Promise<StartFigures> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, startArgs(), {
      cwd: PROJECT_ROOT,
      env: { ...process.env, LOG_LEVEL: "info", LOG_FORMAT: "json", TELEGRAM_BOT_TOKEN: "", ...env },
      stdio: ["pipe", "ignore", "pipe"],
    });
    let buffer = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`not ready in 60 s: ${buffer.slice(-500)}`));
    }, 60_000);
    child.stderr.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      if (!buffer.includes('"msg":"ready"')) return;
      const readyMs = performance.now() - started;
      buffer = "";
      setTimeout(() => {
        const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
        const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
        clearTimeout(timer);
        child.once("exit", () => resolve({ readyMs, idleRssMb: rssKb / 1024 }));
        child.stdin.end();
      }, 3_000);
    });
    child.once("error", reject);
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function measureStart(env: Record<string, string>, runs = 3): Promise<StartFigures> {
  await startOnce(env); // cold: creates the data folder / applies migrations (builds npm start's cache if stale); not counted
  const figures: StartFigures[] = [];
  for (let run = 0; run < runs; run++) figures.push(await startOnce(env));
  return { readyMs: median(figures.map((figure) => figure.readyMs)), idleRssMb: median(figures.map((figure) => figure.idleRssMb)) };
}

/** The whole onboarding of one teacher, as the updates Telegram would deliver. */
function onboardingUpdates(userId: number, codigo: string) {
  return [
    () => textUpdate(userId, "/start"),
    () => callbackUpdate(userId, "f:1:o0"), // Español
    () => callbackUpdate(userId, "f:2:o0"), // Acepto
    () => callbackUpdate(userId, "f:3:o0"), // Docente
    () => callbackUpdate(userId, "f:4:o0"), // UGEL Pasco
    () => textUpdate(userId, codigo),
    () => textUpdate(userId, "IE Bench"),
    () => callbackUpdate(userId, "f:7:t1"), // Primaria
    () => callbackUpdate(userId, "f:8:ok"),
    () => callbackUpdate(userId, "f:9:su"), // Enviar
  ];
}

type Script = (userId: number, codigo: string) => Array<() => object>;

async function runSteps(
  handle: (update: object) => Promise<void>,
  people: number,
  concurrency: number,
  firstUserId: number,
  options: { script?: Script; latencies?: Latencies; pacer?: Pacer } = {},
): Promise<number> {
  const script = options.script ?? onboardingUpdates;
  let next = 0;
  let steps = 0;
  const started = performance.now();
  async function worker() {
    while (next < people) {
      const index = next++;
      // A código modular of its own per person (warm-up included): a known school would skip the name question.
      for (const update of script(firstUserId + index, String(firstUserId + index).slice(-7))) {
        await options.pacer?.slot();
        if (options.latencies) await options.latencies.time(() => handle(update()));
        else await handle(update());
        steps += 1;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return steps / ((performance.now() - started) / 1000);
}

const ONBOARDING_WARMUP_PEOPLE = 200;
const ONBOARDING_ROUNDS = 3;

interface StepFigures {
  median: number;
  rounds: number[];
  /** Reply time per update over the measured rounds (ms). */
  p50: number;
  p99: number;
  /** With `halfLoad`: the same at half the measured rate. */
  half?: { stepsPerSecond: number; p50: number; p99: number };
}

/** Ours: the onboarding through the real Telegram channel, on PGlite in a data folder or on a PostgreSQL database. */
export async function onboardingStepsPerSecond(people: number, options: { databaseUrl?: string; halfLoad?: boolean } = {}): Promise<StepFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), "pasco-bench-"));
  const config = loadConfig({ NODE_ENV: "production", DATA_DIR: dataDir, DATABASE_URL: options.databaseUrl ?? "", DATABASE_POOL_SIZE: "25" });
  const app = await createApp({ config, logger: silentLogger });
  try {
    const db = app.services.db;
    const bot = createTelegramBot({
      token: "1:bench",
      apiRoot: "http://127.0.0.1:9",
      logger: silentLogger,
      botInfo: BENCH_BOT_INFO,
      handle: app.conversation.handle.bind(app.conversation),
      firstDelivery: (updateId) => app.services.sessions.firstDelivery("telegram", String(updateId)),
      markUnreachable: (externalId) => markUnreachable(db, "telegram", externalId, new Date()),
    });
    stubTelegramApi(bot);
    // Warm: PGlite's WebAssembly and our code are optimised by V8 while they run, which takes a few thousand
    // messages; a bot that has been up for a minute is past that. Then three rounds, the median counts.
    await runSteps((update) => bot.handleUpdate(update as never), ONBOARDING_WARMUP_PEOPLE, 25, 5_000_000);
    const rounds: number[] = [];
    const latencies = new Latencies();
    for (let round = 0; round < ONBOARDING_ROUNDS; round++) {
      rounds.push(await runSteps((update) => bot.handleUpdate(update as never), people, 25, 6_000_000 + round * 100_000, { latencies }));
    }
    let half: StepFigures["half"];
    if (options.halfLoad) {
      const stepsPerSecond = Math.round(median(rounds) / 2);
      const paced = new Latencies();
      await runSteps((update) => bot.handleUpdate(update as never), people / 2, 25, 6_900_000, { latencies: paced, pacer: new Pacer(stepsPerSecond) });
      half = { stepsPerSecond, p50: paced.percentile(50), p99: paced.percentile(99) };
    }
    const expected = ONBOARDING_WARMUP_PEOPLE + ONBOARDING_ROUNDS * people + (options.halfLoad ? people / 2 : 0);
    const onboarded = await db.person.count({ where: { onboardedAt: { not: null } } });
    if (onboarded < expected) throw new Error(`only ${onboarded} of ${expected} finished onboarding: the benchmark's script is out of step with the form`);
    return { median: median(rounds), rounds, p50: latencies.percentile(50), p99: latencies.percentile(99), ...(half ? { half } : {}) };
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The peer (bench/lib/peer-onboarding.ts): the same onboarding on @grammyjs/conversations, warmed and measured like ours. */
async function peerStepsPerSecond(database: PeerDatabase, people: number): Promise<StepFigures> {
  const bot = createPeerBot(database);
  const handle = (update: object) => bot.handleUpdate(update as never);
  await runSteps(handle, ONBOARDING_WARMUP_PEOPLE, 25, 5_500_000, { script: peerOnboardingUpdates });
  const rounds: number[] = [];
  const latencies = new Latencies();
  for (let round = 0; round < ONBOARDING_ROUNDS; round++) {
    rounds.push(await runSteps(handle, people, 25, 6_500_000 + round * 100_000, { script: peerOnboardingUpdates, latencies }));
  }
  return { median: median(rounds), rounds, p50: latencies.percentile(50), p99: latencies.percentile(99) };
}

export async function peerOnEmbedded(people: number): Promise<StepFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), "pasco-bench-peer-"));
  const { PGlite } = await import("@electric-sql/pglite");
  const db = new PGlite(dataDir);
  try {
    return await peerStepsPerSecond(await peerOnPglite(db), people);
  } finally {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function peerOnServer(url: string, people: number): Promise<StepFigures> {
  const pool = new pg.Pool({ connectionString: url, max: 25 });
  // pool.end() resolves before the sockets have closed, so dropping the database right after can still end
  // one of them: the pool reports it as an "error", which would stop the benchmark.
  pool.on("error", () => undefined);
  try {
    return await peerStepsPerSecond(await peerOnPostgres(pool), people);
  } finally {
    await pool.end();
  }
}

async function bareGrammyStepsPerSecond(people: number): Promise<number> {
  const bot = new Bot("1:bench", { botInfo: BENCH_BOT_INFO });
  stubTelegramApi(bot);
  bot.on("message", (ctx) => ctx.reply("ok"));
  bot.on("callback_query", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply("ok");
  });
  await runSteps((update) => bot.handleUpdate(update as never), 20, 10, 7_000_000);
  return runSteps((update) => bot.handleUpdate(update as never), people, 25, 8_000_000);
}

export async function run(): Promise<string> {
  const loadBefore = loadavg()[0] ?? 0;
  const dataDir = mkdtempSync(join(tmpdir(), "pasco-bench-start-"));
  const pglite = await measureStart({ DATA_DIR: dataDir });
  rmSync(dataDir, { recursive: true, force: true });

  let postgres: StartFigures | undefined;
  const scratch = await createScratchPostgres(benchPostgresUrl() ?? "");
  if (scratch) {
    try {
      postgres = await measureStart({ DATABASE_URL: scratch.url, DATA_DIR: mkdtempSync(join(tmpdir(), "pasco-bench-pg-")) });
    } finally {
      await scratch.drop();
    }
  }

  const people = 300;
  const steps = await onboardingStepsPerSecond(people);
  const peerPglite = await peerOnEmbedded(people);
  let stepsPostgres: StepFigures | undefined;
  let peerPostgres: StepFigures | undefined;
  const server = await createScratchPostgres(benchPostgresUrl() ?? "");
  if (server) {
    try {
      stepsPostgres = await onboardingStepsPerSecond(people, { databaseUrl: server.url, halfLoad: true });
      peerPostgres = await peerOnServer(server.url, people);
    } finally {
      await server.drop();
    }
  }
  const bare = await bareGrammyStepsPerSecond(people);
  const figures = {
    ready_ms: Math.round(pglite.readyMs),
    ready_ms_postgres: postgres ? Math.round(postgres.readyMs) : null,
    idle_rss_mb_pglite: Math.round(pglite.idleRssMb),
    idle_rss_mb_postgres: postgres ? Math.round(postgres.idleRssMb) : null,
    onboarding_steps_per_s: Math.round(steps.median),
    onboarding_rounds_steps_per_s: steps.rounds.map(Math.round),
    onboarding_steps_per_s_postgres: stepsPostgres ? Math.round(stepsPostgres.median) : null,
    onboarding_rounds_steps_per_s_postgres: stepsPostgres?.rounds.map(Math.round) ?? null,
    // The same onboarding on @grammyjs/conversations with a grammY storage adapter (bench/lib/peer-onboarding.ts).
    peer_conversations_steps_per_s_pglite: Math.round(peerPglite.median),
    peer_conversations_steps_per_s_postgres: peerPostgres ? Math.round(peerPostgres.median) : null,
    // Reply time per update (handing the update to the bot until its replies reached the stubbed API), measured rounds.
    reply_p50_ms_pglite: steps.p50,
    reply_p99_ms_pglite: steps.p99,
    reply_p50_ms_postgres: stepsPostgres?.p50 ?? null,
    reply_p99_ms_postgres: stepsPostgres?.p99 ?? null,
    half_load_steps_per_s_postgres: stepsPostgres?.half?.stepsPerSecond ?? null,
    reply_p50_ms_postgres_half_load: stepsPostgres?.half?.p50 ?? null,
    reply_p99_ms_postgres_half_load: stepsPostgres?.half?.p99 ?? null,
    peer_reply_p50_ms_pglite: peerPglite.p50,
    peer_reply_p99_ms_pglite: peerPglite.p99,
    peer_reply_p50_ms_postgres: peerPostgres?.p50 ?? null,
    peer_reply_p99_ms_postgres: peerPostgres?.p99 ?? null,
    onboarding_warmup_people: ONBOARDING_WARMUP_PEOPLE,
    bare_grammy_steps_per_s: Math.round(bare),
    overhead_ratio: Number((bare / steps.median).toFixed(1)),
    onboarding_people: people,
    load_average_at_start: Math.round(loadBefore * 10) / 10,
    targets: { ready_ms: 2000, idle_rss_mb_pglite: 350, idle_rss_mb_postgres: 150, onboarding_steps_per_s: 1000, reply_p99_ms_postgres_half_load: 50 },
  };
  console.log(figures);
  return writeResult("foundation", figures);
}
