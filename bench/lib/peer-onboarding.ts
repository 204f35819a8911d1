/**
 * The peer in the foundation bench: the same onboarding (language, consent, role, UGEL, código modular with
 * its check, school name, levels ticked one by one, summary, send) written the way most grammY bots are, with
 * the @grammyjs/conversations plugin, its state kept through a grammY storage adapter in the same kind of
 * database as ours, and the profile saved at the end with one INSERT.
 *
 * - PostgreSQL: @grammyjs/storage-psql (its PsqlAdapter over a pg pool, the published adapter).
 * - PGlite: no published adapter fits, so PgliteAdapter below does what PsqlAdapter does (same table, same
 *   statements) over PGlite's `query`.
 */
import type { PGlite } from "@electric-sql/pglite";
import { conversations, createConversation, type Conversation, type ConversationFlavor } from "@grammyjs/conversations";
import { PsqlAdapter } from "@grammyjs/storage-psql";
import { Bot, Context, InlineKeyboard, type StorageAdapter } from "grammy";
import type pg from "pg";
import { BENCH_BOT_INFO, callbackUpdate, textUpdate } from "./stub-telegram.js";

type PeerContext = ConversationFlavor<Context>;

/** A grammY StorageAdapter over PGlite, statement for statement the one @grammyjs/storage-psql runs. */
export class PgliteAdapter<T> implements StorageAdapter<T> {
  private constructor(
    private readonly db: PGlite,
    private readonly table: string,
  ) {}

  static async create<T>(db: PGlite, table = "sessions"): Promise<PgliteAdapter<T>> {
    await db.exec(`CREATE TABLE IF NOT EXISTS "${table}" ("key" VARCHAR NOT NULL, "value" TEXT);
      CREATE UNIQUE INDEX IF NOT EXISTS IDX_${table} ON "${table}" ("key")`);
    return new PgliteAdapter<T>(db, table);
  }

  async read(key: string): Promise<T | undefined> {
    const { rows } = await this.db.query<{ value: string }>(`select * from "${this.table}" where key = $1`, [key]);
    return rows[0] ? (JSON.parse(rows[0].value) as T) : undefined;
  }

  async write(key: string, value: T): Promise<void> {
    await this.db.query(`INSERT INTO "${this.table}" (key, value) values ($1, $2) ON CONFLICT (key) DO UPDATE SET value = $2`, [key, JSON.stringify(value)]);
  }

  async delete(key: string): Promise<void> {
    await this.db.query(`delete from "${this.table}" where key = $1`, [key]);
  }
}

/** Where the peer keeps its state and profiles: the pieces a grammY bot would have on each database. */
export interface PeerDatabase {
  storage: StorageAdapter<unknown>;
  saveProfile(chatId: number, profile: Record<string, unknown>): Promise<void>;
}

const PROFILES = `CREATE TABLE IF NOT EXISTS peer_profiles (chat_id bigint PRIMARY KEY, profile jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`;
const SAVE = `INSERT INTO peer_profiles (chat_id, profile) VALUES ($1, $2) ON CONFLICT (chat_id) DO UPDATE SET profile = EXCLUDED.profile`;

export async function peerOnPostgres(pool: pg.Pool): Promise<PeerDatabase> {
  await pool.query(PROFILES);
  // Typed for a pg Client; it only calls `query`, which a pool has too (its README shows a Client).
  const storage = await PsqlAdapter.create({ tableName: "peer_sessions", client: pool as unknown as pg.Client });
  return { storage: storage as StorageAdapter<unknown>, saveProfile: async (chatId, profile) => void (await pool.query(SAVE, [chatId, JSON.stringify(profile)])) };
}

export async function peerOnPglite(db: PGlite): Promise<PeerDatabase> {
  await db.exec(PROFILES);
  const storage = await PgliteAdapter.create<unknown>(db, "peer_sessions");
  return { storage, saveProfile: async (chatId, profile) => void (await db.query(SAVE, [chatId, JSON.stringify(profile)])) };
}

const UGELS = [
  ["190001", "UGEL Pasco"],
  ["190002", "UGEL Daniel Alcides Carrión"],
  ["190003", "UGEL Oxapampa"],
  ["190004", "UGEL Puerto Bermúdez"],
] as const;
const LEVELS = ["inicial", "primaria", "secundaria"] as const;

async function onboarding(conversation: Conversation<PeerContext, Context>, ctx: Context, database: PeerDatabase): Promise<void> {
  const useButtons = { otherwise: (other: Context) => other.reply("Por favor, usa los botones.") };
  await ctx.reply("¡Hola! Elige tu idioma:", { reply_markup: new InlineKeyboard().text("Español", "lang:es").text("English", "lang:en") });
  const language = await conversation.waitForCallbackQuery(/^lang:/, useButtons);
  await language.answerCallbackQuery();
  await language.reply("Para registrarte necesitamos tus datos (Ley 29733). ¿Aceptas?", {
    reply_markup: new InlineKeyboard().text("Acepto", "consent:yes").text("No acepto", "consent:no"),
  });
  const consent = await conversation.waitForCallbackQuery(/^consent:/, useButtons);
  await consent.answerCallbackQuery();
  await consent.reply("¿Cuál es tu rol?", { reply_markup: new InlineKeyboard().text("Docente", "role:docente").text("Director(a)", "role:director") });
  const role = await conversation.waitForCallbackQuery(/^role:/, useButtons);
  await role.answerCallbackQuery();
  const ugels = new InlineKeyboard();
  for (const [id, name] of UGELS) ugels.text(name, `ugel:${id}`).row();
  await role.reply("¿A qué UGEL pertenece tu institución?", { reply_markup: ugels });
  const ugel = await conversation.waitForCallbackQuery(/^ugel:/, useButtons);
  await ugel.answerCallbackQuery();
  await ugel.reply("Escribe el código modular de tu institución (7 dígitos).");
  let codigo = "";
  for (;;) {
    const answer = await conversation.waitFor("message:text", { otherwise: (other) => other.reply("Escribe el código modular.") });
    codigo = answer.message.text.trim();
    if (/^\d{7}$/.test(codigo)) {
      await answer.reply("Escribe el nombre de tu institución.");
      break;
    }
    await answer.reply("El código modular tiene 7 dígitos. Inténtalo de nuevo.");
  }
  const name = await conversation.waitFor("message:text", { otherwise: (other) => other.reply("Escribe el nombre de tu institución.") });
  const levels = new Set<string>();
  const levelKeyboard = () => {
    const keyboard = new InlineKeyboard();
    for (const level of LEVELS) keyboard.text(`${levels.has(level) ? "✅ " : ""}${level}`, `lvl:${level}`).row();
    return keyboard.text("Listo", "lvl:ok");
  };
  await name.reply("¿En qué niveles enseñas? Marca uno o más.", { reply_markup: levelKeyboard() });
  for (;;) {
    const press = await conversation.waitForCallbackQuery(/^lvl:/, useButtons);
    await press.answerCallbackQuery();
    const choice = press.callbackQuery.data.slice(4);
    if (choice === "ok" && levels.size > 0) break;
    if (choice !== "ok" && !levels.delete(choice)) levels.add(choice);
    await press.reply(choice === "ok" ? "Marca al menos un nivel." : "¿En qué niveles enseñas? Marca uno o más.", { reply_markup: levelKeyboard() });
  }
  const profile = {
    language: language.callbackQuery.data.slice(5),
    role: role.callbackQuery.data.slice(5),
    ugel: ugel.callbackQuery.data.slice(5),
    codigo,
    school: name.message.text.trim(),
    levels: [...levels],
  };
  await ctx.reply(`Revisa tus datos:\n${JSON.stringify(profile, null, 1)}`, { reply_markup: new InlineKeyboard().text("Enviar", "submit") });
  const submit = await conversation.waitForCallbackQuery("submit", useButtons);
  await submit.answerCallbackQuery();
  const chatId = submit.chat?.id ?? 0;
  await conversation.external(() => database.saveProfile(chatId, profile));
  await submit.reply("¡Listo! Tu perfil está guardado.");
}

/**
 * Answers Bot API calls locally at the fetch level: the plugin builds a fresh Api (without the bot's API
 * transformers) for every context inside a conversation, so the transformer stub ours uses would not reach
 * them. This costs the peer a JSON round of each call, a few microseconds against its whole turn.
 */
const localFetch = (async (input: string | URL | Request, init?: RequestInit) => {
  const method = String(input).split("/").pop() ?? "";
  const body = typeof init?.body === "string" ? (JSON.parse(init.body) as { chat_id?: number; text?: string }) : {};
  const result =
    method === "sendMessage" || method === "editMessageText"
      ? { message_id: ++messageId, date: 0, chat: { id: body.chat_id ?? 0, type: "private", first_name: "x" }, text: body.text ?? "" }
      : true;
  return new Response(JSON.stringify({ ok: true, result }), { headers: { "content-type": "application/json" } });
}) as typeof fetch;
let messageId = 0;

export function createPeerBot(database: PeerDatabase): Bot<PeerContext> {
  const bot = new Bot<PeerContext>("1:bench", { botInfo: BENCH_BOT_INFO, client: { fetch: localFetch } });
  bot.use(conversations({ storage: { type: "key", adapter: database.storage as never } }));
  bot.use(createConversation((conversation: Conversation<PeerContext, Context>, ctx: Context) => onboarding(conversation, ctx, database), "onboarding"));
  bot.command("start", (ctx) => ctx.conversation.enter("onboarding"));
  return bot;
}

/** The peer's onboarding as Telegram would deliver it: the same ten updates as ours. */
export function peerOnboardingUpdates(userId: number, codigo: string): Array<() => object> {
  return [
    () => textUpdate(userId, "/start"),
    () => callbackUpdate(userId, "lang:es"),
    () => callbackUpdate(userId, "consent:yes"),
    () => callbackUpdate(userId, "role:docente"),
    () => callbackUpdate(userId, "ugel:190001"),
    () => textUpdate(userId, codigo),
    () => textUpdate(userId, "IE Bench"),
    () => callbackUpdate(userId, "lvl:primaria"),
    () => callbackUpdate(userId, "lvl:ok"),
    () => callbackUpdate(userId, "submit"),
  ];
}
