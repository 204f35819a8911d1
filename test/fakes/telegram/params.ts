/**
 * Coercion of Bot API parameters. JSON bodies carry real types, but grammY's
 * multipart uploads and query-string GETs carry strings (objects arrive as
 * JSON text), so every handler reads parameters through these helpers.
 */
import { badRequest } from "./api-error.js";

export type Params = Readonly<Record<string, unknown>>;

export function optInt(params: Params, key: string): number | undefined {
  const value = params[key];
  if (value === undefined || value === null || value === "") return undefined;
  const number = typeof value === "number" ? value : Number(value);
  if (!Number.isInteger(number)) throw badRequest(`field "${key}" must be an Integer`);
  return number;
}

export function optString(params: Params, key: string): string | undefined {
  const value = params[key];
  if (value === undefined || value === null) return undefined;
  return typeof value === "string" ? value : String(value);
}

export function optBool(params: Params, key: string): boolean {
  const value = params[key];
  return value === true || value === "true" || value === "1" || value === 1;
}

/** Objects and arrays, given either as values or as JSON text. */
export function optJson(params: Params, key: string): unknown {
  const value = params[key];
  if (typeof value !== "string") return value ?? undefined;
  if (value === "") return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw badRequest(`can't parse ${key} JSON object`);
  }
}

/** `chat_id` as a number; usernames ("@channel") are not supported by the fake. */
export function chatIdOf(params: Params): number | undefined {
  const value = params["chat_id"];
  if (value === undefined || value === null || value === "") return undefined;
  const number = typeof value === "number" ? value : Number(value);
  return Number.isInteger(number) ? number : undefined;
}

export function requireChatId(params: Params): number {
  const chatId = chatIdOf(params);
  if (chatId === undefined) throw badRequest("chat not found");
  return chatId;
}

export function requireMessageId(params: Params): number {
  const messageId = optInt(params, "message_id");
  if (messageId === undefined) throw badRequest("message identifier is not specified");
  return messageId;
}
