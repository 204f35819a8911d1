/**
 * Executes one Slack Web API call: records it, checks the bearer token
 * (not_authed / invalid_auth), applies the optional per-channel rate limit of
 * chat.postMessage (HTTP 429 + Retry-After, counting unhonoured retries) and
 * runs the method. Slack answers errors with HTTP 200 and `ok: false`.
 */
import { performance } from "node:perf_hooks";
import { RetryLedger } from "../shared/retry-ledger.js";
import { SlidingWindow, retryAfterSeconds, type RateLimit } from "../shared/sliding-window.js";
import { channelFor } from "./ids.js";
import { SLACK_METHODS, SlackApiError, type SlackApiState } from "./methods/index.js";
import type { SlackCall, SlackStats } from "./types.js";

export interface SlackReply {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers?: Record<string, string>;
}

const RATE_LIMITED_METHODS: ReadonlySet<string> = new Set(["chat.postMessage"]);

export class SlackDispatcher {
  readonly calls: SlackCall[] = [];
  private readonly completions = new Map<string, number>();
  private readonly postedByChannel = new Map<string, number>();
  private readonly retries = new RetryLedger<string>();
  private perChannel: SlidingWindow<string> | undefined;
  private rateLimited = 0;

  constructor(
    private readonly state: SlackApiState,
    private readonly token: string | undefined,
    private readonly changed: () => void,
  ) {}

  setPerChannelLimit(limit: RateLimit | undefined): void {
    this.perChannel = limit ? new SlidingWindow(limit) : undefined;
  }

  dispatch(method: string, params: Record<string, unknown>, authorization: string | undefined): SlackReply {
    const token = bearer(authorization) ?? (typeof params["token"] === "string" ? params["token"] : undefined);
    const { token: _dropped, ...rest } = params;
    const call: SlackCall = { seq: this.calls.length + 1, method, params: rest, token, at: performance.now() };
    this.calls.push(call);
    const reply = this.execute(call);
    call.status = reply.status;
    call.ok = reply.body["ok"] === true;
    if (!call.ok) call.error = String(reply.body["error"]);
    this.completions.set(method, (this.completions.get(method) ?? 0) + 1);
    this.changed();
    return reply;
  }

  completed(method: string): number {
    return this.completions.get(method) ?? 0;
  }

  stats(): SlackStats {
    return { rateLimited: this.rateLimited, unhonouredRetries: this.retries.unhonoured, postedByChannel: new Map(this.postedByChannel) };
  }

  private execute(call: SlackCall): SlackReply {
    const handler = SLACK_METHODS.get(call.method);
    if (!handler) return { status: 200, body: { ok: false, error: "unknown_method", req_method: call.method } };
    if (!call.token) return { status: 200, body: { ok: false, error: "not_authed" } };
    // apps.connections.open takes the app-level token (xapp-…); every other method the bot token.
    const appLevel = call.method === "apps.connections.open";
    if (appLevel ? !call.token.startsWith("xapp-") : this.token ? call.token !== this.token : !call.token.startsWith("xox")) return { status: 200, body: { ok: false, error: "invalid_auth" } };

    const channel = typeof call.params["channel"] === "string" ? channelFor(call.params["channel"]) : undefined;
    const limited = channel !== undefined && RATE_LIMITED_METHODS.has(call.method);
    if (limited) {
      const refused = this.checkRateLimit(channel, call.at);
      if (refused) return refused;
    }
    try {
      const body = handler(this.state, call.params);
      if (limited) {
        this.perChannel?.record(channel, call.at);
        this.postedByChannel.set(channel, (this.postedByChannel.get(channel) ?? 0) + 1);
      }
      return { status: 200, body };
    } catch (error) {
      if (error instanceof SlackApiError) return { status: 200, body: error.toBody() };
      throw error;
    }
  }

  private checkRateLimit(channel: string, now: number): SlackReply | undefined {
    const { earlyByMs, at } = this.retries.check(channel, now);
    const waitMs = earlyByMs > 0 ? earlyByMs : (this.perChannel?.waitMs(channel, at) ?? 0);
    if (waitMs === 0) return undefined;
    const retryAfter = retryAfterSeconds(waitMs);
    this.retries.announce(channel, now, retryAfter);
    this.rateLimited++;
    return { status: 429, body: { ok: false, error: "ratelimited" }, headers: { "retry-after": String(retryAfter) } };
  }
}

function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? "");
  return match?.[1]?.trim();
}
