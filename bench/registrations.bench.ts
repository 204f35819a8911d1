/**
 * Complete registrations per second through the real Telegram channel (grammY bot, conversation, form engine,
 * database) with the Bot API stubbed in process: teachers already onboarded walk the whole good-practice form,
 * from /registrar to "Enviar", several at a time, on PGlite (in memory) and on PostgreSQL.
 *
 * A running bot is warm: the figure is the median of three rounds after a warm-up, as in the foundation bench.
 * Right after start V8 is still optimising PGlite's WebAssembly, and single cold rounds of the same code varied
 * from 58 to 88 registrations per second.
 *
 *   npm run bench -- registrations      → bench/results/registrations.json
 */
import { loadavg } from "node:os";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { createApp, type App } from "../src/app.js";
import { createTelegramBot } from "../src/channels/telegram/bot.js";
import { loadConfig } from "../src/config.js";
import { openDatabase, type Database } from "../src/db/client.js";
import { silentLogger } from "../src/logger.js";
import { benchPostgresUrl, writeResult } from "./lib/result.js";
import { createScratchPostgres } from "./lib/scratch-db.js";
import { BENCH_BOT_INFO } from "./lib/stub-telegram.js";

const TEACHERS = Number(process.env.BENCH_REGISTRATIONS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const WARMUP = Number(process.env.BENCH_REGISTRATIONS_WARMUP ?? 100);
const ROUNDS = 3;
const FIRST_USER_ID = 700_000;

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
    { press: "(" }, // the school of the profile: "IE … (código)"
    { press: "Primaria" },
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

let updateId = 0;

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

async function registerAll(bot: Bot, keyboards: Map<number, Keyboard[]>, teachers: number[], concurrency: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < teachers.length) {
      const teacher = teachers[next++] as number;
      for (const step of script(teacher)) await bot.handleUpdate(updateFor(teacher, step, keyboards));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

interface Figures {
  /** Median of the rounds. */
  perSecond: number;
  rounds: number[];
  /** Registrations per round. */
  registrations: number;
  updatesPerSecond: number;
  floorUpdatesPerSecond: number;
  /** Seconds of the median round. */
  seconds: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

export async function measure(database: Database): Promise<Figures> {
  const config = loadConfig({ NODE_ENV: "production", DATA_DIR: "/nonexistent", LOG_LEVEL: "silent", DISPATCHER_ENABLED: "false" });
  const app = await createApp({ config, logger: silentLogger, database });
  try {
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
    const keyboards = stubApi(bot);
    const warmup = await createTeachers(app, WARMUP);
    await registerAll(bot, keyboards, warmup, Math.min(CONCURRENCY, WARMUP));
    const rounds: number[] = [];
    let teachers: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      teachers = await createTeachers(app, TEACHERS);
      const before = await app.services.db.registration.count();
      const started = performance.now();
      await registerAll(bot, keyboards, teachers, CONCURRENCY);
      const seconds = (performance.now() - started) / 1000;
      const registrations = (await app.services.db.registration.count()) - before;
      if (registrations !== TEACHERS) throw new Error(`expected ${TEACHERS} registrations, found ${registrations}`);
      rounds.push(Math.round((registrations / seconds) * 10) / 10);
    }
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
    return {
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

const describe = (figures: Figures) =>
  `${figures.perSecond} registrations/s (median of ${figures.rounds.join(", ")}; ${figures.updatesPerSecond} updates/s, /ayuda alone ${figures.floorUpdatesPerSecond}/s)`;

export async function run(): Promise<string> {
  const loadBefore = loadavg()[0] ?? 0;
  const pglite = await measure(await openDatabase({ dataDir: "", inMemory: true, logger: silentLogger }));
  process.stdout.write(`  PGlite: ${describe(pglite)}\n`);

  let postgres: Figures | undefined;
  const serverUrl = benchPostgresUrl();
  const scratch = serverUrl ? await createScratchPostgres(serverUrl) : undefined;
  if (scratch) {
    try {
      postgres = await measure(await openDatabase({ databaseUrl: scratch.url, dataDir: "", logger: silentLogger, poolSize: 10 }));
      process.stdout.write(`  PostgreSQL: ${describe(postgres)}\n`);
    } finally {
      await scratch.drop();
    }
  } else {
    process.stdout.write("  PostgreSQL: no server answered; skipped\n");
  }

  return writeResult("registrations", {
    registrations_per_s_pglite: pglite.perSecond,
    registrations_per_s_postgres: postgres?.perSecond ?? null,
    target_registrations_per_s_pglite: 50,
    rounds_registrations_per_s_pglite: pglite.rounds,
    rounds_registrations_per_s_postgres: postgres?.rounds ?? null,
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
