/**
 * Calendar figures:
 * - questions_per_s: calendar questions answered end to end through Conversation.handle (person lookup and
 *   conversation state, parse, answer, render, buttons) by registered people on the embedded database
 *   (PGlite), 20 people asking at once (Prisma batches their lookups); also per CPU second (steady on a busy
 *   machine), for one person alone, on PostgreSQL when a server answers, and for parse+answer+render alone on
 *   the index loaded from the database;
 * - question_set_accuracy: share of test/calendar/questions.json answered right (evaluateQuestionSet) against
 *   the sample calendar as loaded FROM THE DATABASE (so the round trip of dates and Lima times is covered),
 *   with the count of confident wrong dates beside it;
 * - second_set_accuracy: share of test/calendar/second/questions.json answered right against the official-style
 *   calendar beside it, imported into a fresh database as `npm run calendar:import` does (the sample retired),
 *   then loaded from the database; with its confident wrong dates (a stated date other than the expected one).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp, PROJECT_ROOT, type App } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import type { Reply, Sender } from "../src/core/types.js";
import {
  answerQuestion,
  buildCalendarIndex,
  evaluateQuestionSet,
  importCalendarFile,
  renderAnswer,
  type QuestionSet,
  type QuestionSetReport,
} from "../src/domain/calendar/index.js";
import { loadContests, saveCalendarImport } from "../src/domain/contests/index.js";
import { silentLogger } from "../src/logger.js";
import { benchPostgresUrl, writeResult } from "./lib/result.js";
import { createScratchPostgres } from "./lib/scratch-db.js";

const set = JSON.parse(readFileSync(join(PROJECT_ROOT, "test", "calendar", "questions.json"), "utf8")) as QuestionSet;
const SECOND_DIR = join(PROJECT_ROOT, "test", "calendar", "second");
const secondSet = JSON.parse(readFileSync(join(SECOND_DIR, "questions.json"), "utf8")) as QuestionSet;
const NOW = new Date(set.defaultNow);
const questions = set.questions.map((q) => q.q);

async function withApp<T>(env: Record<string, string>, work: (app: App) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), "pasco-bench-calendar-"));
  const app = await createApp({ config: loadConfig({ NODE_ENV: "production", DATA_DIR: dataDir, ...env }), logger: silentLogger, now: () => NOW });
  try {
    return await work(app);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function registerPeople(app: App, count: number): Promise<Sender[]> {
  const senders: Sender[] = [];
  for (let i = 0; i < count; i++) {
    const externalId = `bench-${i}`;
    await app.services.db.person.create({
      data: {
        role: "docente",
        levels: ["primaria", "secundaria"],
        onboardedAt: NOW,
        consentAt: NOW,
        identities: { create: { channel: "console", externalId } },
      },
    });
    senders.push({ channel: "console", externalId });
  }
  return senders;
}

function checkAnswer(replies: Reply[], question: string): void {
  const reply = replies[0];
  if (reply?.type !== "text" || reply.text.startsWith("Lo siento")) throw new Error(`no calendar answer to "${question}": ${JSON.stringify(replies)}`);
}

interface Rate {
  /** Questions per second of wall-clock time. */
  wall: number;
  /** Questions per second of this process's CPU time: what one free core would do, whatever else runs. */
  cpu: number;
}

/** `total` questions through Conversation.handle, `people` asking at once (each one waits for their answer). */
async function conversationRate(app: App, senders: Sender[], total: number): Promise<Rate> {
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    senders.map(async (sender) => {
      while (next < total) {
        const question = questions[next++ % questions.length]!;
        checkAnswer(await app.conversation.handle(sender, { type: "text", text: question }), question);
      }
    }),
  );
  const used = process.cpuUsage(cpu);
  return { wall: total / ((performance.now() - started) / 1000), cpu: total / ((used.user + used.system) / 1e6) };
}

/** People asking at once: at 500 questions a second there are surely this many. */
const PEOPLE = 20;

async function measureConversation(app: App): Promise<{ concurrent: Rate; single: Rate }> {
  const senders = await registerPeople(app, PEOPLE);
  await conversationRate(app, senders, 600); // warm-up: calendar loaded, JIT, connections
  const concurrent = await conversationRate(app, senders, 4_000);
  const single = await conversationRate(app, senders.slice(0, 1), 1_000);
  return { concurrent, single };
}

/** The second calendar imported into a fresh database, then its question set asked of what the database holds. */
async function measureSecondSet(): Promise<{ report: QuestionSetReport; sampleLeft: number }> {
  return withApp({}, async (app) => {
    const file = await importCalendarFile(new Uint8Array(readFileSync(join(SECOND_DIR, "calendario-oficial-2027.csv"))));
    if (file.errors.length > 0) throw new Error(`second calendar has errors: ${JSON.stringify(file.errors)}`);
    await saveCalendarImport(app.services.db, {
      contests: file.contests,
      fileName: "calendario-oficial-2027.csv",
      actor: { personId: null, label: "bench" },
      onlyValid: false,
      rowsRead: file.rowsRead,
      rejectedRows: 0,
      now: NOW,
    });
    const { contests } = await loadContests(app.services.db);
    const report = evaluateQuestionSet(secondSet, buildCalendarIndex(contests));
    for (const failure of report.failures) console.log(`  ✗ ${failure.id} "${failure.q}" → ${failure.got}: ${failure.reasons.join("; ")}`);
    return { report, sampleLeft: contests.filter((c) => c.isSample).length };
  });
}

export async function run(): Promise<string> {
  const second = await measureSecondSet();
  const { accuracy, wrongDates, answerOnly, concurrent, single } = await withApp({}, async (app) => {
    const { contests } = await loadContests(app.services.db);
    const index = buildCalendarIndex(contests);
    const report = evaluateQuestionSet(set, index);
    for (const failure of report.failures) console.log(`  ✗ ${failure.id} "${failure.q}" → ${failure.got}: ${failure.reasons.join("; ")}`);

    const t = app.services.i18n.translator("es");
    const render = { t, locale: "es" as const, now: NOW };
    for (const q of questions) renderAnswer(answerQuestion(q, index, NOW), render);
    const rounds = 10;
    const started = performance.now();
    for (let r = 0; r < rounds; r++) for (const q of questions) renderAnswer(answerQuestion(q, index, NOW), render);
    const answerOnly = (rounds * questions.length) / ((performance.now() - started) / 1000);

    return { accuracy: report.accuracy, wrongDates: report.confidentWrongDates.length, answerOnly, ...(await measureConversation(app)) };
  });

  let postgres: Rate | null = null;
  const scratch = await createScratchPostgres(benchPostgresUrl() ?? "");
  if (scratch) {
    try {
      postgres = (await withApp({ DATABASE_URL: scratch.url }, measureConversation)).concurrent;
    } finally {
      await scratch.drop();
    }
  }

  const figures = {
    questions_per_s: Math.round(concurrent.wall),
    questions_per_cpu_s: Math.round(concurrent.cpu),
    questions_per_s_one_person: Math.round(single.wall),
    questions_per_s_postgres: postgres === null ? null : Math.round(postgres.wall),
    answer_render_only_per_s: Math.round(answerOnly),
    question_set_accuracy: Number(accuracy.toFixed(3)),
    question_set_size: set.questions.length,
    confident_wrong_dates: wrongDates,
    second_set_accuracy: Number(second.report.accuracy.toFixed(3)),
    second_set_size: second.report.total,
    second_set_confident_wrong_dates: second.report.confidentWrongDates.length,
    second_set_sample_editions_left: second.sampleLeft,
    measured: `questions_per_s: Conversation.handle, ${PEOPLE} registered people asking at once, embedded PGlite (questions_per_cpu_s: the same per CPU second of the process); accuracy: the sample calendar loaded from the database`,
    targets: {
      questions_per_s: 500,
      question_set_accuracy: 0.9,
      confident_wrong_dates: 0,
      second_set_accuracy: 0.95,
      second_set_confident_wrong_dates: 0,
    },
  };
  console.log(figures);
  return writeResult("calendar", figures);
}
