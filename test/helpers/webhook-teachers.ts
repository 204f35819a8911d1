/**
 * Teachers filling the good-practice form through real bot processes in webhook mode, as Telegram and a load
 * balancer would drive them: updates built like Telegram's, POSTed to one process or another, and the form's
 * answers checked in the database afterwards. Shared by the multi-process end-to-end tests.
 */
import { join } from "node:path";
import { PROJECT_ROOT } from "../../src/app.js";
import type { Database } from "../../src/db/client.js";
import type { FakeTelegram } from "../fakes/telegram/index.js";
import { startBotProcess, webhookEnv, type BotProcess } from "./bot-process.js";

export type Step = { say: string } | { press: string };

/** Runs `work` for every teacher, `concurrency` at a time, as that many people answering at once. */
export async function forEachTeacher(teachers: number[], concurrency: number, work: (teacher: number, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < teachers.length) {
        const index = next++;
        await work(teachers[index]!, index);
      }
    }),
  );
}

/** One of several bot processes on one PostgreSQL database, taking Telegram's updates by webhook on `port`. */
export function startWebhookBot(options: { port: number; databaseUrl: string; fake: FakeTelegram; secret: string; name: string }): BotProcess {
  const bot = startBotProcess({
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    DATA_DIR: join(PROJECT_ROOT, "node_modules", ".cache", `${options.name}-${options.port}`),
    DATABASE_URL: options.databaseUrl,
    DATABASE_POOL_SIZE: "6",
    DISPATCHER_ENABLED: "false",
    ...webhookEnv(options.port, options.fake, options.secret),
  });
  bot.child.once("exit", (code) => {
    if (code !== null && code !== 0) console.error(`bot on ${options.port} exited with ${code}:\n${bot.output()}`);
  });
  return bot;
}

/** POSTs one update to one process, as Telegram does; resolves when the process has answered 200. */
export async function post(port: number, secret: string, update: object): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${port}/telegram`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
    body: JSON.stringify(update),
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`webhook on ${port} answered ${response.status}`);
}

/** Update and message ids, unique within one test file. */
export class UpdateFactory {
  private nextUpdateId: number;
  private nextMessageId = 1;

  constructor(
    private readonly fake: FakeTelegram,
    firstUpdateId: number,
  ) {
    this.nextUpdateId = firstUpdateId;
  }

  text(userId: number, text: string, updateId = this.newId()): object {
    const chat = { id: userId, type: "private", first_name: "Docente" };
    const from = { id: userId, is_bot: false, first_name: "Docente", language_code: "es" };
    const entities = text.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.length }] : undefined;
    return { update_id: updateId, message: { message_id: this.nextMessageId++, date: Math.floor(Date.now() / 1000), chat, from, text, ...(entities ? { entities } : {}) } };
  }

  /** Presses the button whose label contains `label` on the bot's latest message with a keyboard to this teacher. */
  press(userId: number, label: string): object {
    const messages = this.fake.messagesTo(userId).filter((message) => message.inlineKeyboard.length > 0);
    const last = messages.at(-1);
    const button = last?.inlineKeyboard.flat().find((candidate) => candidate.text.includes(label) && "callback_data" in candidate);
    if (!last || !button || !("callback_data" in button)) {
      throw new Error(`teacher ${userId}: no button "${label}" in ${JSON.stringify(this.fake.messagesTo(userId).slice(-3).map((m) => [m.text, m.inlineKeyboard]))}`);
    }
    const id = this.newId();
    const from = { id: userId, is_bot: false, first_name: "Docente", language_code: "es" };
    return { update_id: id, callback_query: { id: String(id), chat_instance: "t", from, message: last.message, data: button.callback_data } };
  }

  step(userId: number, step: Step): object {
    return "say" in step ? this.text(userId, step.say) : this.press(userId, step.press);
  }

  newId(): number {
    return ++this.nextUpdateId;
  }
}

/** The good-practice form as far as the first long answer (which the tests send in parts). */
export function formSteps(teacher: number): Step[] {
  return [
    { say: "/registrar" },
    { press: "Buena práctica" },
    { press: "2026" },
    { press: "Pedagógica" },
    { press: "Lectura y escritura" },
    { press: "Primaria" },
    { say: `Lectura en familia ${teacher}` },
    { press: "(" }, // the school from the profile; the level is the subcategory's
    { say: `Rosa ${lettersOf(teacher)}` },
    { say: `Quispe ${lettersOf(teacher)}` },
    { say: String(40_000_000 + teacher) },
    { press: "Docente" },
    { press: "Nombrado" },
    { press: "Omitir" },
    { press: "Listo" },
  ];
}

/** Onboarded teachers of UGEL Pasco, Telegram user ids first … first + count - 1, each at a school of their own. */
export async function createTeachers(database: Database, first: number, count: number): Promise<number[]> {
  const ids = Array.from({ length: count }, (_, index) => first + index);
  await database.prisma.$executeRawUnsafe(
    `WITH t AS (SELECT unnest($1::text[]) AS uid)
     INSERT INTO "School" ("codigoModular", name, "ugelId", "updatedAt")
     SELECT right(uid, 7), 'IE Procesos ' || uid, '190001', now() FROM t`,
    ids.map(String),
  );
  await database.prisma.$executeRawUnsafe(
    `WITH t AS (SELECT unnest($1::text[]) AS uid), people AS (
       INSERT INTO "Person" ("displayName", role, "ugelId", "schoolId", levels, "consentAt", "consentVersion", "onboardedAt", locale, "updatedAt")
       SELECT 'Docente ' || uid, 'docente'::"Role", '190001', s.id, ARRAY['primaria']::"Level"[], now(), 'test', now(), 'es', now()
       FROM t JOIN "School" s ON s."codigoModular" = right(uid, 7)
       RETURNING id, "displayName"
     )
     INSERT INTO "ChannelIdentity" ("personId", channel, "externalId", "chatRef")
     SELECT id, 'telegram'::"Channel", substr("displayName", 9), substr("displayName", 9) FROM people`,
    ids.map(String),
  );
  return ids;
}

/**
 * Every teacher's good-practice draft against what they sent: title, team member and the long answer in its
 * parts, in order. Returns one line per teacher whose draft differs (empty when all are right).
 */
export async function wrongDrafts(database: Database, teachers: number[], purposeParts: (teacher: number) => string[]): Promise<string[]> {
  const drafts = await database.prisma.conversationDraft.findMany({
    where: { formId: "buena_practica" },
    select: { answers: true, person: { select: { identities: { select: { externalId: true } } } } },
  });
  const byTeacher = new Map(drafts.map((draft) => [Number(draft.person.identities[0]?.externalId), draft.answers as Record<string, unknown>]));
  const wrong: string[] = [];
  for (const teacher of teachers) {
    const answers = byTeacher.get(teacher);
    if (!answers) {
      wrong.push(`${teacher}: no draft`);
      continue;
    }
    const team = answers.team as Array<Record<string, unknown>> | undefined;
    const expected = {
      title: `Lectura en familia ${teacher}`,
      names: `Rosa ${lettersOf(teacher)}`,
      surnames: `Quispe ${lettersOf(teacher)}`,
      dni: String(40_000_000 + teacher),
      purpose: purposeParts(teacher).join("\n"),
    };
    const found = { title: answers.title, names: team?.[0]?.names, surnames: team?.[0]?.surnames, dni: team?.[0]?.dni, purpose: answers[purposeKey(answers)] };
    if (JSON.stringify(found) !== JSON.stringify(expected) || team?.length !== 1) wrong.push(`${teacher}: ${JSON.stringify(found)} team ${team?.length}`);
  }
  return wrong;
}

/** A name part that tells teachers apart (names take no digits): 8100012 → "Ibjaaabc". */
export function lettersOf(teacher: number): string {
  const letters = [...String(teacher)].map((digit) => "abcdefghij"[Number(digit)]).join("");
  return letters.charAt(0).toUpperCase() + letters.slice(1);
}

/** The key of the long answer: the one answer holding the first part. */
export function purposeKey(answers: Record<string, unknown>): string {
  return Object.keys(answers).find((key) => typeof answers[key] === "string" && (answers[key] as string).startsWith("primera parte")) ?? "?";
}
