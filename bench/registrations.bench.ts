/**
 * Complete registrations per second through the real Telegram channel (grammY bot, conversation, form engine,
 * database) with the Bot API stubbed in process: teachers already onboarded walk the whole good-practice form,
 * from /registrar to "Enviar", several at a time, on PGlite (in memory) and on PostgreSQL.
 *
 * A running bot is warm: the figure is the median of five rounds after a warm-up. Right after start V8 is still
 * optimising PGlite's WebAssembly, and single cold rounds of the same code varied from 58 to 88 registrations
 * per second. Each database runs in a process of its own and the two take turns round by round
 * (runInterleaved): on this shared machine the speed of one minute can differ from the next by a third, and a
 * ratio of two figures taken minutes apart measured the machine as much as the code.
 *
 *   npm run bench -- registrations      → bench/results/registrations.json
 */
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { createApp, PROJECT_ROOT, type App } from "../src/app.js";
import { createTelegramBot } from "../src/channels/telegram/bot.js";
import { loadConfig } from "../src/config.js";
import { openDatabase, type Database } from "../src/db/client.js";
import { silentLogger } from "../src/logger.js";
import { benchPostgresUrl, writeResult } from "./lib/result.js";
import { createScratchPostgres } from "./lib/scratch-db.js";
import { postgresCpuSeconds } from "./lib/server-cpu.js";
import { Latencies, Pacer } from "./lib/latency.js";
import { MachineCpuSpans } from "./lib/machine-cpu.js";
import { PhasedChild } from "./lib/phased-child.js";
import { startNodeFlags } from "./lib/start-command.js";
import { BENCH_BOT_INFO } from "./lib/stub-telegram.js";

const TEACHERS = Number(process.env.BENCH_REGISTRATIONS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const WARMUP = Number(process.env.BENCH_REGISTRATIONS_WARMUP ?? 100);
const ROUNDS = 5;
/** Connections in each pool (Prisma's, and the turns' own on PostgreSQL): one per teacher answering at once. */
export const POOL_SIZE = Number(process.env.BENCH_POOL_SIZE ?? 20);
const FIRST_USER_ID = Number(process.env.BENCH_FIRST_USER_ID ?? 700_000);

const BOT_INFO = BENCH_BOT_INFO;

interface Keyboard {
  text: string;
  callback_data?: string;
}

/** Answers every Bot API call locally and remembers the latest keyboard sent to each chat. */
function stubApi(bot: Bot): Map<number, Keyboard[]> {
  const keyboards = new Map<number, Keyboard[]>();
  let messageId = 0;
  bot.api.config.use(async (_prev, method, payload) => {
    const body = payload as { chat_id?: number | string; text?: string; reply_markup?: { inline_keyboard?: Keyboard[][] } };
    const chatId = Number(body.chat_id ?? 0);
    if (method === "sendMessage" && body.reply_markup?.inline_keyboard) keyboards.set(chatId, body.reply_markup.inline_keyboard.flat());
    const result =
      method === "sendMessage" || method === "sendDocument"
        ? { message_id: ++messageId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "private", first_name: "Docente" }, text: body.text ?? "" }
        : true;
    return { ok: true, result } as never;
  });
  return keyboards;
}

type Step = { say: string } | { press: string } | { file: { name: string; mime: string; size: number } };

const words = (count: number, seed: string) => Array.from({ length: count }, (_, index) => `${seed}${index % 7}`).join(" ");

/** The whole good-practice conversation of one onboarded teacher (one team member, one file). */
function script(teacher: number): Step[] {
  return [
    { say: "/registrar" },
    { press: "Buena práctica" },
    { press: "2026" },
    { press: "Pedagógica" },
    { press: "Lectura y escritura" },
    { press: "Primaria" },
    { say: `Práctica de lectura en familia número ${teacher}` },
    { press: "(" }, // the school of the profile: "IE … (código)"; the level is the subcategory's
    { say: "Rosa Elena" },
    { say: "Quispe Huamán" },
    { say: String(40_000_000 + teacher) },
    { press: "Docente" },
    { press: "Nombrado" },
    { press: "Omitir" },
    { press: "Listo" },
    { say: words(120, "proposito") },
    { press: "Listo" },
    { say: words(200, "descripcion") },
    { press: "Listo" },
    { say: words(150, "resultado") },
    { press: "Listo" },
    { say: words(100, "evidencia") },
    { press: "Listo" },
    { file: { name: "informe.pdf", mime: "application/pdf", size: 250_000 } },
    { press: "Listo" },
    { press: "lo declaro" },
    { press: "Enviar" },
  ];
}

// Update ids of their own per bench process (several share a database in measureProcesses, and ids are deduplicated).
let updateId = FIRST_USER_ID * 100;

function updateFor(userId: number, step: Step, keyboards: Map<number, Keyboard[]>): Update {
  const from = { id: userId, is_bot: false, first_name: "Docente", language_code: "es" };
  const chat = { id: userId, type: "private" as const, first_name: "Docente" };
  const id = ++updateId;
  const date = Math.floor(Date.now() / 1000);
  if ("press" in step) {
    const button = keyboards.get(userId)?.find((candidate) => candidate.text.includes(step.press) && candidate.callback_data);
    if (!button?.callback_data) throw new Error(`teacher ${userId}: no button "${step.press}" in ${JSON.stringify(keyboards.get(userId)?.map((b) => b.text))}`);
    return { update_id: id, callback_query: { id: String(id), chat_instance: "bench", from, message: { message_id: 1, date, chat, text: "…" }, data: button.callback_data } } as Update;
  }
  if ("file" in step) {
    const document = { file_id: `doc-${id}`, file_unique_id: `u-${id}`, file_name: step.file.name, mime_type: step.file.mime, file_size: step.file.size };
    return { update_id: id, message: { message_id: id, date, chat, from, document } } as Update;
  }
  const entities = step.say.startsWith("/") ? [{ type: "bot_command" as const, offset: 0, length: step.say.length }] : undefined;
  return { update_id: id, message: { message_id: id, date, chat, from, text: step.say, ...(entities ? { entities } : {}) } } as Update;
}

let teachersCreated = 0;

/** Onboarded teachers, each at their own school of UGEL Pasco (so no duplicate warning interferes). */
async function createTeachers(app: App, count: number): Promise<number[]> {
  const db = app.services.db;
  const ids: number[] = [];
  for (let index = 0; index < count; index++) {
    const userId = FIRST_USER_ID + teachersCreated++;
    const school = await db.school.create({ data: { codigoModular: String(1_000_000 + userId).slice(-7), name: `IE Bench ${userId}`, ugelId: "190001" } });
    await db.person.create({
      data: {
        displayName: `Docente ${index}`,
        role: "docente",
        ugelId: "190001",
        schoolId: school.id,
        levels: ["primaria"],
        consentAt: new Date(),
        consentVersion: "bench",
        onboardedAt: new Date(),
        identities: { create: { channel: "telegram", externalId: String(userId), chatRef: String(userId) } },
      },
    });
    ids.push(userId);
  }
  return ids;
}

async function registerAll(
  bot: Bot,
  keyboards: Map<number, Keyboard[]>,
  teachers: number[],
  concurrency: number,
  latencies = new Latencies(),
  pacer?: Pacer,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < teachers.length) {
      const teacher = teachers[next++] as number;
      for (const step of script(teacher)) {
        await pacer?.slot();
        await latencies.time(() => bot.handleUpdate(updateFor(teacher, step, keyboards)));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

export interface Figures {
  /** Median of the rounds. */
  perSecond: number;
  rounds: number[];
  /** Registrations per round. */
  registrations: number;
  updatesPerSecond: number;
  floorUpdatesPerSecond: number;
  /** Seconds of the median round. */
  seconds: number;
  /** Reply time per update over the measured rounds (ms). */
  p50: number;
  p99: number;
  /** With `halfLoad`: the same at half the measured update rate. */
  half?: { updatesPerSecond: number; p50: number; p99: number };
  /** CPU per registration over the measured rounds (ms): this process, and the local PostgreSQL server's. */
  cpuMsBot: number;
  cpuMsServer?: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** A bot on the app with the Telegram API stubbed, as every measurement here uses it. */
function benchBot(app: App): { bot: Bot; keyboards: Map<number, Keyboard[]> } {
  const bot = createTelegramBot({
    token: "42:bench",
    apiRoot: "http://127.0.0.1:9",
    logger: silentLogger,
    botInfo: BOT_INFO,
    handle: app.conversation.handle.bind(app.conversation),
    firstDelivery: (id) => app.services.sessions.firstDelivery("telegram", String(id)),
    markUnreachable: async () => undefined,
  });
  bot.catch((error) => {
    throw error.error;
  });
  return { bot, keyboards: stubApi(bot) };
}

function benchConfig() {
  return loadConfig({ NODE_ENV: "production", DATA_DIR: "/nonexistent", LOG_LEVEL: "silent", DISPATCHER_ENABLED: "false" });
}

export interface MeasureOptions {
  /** Also measure reply times at half the measured capacity. */
  halfLoad?: boolean;
  /** Awaited before each measured round and before the figures after them (runInterleaved takes turns there). */
  between?: () => Promise<void>;
}

export async function measure(database: Database, options: MeasureOptions = {}): Promise<Figures> {
  const app = await createApp({ config: benchConfig(), logger: silentLogger, database });
  try {
    const { bot, keyboards } = benchBot(app);
    const latencies = new Latencies();
    const warmup = await createTeachers(app, WARMUP);
    await registerAll(bot, keyboards, warmup, Math.min(CONCURRENCY, WARMUP));
    const rounds: number[] = [];
    let teachers: number[] = [];
    let botCpu = 0;
    let serverCpu = 0;
    for (let round = 0; round < ROUNDS; round++) {
      teachers = await createTeachers(app, TEACHERS);
      await options.between?.();
      const before = await app.services.db.registration.count();
      const cpuBefore = process.cpuUsage();
      const serverBefore = postgresCpuSeconds() ?? 0;
      const started = performance.now();
      await registerAll(bot, keyboards, teachers, CONCURRENCY, latencies);
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      botCpu += (cpu.user + cpu.system) / 1000;
      serverCpu += ((postgresCpuSeconds() ?? 0) - serverBefore) * 1000;
      const registrations = (await app.services.db.registration.count()) - before;
      if (registrations !== TEACHERS) throw new Error(`expected ${TEACHERS} registrations, found ${registrations}`);
      rounds.push(Math.round((registrations / seconds) * 10) / 10);
    }
    await options.between?.();
    const codes = await app.services.db.registration.findMany({ select: { code: true } });
    if (new Set(codes.map((row) => row.code)).size !== codes.length) throw new Error("duplicate registration codes");
    // The floor under any conversation: the same teachers asking for /ayuda (no form, no registration).
    const floorStarted = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < teachers.length) {
          const teacher = teachers[next++] as number;
          for (let round = 0; round < 5; round++) await bot.handleUpdate(updateFor(teacher, { say: "/ayuda" }, keyboards));
        }
      }),
    );
    const floorPerSecond = (teachers.length * 5) / ((performance.now() - floorStarted) / 1000);
    const perSecond = median(rounds);
    let half: Figures["half"];
    if (options.halfLoad) {
      // Half the capacity just measured, spread evenly: what one update waits when the server is not saturated.
      const updatesPerSecond = Math.round((perSecond * script(0).length) / 2);
      const paced = new Latencies();
      await registerAll(bot, keyboards, await createTeachers(app, TEACHERS / 2), CONCURRENCY, paced, new Pacer(updatesPerSecond));
      half = { updatesPerSecond, p50: paced.percentile(50), p99: paced.percentile(99) };
    }
    const perRegistration = (ms: number) => Math.round((ms / (ROUNDS * TEACHERS)) * 100) / 100;
    return {
      cpuMsBot: perRegistration(botCpu),
      ...(database.kind === "postgres" && postgresCpuSeconds() !== undefined ? { cpuMsServer: perRegistration(serverCpu) } : {}),
      p50: latencies.percentile(50),
      p99: latencies.percentile(99),
      ...(half ? { half } : {}),
      perSecond,
      rounds,
      registrations: TEACHERS,
      updatesPerSecond: Math.round(perSecond * script(0).length),
      floorUpdatesPerSecond: Math.round(floorPerSecond),
      seconds: Math.round((TEACHERS / perSecond) * 100) / 100,
    };
  } finally {
    await app.close();
  }
}

export interface WorkerRound {
  registrations: number;
  /** Wall clock (ms since the epoch), comparable across processes. */
  startedAt: number;
  endedAt: number;
}

/**
 * One of several bench processes on one database, measured as `measure` measures one: the same warm-up, then
 * ROUNDS rounds of TEACHERS registrations, each started when the parent says so (`between`), so that all the
 * processes run each round together. Teachers are created before the first round, outside every round.
 */
export async function workerRounds(databaseUrl: string, between: () => Promise<void>): Promise<WorkerRound[]> {
  const database = await openDatabase({ databaseUrl, dataDir: "", logger: silentLogger, poolSize: POOL_SIZE });
  const app = await createApp({ config: benchConfig(), logger: silentLogger, database });
  try {
    const { bot, keyboards } = benchBot(app);
    await registerAll(bot, keyboards, await createTeachers(app, WARMUP), Math.min(CONCURRENCY, WARMUP));
    const rounds: number[][] = [];
    for (let round = 0; round < ROUNDS; round++) rounds.push(await createTeachers(app, TEACHERS));
    const results: WorkerRound[] = [];
    for (const teachers of rounds) {
      await between();
      const startedAt = performance.timeOrigin + performance.now();
      await registerAll(bot, keyboards, teachers, CONCURRENCY);
      results.push({ registrations: teachers.length, startedAt, endedAt: performance.timeOrigin + performance.now() });
    }
    return results;
  } finally {
    await app.close();
  }
}

/**
 * Registrations per second of `count` bot processes on one database: each round starts in all of them at once
 * and lasts from the first start to the last end; the median of ROUNDS rounds, after the same warm-up as one
 * process gets in `measure`, so the two figures compare like with like.
 */
async function measureProcesses(databaseUrl: string, count: number): Promise<{ perSecond: number; rounds: number[]; cores?: { busy: number; steal: number } }> {
  const setup = await openDatabase({ databaseUrl, dataDir: "", logger: silentLogger, poolSize: 2 });
  await (await createApp({ config: benchConfig(), logger: silentLogger, database: setup })).close(); // migrations and seed, once
  const workers = Array.from(
    { length: count },
    (_, index) =>
      new PhasedChild<{ rounds: WorkerRound[] }>([...startNodeFlags(), "--import", "tsx", join(PROJECT_ROOT, "bench", "lib", "registrations-worker.ts")], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, BENCH_WORKER_DATABASE_URL: databaseUrl, BENCH_FIRST_USER_ID: String(FIRST_USER_ID + (index + 1) * 100_000) },
      }),
  );
  try {
    for (const worker of workers) await worker.next(); // warmed up, teachers created
    const perWorker: WorkerRound[][] = [];
    const cores = new MachineCpuSpans();
    for (let round = 0; round < ROUNDS; round++) {
      cores.begin();
      // Each answers "waiting" after its round, or its figures after the last one.
      const said = await Promise.all(workers.map((worker) => worker.phase()));
      cores.end();
      for (const answer of said) if (!answer.waiting) perWorker.push(answer.result.rounds);
    }
    if (perWorker.length !== count) throw new Error("a bench worker ended without its rounds");
    const rounds = Array.from({ length: ROUNDS }, (_, round) => {
      const results = perWorker.map((worker) => worker[round] as WorkerRound);
      const seconds = (Math.max(...results.map((r) => r.endedAt)) - Math.min(...results.map((r) => r.startedAt))) / 1000;
      return Math.round((results.reduce((sum, r) => sum + r.registrations, 0) / seconds) * 10) / 10;
    });
    const shares = cores.shares();
    return { perSecond: median(rounds), rounds, ...(shares ? { cores: shares } : {}) };
  } finally {
    for (const worker of workers) worker.kill();
  }
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Registrations per second if the machine's cores did nothing but this one's bot and server work. */
function cpuCeiling(figures: Figures): number | undefined {
  if (figures.cpuMsServer === undefined) return undefined;
  return Math.round(((availableParallelism() * 1000) / (figures.cpuMsBot + figures.cpuMsServer)) * 10) / 10;
}

const describe = (figures: Figures) =>
  `${figures.perSecond} registrations/s (median of ${figures.rounds.join(", ")}; ${figures.updatesPerSecond} updates/s, /ayuda alone ${figures.floorUpdatesPerSecond}/s; reply p50 ${figures.p50} ms, p99 ${figures.p99} ms; CPU per registration ${figures.cpuMsBot} ms${figures.cpuMsServer === undefined ? "" : ` + server ${figures.cpuMsServer} ms`})`;

/**
 * Each database in a bench process of its own, taking turns round by round (the order swapped every round),
 * so that a slow minute of a shared machine falls on both and "the same run" compares like with like. Each
 * round runs alone: the other process waits on its standard input meanwhile.
 */
async function runInterleaved(sides: Array<{ database: string; halfLoad: boolean }>): Promise<Figures[]> {
  const children = sides.map(
    (side) =>
      new PhasedChild<Figures>([...startNodeFlags(), "--import", "tsx", join(PROJECT_ROOT, "bench", "lib", "registrations-rounds-child.ts")], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, BENCH_ROUNDS_DATABASE: side.database, BENCH_HALF_LOAD: side.halfLoad ? "1" : "0" },
      }),
  );
  try {
    for (const child of children) await child.next(); // warmed up
    const results: Array<Figures | undefined> = children.map(() => undefined);
    for (let phase = 0; phase <= ROUNDS; phase++) {
      const order = phase % 2 === 0 ? children : [...children].reverse();
      for (const child of order) {
        const said = await child.phase();
        if (!said.waiting) results[children.indexOf(child)] = said.result;
      }
    }
    return results.map((result) => {
      if (!result) throw new Error("a bench process ended its rounds without figures");
      return result;
    });
  } finally {
    for (const child of children) child.kill();
  }
}

export async function run(): Promise<string> {
  const loadBefore = loadavg()[0] ?? 0;
  const serverUrl = benchPostgresUrl();
  const scratch = serverUrl ? await createScratchPostgres(serverUrl) : undefined;
  let pglite: Figures;
  let postgres: Figures | undefined;
  try {
    const sides = [{ database: "pglite", halfLoad: false }, ...(scratch ? [{ database: scratch.url, halfLoad: true }] : [])];
    [pglite, postgres] = (await runInterleaved(sides)) as [Figures, Figures | undefined];
  } finally {
    await scratch?.drop();
  }
  process.stdout.write(`  PGlite: ${describe(pglite)}\n`);
  if (postgres) {
    process.stdout.write(`  PostgreSQL: ${describe(postgres)}; at half load (${postgres.half?.updatesPerSecond} updates/s) p50 ${postgres.half?.p50} ms, p99 ${postgres.half?.p99} ms\n`);
  } else {
    process.stdout.write("  PostgreSQL: no server answered; skipped\n");
  }

  let two: Awaited<ReturnType<typeof measureProcesses>> | undefined;
  const shared = postgres ? await createScratchPostgres(serverUrl as string) : undefined;
  if (shared) {
    try {
      two = await measureProcesses(shared.url, 2);
      const cores = two.cores ? `; the cores ${percent(two.cores.busy)} busy, ${percent(two.cores.steal)} stolen by the hypervisor` : "";
      process.stdout.write(`  PostgreSQL, two bot processes: ${two.perSecond} registrations/s together (median of ${two.rounds.join(", ")}${cores})\n`);
    } finally {
      await shared.drop();
    }
  }
  const twoProcesses = two?.perSecond;
  const ceiling = postgres ? cpuCeiling(postgres) : undefined;
  const ceilingToOne = postgres && ceiling !== undefined ? round2(ceiling / postgres.perSecond) : undefined;
  if (ceilingToOne !== undefined) {
    process.stdout.write(`  CPU ceiling on ${availableParallelism()} cores: ${ceiling} registrations/s however many processes, ${ceilingToOne}× one process\n`);
  }

  return writeResult("registrations", {
    registrations_per_s_pglite: pglite.perSecond,
    registrations_per_s_postgres: postgres?.perSecond ?? null,
    registrations_per_s_postgres_2proc: twoProcesses ?? null,
    postgres_to_pglite: postgres ? round2(postgres.perSecond / pglite.perSecond) : null,
    two_processes_to_one: postgres && twoProcesses ? round2(twoProcesses / postgres.perSecond) : null,
    // Reply time per update (handing the update to the bot until its replies reached the stubbed API), over the measured rounds.
    reply_p50_ms_pglite: pglite.p50,
    reply_p99_ms_pglite: pglite.p99,
    reply_p50_ms_postgres: postgres?.p50 ?? null,
    reply_p99_ms_postgres: postgres?.p99 ?? null,
    half_load_updates_per_s_postgres: postgres?.half?.updatesPerSecond ?? null,
    reply_p50_ms_postgres_half_load: postgres?.half?.p50 ?? null,
    reply_p99_ms_postgres_half_load: postgres?.half?.p99 ?? null,
    // CPU per registration over the measured rounds (ms): how much of the two cores a registration takes, the
    // bot process (with PGlite inside it), and on PostgreSQL the bot and every postgres process of this machine.
    cpu_ms_per_registration_pglite: pglite.cpuMsBot,
    cpu_ms_per_registration_postgres_bot: postgres?.cpuMsBot ?? null,
    cpu_ms_per_registration_postgres_server: postgres?.cpuMsServer ?? null,
    // The most registrations per second the machine's cores allow at the CPU per registration measured with
    // one process (bot and server), however many processes share them: the bound on two_processes_to_one. With
    // two processes each registration costs more, not less (they contend for the cores and the server's locks).
    cores: availableParallelism(),
    cpu_ceiling_registrations_per_s_postgres: ceiling ?? null,
    two_processes_to_one_ceiling: ceilingToOne ?? null,
    // Over the two-process rounds: the share of the cores' time that was busy (every process), and stolen.
    cores_busy_share_2proc: two?.cores ? round2(two.cores.busy) : null,
    cores_stolen_share_2proc: two?.cores ? round2(two.cores.steal) : null,
    target_registrations_per_s_pglite: 50,
    targets_postgres: { registrations_per_s_postgres: 100, postgres_to_pglite: 0.7, two_processes_to_one: 1.6, reply_p99_ms_postgres_half_load: 50 },
    pool_size: POOL_SIZE,
    rounds_registrations_per_s_pglite: pglite.rounds,
    rounds_registrations_per_s_postgres: postgres?.rounds ?? null,
    rounds_registrations_per_s_postgres_2proc: two?.rounds ?? null,
    warmup_registrations: WARMUP,
    registrations_per_round: TEACHERS,
    concurrent_teachers: CONCURRENCY,
    updates_per_registration: script(0).length,
    median_round_seconds_pglite: pglite.seconds,
    median_round_seconds_postgres: postgres?.seconds ?? null,
    updates_per_s_pglite: pglite.updatesPerSecond,
    updates_per_s_postgres: postgres?.updatesPerSecond ?? null,
    // What the channel and conversation manage per second with no form at all (/ayuda): the ceiling for any flow.
    floor_updates_per_s_pglite: pglite.floorUpdatesPerSecond,
    floor_updates_per_s_postgres: postgres?.floorUpdatesPerSecond ?? null,
    // Other work on the machine slows every figure here; this is the 1-minute load average when the run began.
    load_average_at_start: Math.round(loadBefore * 10) / 10,
    flow: "good-practice form through the Telegram channel (grammY, API stubbed): /registrar to Enviar, 1 team member, 4 sections, 1 file",
  });
}
