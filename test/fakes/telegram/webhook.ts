/**
 * Webhook delivery. While a webhook is set, queued updates are POSTed to its
 * URL one at a time, in order, as JSON, with `X-Telegram-Bot-Api-Secret-Token`
 * when a secret was configured. Each attempt is recorded with the HTTP status
 * of the bot's answer. An answer body carrying `{ method, ...params }` (a
 * grammY "webhook reply") is executed as a Bot API call. Failed deliveries are
 * recorded and reported by getWebhookInfo, not retried.
 */
import type { Update, WebhookInfo } from "grammy/types";
import type { UpdateQueue } from "./update-queue.js";
import type { WebhookDelivery } from "./types.js";
import { nowSeconds } from "./update-factory.js";

export interface WebhookConfig {
  readonly url: string;
  readonly secretToken: string | undefined;
  readonly maxConnections: number;
}

export interface WebhookHooks {
  /** Called after every delivery attempt. */
  delivered(delivery: WebhookDelivery): void;
  /** Executes a webhook reply (`{ method, ...params }`). */
  reply(call: Record<string, unknown>): Promise<void>;
}

const DELIVERY_TIMEOUT_MS = 15_000;

export class WebhookDispatcher {
  private config: WebhookConfig | undefined;
  private draining = false;
  private lastError: { date: number; message: string } | undefined;
  private readonly inFlight = new AbortController();
  readonly deliveries: WebhookDelivery[] = [];

  constructor(
    private readonly queue: UpdateQueue,
    private readonly hooks: WebhookHooks,
  ) {}

  get active(): boolean {
    return this.config !== undefined;
  }

  set(config: WebhookConfig): void {
    this.config = config;
    this.lastError = undefined;
    this.kick();
  }

  clear(): void {
    this.config = undefined;
  }

  info(allowedUpdates: string[] | undefined): WebhookInfo {
    return {
      url: this.config?.url ?? "",
      has_custom_certificate: false,
      pending_update_count: this.queue.pendingCount,
      ...(this.config ? { max_connections: this.config.maxConnections } : {}),
      ...(this.lastError ? { last_error_date: this.lastError.date, last_error_message: this.lastError.message } : {}),
      ...(allowedUpdates ? { allowed_updates: allowedUpdates as WebhookInfo["allowed_updates"] } : {}),
    };
  }

  /** Starts draining the queue unless a drain is already running. */
  kick(): void {
    if (!this.config || this.draining) return;
    this.draining = true;
    void this.drain().finally(() => {
      this.draining = false;
    });
  }

  close(): void {
    this.config = undefined;
    this.inFlight.abort();
  }

  private async drain(): Promise<void> {
    while (this.config) {
      const update = this.queue.takeNext();
      if (!update) return;
      await this.deliver(this.config, update);
    }
  }

  private async deliver(config: WebhookConfig, update: Update): Promise<void> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (config.secretToken !== undefined) headers["X-Telegram-Bot-Api-Secret-Token"] = config.secretToken;
    let delivery: WebhookDelivery;
    let replyCall: Record<string, unknown> | undefined;
    try {
      const response = await fetch(config.url, {
        method: "POST",
        headers,
        body: JSON.stringify(update),
        signal: AbortSignal.any([this.inFlight.signal, AbortSignal.timeout(DELIVERY_TIMEOUT_MS)]),
      });
      const text = await response.text();
      delivery = { updateId: update.update_id, url: config.url, status: response.status, secretSent: config.secretToken !== undefined };
      if (response.ok) replyCall = parseReply(text);
      else this.lastError = { date: nowSeconds(), message: `Wrong response from the webhook: ${response.status} ${response.statusText}` };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      delivery = { updateId: update.update_id, url: config.url, status: null, secretSent: config.secretToken !== undefined, error: message };
      this.lastError = { date: nowSeconds(), message: `Connection failed: ${message}` };
    }
    if (replyCall) await this.hooks.reply(replyCall).catch(() => undefined);
    this.deliveries.push(delivery);
    this.hooks.delivered(delivery);
  }
}

function parseReply(text: string): Record<string, unknown> | undefined {
  if (!text.trim().startsWith("{")) return undefined;
  try {
    const body = JSON.parse(text) as unknown;
    if (body && typeof body === "object" && typeof (body as { method?: unknown }).method === "string") {
      return body as Record<string, unknown>;
    }
  } catch {
    // not a webhook reply
  }
  return undefined;
}
