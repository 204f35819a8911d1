/**
 * Runs the Telegram bot: long polling by default (grammY runner, concurrent across people, in order per
 * person thanks to the conversation's lock), or a webhook on an HTTP server that also answers /healthz and
 * /metrics.
 *
 * The webhook checks the secret token before reading anything, then reads at most MAX_UPDATE_BYTES (a Telegram
 * update is a few KB; a bigger declared or streamed body gets 413 and is not kept in memory), and hands grammY only
 * a JSON object with a numeric update_id: anything else, even with the right secret, gets 400 and a warning.
 */
import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { run, type RunnerHandle } from "@grammyjs/runner";
import { webhookCallback, type Bot } from "grammy";
import type { Update } from "grammy/types";
import { readBoundedBody } from "../../core/bounded-body.js";
import type { Logger } from "../../logger.js";
import type { MetricsRoute } from "../../metrics.js";

export const MAX_UPDATE_BYTES = 1024 * 1024;
const SECRET_HEADER = "x-telegram-bot-api-secret-token";

export const ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"] as const;

export interface TelegramRunOptions {
  webhookUrl?: string;
  webhookSecret?: string;
  host: string;
  port: number;
  logger: Logger;
  health: () => Promise<{ ok: boolean; [key: string]: unknown }>;
  metrics?: MetricsRoute;
  /** A request refused before grammY saw it (for /metrics). */
  onRefused?: (status: number) => void;
}

/** GET /healthz and GET /metrics, for any of the bot's HTTP servers; false when the request is for neither. */
export function serveOperations(request: IncomingMessage, response: ServerResponse, health: TelegramRunOptions["health"], metrics?: MetricsRoute): boolean {
  if (request.method !== "GET") return false;
  const path = (request.url ?? "").split("?")[0];
  if (path === "/healthz") {
    void health().then(
      (result) => response.writeHead(result.ok ? 200 : 503, { "content-type": "application/json" }).end(JSON.stringify(result)),
      () => response.writeHead(503).end(),
    );
    return true;
  }
  if (path === "/metrics" && metrics) {
    void metrics.render().then(
      (text) => response.writeHead(200, { "content-type": metrics.contentType }).end(text),
      () => response.writeHead(500).end(),
    );
    return true;
  }
  return false;
}

function secretMatches(given: string | string[] | undefined, expected: string | undefined): boolean {
  if (!expected) return true;
  const value = Array.isArray(given) ? given[0] : given;
  if (typeof value !== "string") return false;
  const a = Buffer.from(value);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function isUpdate(value: unknown): value is Update {
  return value !== null && typeof value === "object" && !Array.isArray(value) && Number.isSafeInteger((value as { update_id?: unknown }).update_id);
}

export interface RunningTelegram {
  stop(): Promise<void>;
  /** The HTTP server's port in webhook mode (useful with port 0). */
  port?: number;
}

export async function runTelegram(bot: Bot, options: TelegramRunOptions): Promise<RunningTelegram> {
  await bot.init();
  if (!options.webhookUrl) {
    // An emulator without deleteWebhook has no webhook to remove either: polling goes on.
    await bot.api.deleteWebhook().catch((error: unknown) => options.logger.warn({ method: "deleteWebhook", description: (error as { description?: string }).description }, "telegram: a Bot API method failed; the bot goes on without it"));
    const runner: RunnerHandle = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
    options.logger.info({ bot: bot.botInfo.username }, "telegram: long polling");
    return { stop: async () => { if (runner.isRunning()) await runner.stop(); } };
  }

  const path = new URL(options.webhookUrl).pathname || "/";
  // The update is read and checked here; grammY gets it already parsed (its "callback" style adapter).
  const handleUpdate = webhookCallback(bot, (update: Update, response: ServerResponse) => ({
    update: Promise.resolve(update),
    header: undefined,
    end: () => response.end(),
    respond: (json: string) => response.writeHead(200, { "content-type": "application/json" }).end(json),
    unauthorized: () => response.writeHead(401).end(),
  }), { onTimeout: "return", timeoutMilliseconds: 9_000 });
  const refuse = (response: ServerResponse, status: number, reason: string) => {
    options.onRefused?.(status);
    options.logger.warn({ status, reason }, "telegram: webhook request refused");
    response.writeHead(status, { connection: "close" }).end();
  };
  const receive = async (request: IncomingMessage, response: ServerResponse) => {
    if (!secretMatches(request.headers[SECRET_HEADER], options.webhookSecret)) {
      request.resume();
      return refuse(response, 401, "wrong secret token");
    }
    const read = await readBoundedBody(request, MAX_UPDATE_BYTES);
    if (!read.ok) return refuse(response, 413, `body over ${MAX_UPDATE_BYTES} bytes`);
    let update: unknown;
    try {
      update = JSON.parse(read.body.toString("utf8"));
    } catch {
      return refuse(response, 400, "body is not JSON");
    }
    if (!isUpdate(update)) return refuse(response, 400, "body is not an update");
    await handleUpdate(update, response);
  };
  const server: Server = createServer((request, response) => {
    if (serveOperations(request, response, options.health, options.metrics)) return;
    if (request.method === "POST" && (request.url ?? "").split("?")[0] === path) {
      receive(request, response).catch((error: unknown) => {
        options.logger.error({ err: error }, "webhook request failed");
        if (!response.headersSent) response.writeHead(500).end();
      });
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  await bot.api.setWebhook(options.webhookUrl, { secret_token: options.webhookSecret, allowed_updates: [...ALLOWED_UPDATES] });
  options.logger.info({ port, path }, "telegram: webhook");
  return {
    port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
