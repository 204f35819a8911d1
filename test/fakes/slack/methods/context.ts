/**
 * What fake Slack Web API methods work with, their signature, Slack's error
 * shape (`{ ok: false, error, response_metadata? }` with HTTP 200), and
 * parameter helpers: form-encoded requests carry objects as JSON text.
 */
import type { SlackStore } from "../store.js";

export interface SlackApiState {
  readonly store: SlackStore;
  readonly teamId: string;
  readonly botUserId: string;
  readonly botId: string;
  /** Origin of the fake server (for upload URLs). */
  readonly origin: string;
}

export type Params = Readonly<Record<string, unknown>>;
export type SlackMethod = (state: SlackApiState, params: Params) => Record<string, unknown>;

export class SlackApiError extends Error {
  constructor(
    readonly error: string,
    readonly messages?: readonly string[],
  ) {
    super(error);
  }

  toBody(): Record<string, unknown> {
    return { ok: false, error: this.error, ...(this.messages?.length ? { response_metadata: { messages: this.messages } } : {}) };
  }
}

export function str(params: Params, key: string): string | undefined {
  const value = params[key];
  if (value === undefined || value === null || value === "") return undefined;
  return typeof value === "string" ? value : String(value);
}

export function json(params: Params, key: string): unknown {
  const value = params[key];
  if (typeof value !== "string") return value ?? undefined;
  const trimmed = value.trim();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return value;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    throw new SlackApiError("invalid_json", [`[ERROR] could not parse ${key}`]);
  }
}
