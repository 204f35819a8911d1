import { GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { classifyTelegramError } from "../../../src/channels/telegram/sender.js";

const telegram = (code: number, description: string, parameters: Record<string, number> = {}) =>
  new GrammyError("call failed", { ok: false, error_code: code, description, parameters }, "sendMessage", {});

describe("Telegram answers as outcomes", () => {
  it("reads 429 with its retry_after", () => {
    expect(classifyTelegramError(telegram(429, "Too Many Requests: retry after 7", { retry_after: 7 }))).toEqual({ kind: "rate_limited", retryAfterMs: 7_000 });
  });

  it("treats 403 and a vanished chat as unreachable, other 400s as a refused message", () => {
    expect(classifyTelegramError(telegram(403, "Forbidden: bot was blocked by the user")).kind).toBe("unreachable");
    expect(classifyTelegramError(telegram(400, "Bad Request: chat not found")).kind).toBe("unreachable");
    expect(classifyTelegramError(telegram(400, "Bad Request: message is too long"))).toEqual({ kind: "rejected", reason: "Bad Request: message is too long" });
  });

  it("retries 5xx and network failures", () => {
    expect(classifyTelegramError(telegram(502, "Bad Gateway")).kind).toBe("transient");
    expect(classifyTelegramError(new HttpError("Network request for 'sendMessage' failed!", new Error("ECONNRESET"))).kind).toBe("transient");
  });
});
