/**
 * Signed requests to a Bolt HTTP receiver (HTTPReceiver or ExpressReceiver),
 * shaped like Slack sends them:
 *   - slash commands: form-urlencoded fields
 *   - interactions (block_actions, view_submission): form-urlencoded `payload=<json>`
 *   - Events API (app_home_opened, message, url_verification): JSON
 * Signature v0: `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the
 * signing secret, in `X-Slack-Signature`, plus `X-Slack-Request-Timestamp`.
 * `SendOptions` can sign with another secret, override the signature or use a
 * stale timestamp to check that the receiver rejects them.
 */
import { createHmac, randomBytes } from "node:crypto";
import { channelFor as dmOf } from "./ids.js";

/** Bolt rejects timestamps older than 5 minutes. */
export const STALE_AFTER_SECONDS = 5 * 60;

export function slackSignature(signingSecret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", signingSecret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export const nowUnixSeconds = (): number => Math.floor(Date.now() / 1000);

/** A timestamp Bolt considers stale (10 minutes ago). */
export const staleTimestamp = (): number => nowUnixSeconds() - 2 * STALE_AFTER_SECONDS;

export interface SignerOptions {
  readonly signingSecret: string;
  /** Receiver endpoint, e.g. `http://127.0.0.1:<port>/slack/events`. */
  readonly url: string;
  readonly teamId?: string;
  readonly appId?: string;
  /** Bot user id placed in event authorizations. */
  readonly botUserId?: string;
  /** response_url for commands and actions (default: a closed local port, never slack.com). */
  readonly responseUrl?: () => string;
  /** Called before each request (e.g. `() => slack.markAction()`). */
  readonly beforeSend?: () => void;
}

export interface SendOptions {
  /** Sign with this secret instead: a different one yields a bad signature. */
  readonly signingSecret?: string;
  /** Send this signature verbatim. */
  readonly signature?: string;
  /** Unix seconds; default now. See `staleTimestamp()`. */
  readonly timestamp?: number;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ReceiverResponse {
  readonly status: number;
  readonly body: string;
  readonly headers: Headers;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readonly json: unknown;
}

export interface SlashCommandInput {
  readonly command: string;
  readonly text?: string;
  readonly userId: string;
  readonly userName?: string;
  readonly channelId?: string;
  readonly channelName?: string;
  readonly triggerId?: string;
}

export interface BlockActionInput {
  readonly userId: string;
  readonly actionId: string;
  readonly value?: string;
  readonly blockId?: string;
  readonly text?: string;
  readonly triggerId?: string;
  /** Message container (default when no `view` is given). */
  readonly channelId?: string;
  readonly messageTs?: string;
  /** The message the button is on, as Slack sends it back (its text and blocks). */
  readonly message?: { readonly text?: string; readonly blocks?: readonly unknown[] };
  /** View container: the modal or App Home the button lives in. */
  readonly view?: Readonly<Record<string, unknown>> & { readonly id?: string };
}

export interface ViewSubmissionInput {
  readonly userId: string;
  readonly callbackId: string;
  /** `state.values`: { blockId: { actionId: { type, value | selected_option ... } } }. */
  readonly values?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly privateMetadata?: string;
  readonly viewId?: string;
  readonly triggerId?: string;
}

export interface MessageEventInput {
  readonly userId: string;
  readonly text: string;
  readonly channelId?: string;
  readonly channelType?: "im" | "channel" | "group" | "mpim";
}

const DEFAULT_RESPONSE_URL = "http://127.0.0.1:9/response-url-not-configured";

export class SlackRequestSigner {
  private readonly teamId: string;
  private readonly appId: string;

  constructor(private readonly options: SignerOptions) {
    this.teamId = options.teamId ?? "T0PASCO";
    this.appId = options.appId ?? "A0FAKEAPP";
  }

  /** Signs and POSTs a raw body. */
  async send(body: string, contentType: string, options: SendOptions = {}): Promise<ReceiverResponse> {
    const timestamp = options.timestamp ?? nowUnixSeconds();
    const signature = options.signature ?? slackSignature(options.signingSecret ?? this.options.signingSecret, timestamp, body);
    this.options.beforeSend?.();
    const response = await fetch(this.options.url, {
      method: "POST",
      headers: {
        "content-type": contentType,
        "x-slack-signature": signature,
        "x-slack-request-timestamp": String(timestamp),
        ...options.headers,
      },
      body,
    });
    const text = await response.text();
    return { status: response.status, body: text, headers: response.headers, json: parseJson(text) };
  }

  slashCommand(input: SlashCommandInput, options?: SendOptions): Promise<ReceiverResponse> {
    const fields = {
      token: "fake-verification-token",
      team_id: this.teamId,
      team_domain: "pasco-educa",
      channel_id: input.channelId ?? dmOf(input.userId),
      channel_name: input.channelName ?? "directmessage",
      user_id: input.userId,
      user_name: input.userName ?? input.userId.toLowerCase(),
      command: input.command,
      text: input.text ?? "",
      api_app_id: this.appId,
      is_enterprise_install: "false",
      response_url: this.responseUrl(),
      trigger_id: input.triggerId ?? triggerId(),
    };
    return this.send(new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded", options);
  }

  blockAction(input: BlockActionInput, options?: SendOptions): Promise<ReceiverResponse> {
    const channelId = input.channelId ?? dmOf(input.userId);
    const action = {
      type: "button",
      action_id: input.actionId,
      block_id: input.blockId ?? "actions",
      text: { type: "plain_text", text: input.text ?? input.actionId, emoji: true },
      ...(input.value !== undefined ? { value: input.value } : {}),
      action_ts: `${Date.now() / 1000}`,
    };
    const container = input.view
      ? { container: { type: "view", view_id: input.view.id ?? "V0FAKE" }, view: { state: { values: {} }, ...input.view, id: input.view.id ?? "V0FAKE" } }
      : {
          container: { type: "message", message_ts: input.messageTs ?? "1700000000.000100", channel_id: channelId, is_ephemeral: false },
          channel: { id: channelId, name: "directmessage" },
          message: { type: "message", ts: input.messageTs ?? "1700000000.000100", text: input.message?.text ?? "", ...(input.message?.blocks ? { blocks: input.message.blocks } : {}) },
          response_url: this.responseUrl(),
        };
    return this.interaction({
      type: "block_actions",
      user: this.user(input.userId),
      api_app_id: this.appId,
      token: "fake-verification-token",
      trigger_id: input.triggerId ?? triggerId(),
      team: { id: this.teamId, domain: "pasco-educa" },
      enterprise: null,
      is_enterprise_install: false,
      state: { values: {} },
      ...container,
      actions: [action],
    }, options);
  }

  viewSubmission(input: ViewSubmissionInput, options?: SendOptions): Promise<ReceiverResponse> {
    const viewId = input.viewId ?? "V0FAKE";
    return this.interaction({
      type: "view_submission",
      team: { id: this.teamId, domain: "pasco-educa" },
      user: this.user(input.userId),
      api_app_id: this.appId,
      token: "fake-verification-token",
      trigger_id: input.triggerId ?? triggerId(),
      view: {
        id: viewId,
        team_id: this.teamId,
        type: "modal",
        callback_id: input.callbackId,
        private_metadata: input.privateMetadata ?? "",
        state: { values: input.values ?? {} },
        hash: `${Date.now()}.fake`,
        title: { type: "plain_text", text: "Formulario" },
        blocks: [],
        root_view_id: viewId,
        previous_view_id: null,
        app_id: this.appId,
      },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    }, options);
  }

  /** Wraps an event in an Events API `event_callback` envelope. */
  event(event: Readonly<Record<string, unknown>>, options?: SendOptions): Promise<ReceiverResponse> {
    const envelope = {
      token: "fake-verification-token",
      team_id: this.teamId,
      api_app_id: this.appId,
      event: { event_ts: `${Date.now() / 1000}`, ...event },
      type: "event_callback",
      event_id: `Ev${randomBytes(5).toString("hex").toUpperCase()}`,
      event_time: nowUnixSeconds(),
      authorizations: [{ enterprise_id: null, team_id: this.teamId, user_id: this.options.botUserId ?? "U0BOT", is_bot: true, is_enterprise_install: false }],
      is_ext_shared_channel: false,
    };
    return this.send(JSON.stringify(envelope), "application/json", options);
  }

  appHomeOpened(userId: string, options?: SendOptions): Promise<ReceiverResponse> {
    return this.event({ type: "app_home_opened", user: userId, channel: dmOf(userId), tab: "home" }, options);
  }

  message(input: MessageEventInput, options?: SendOptions): Promise<ReceiverResponse> {
    const ts = `${Date.now() / 1000}`;
    return this.event(
      { type: "message", user: input.userId, text: input.text, ts, channel: input.channelId ?? dmOf(input.userId), channel_type: input.channelType ?? "im" },
      options,
    );
  }

  urlVerification(challenge: string, options?: SendOptions): Promise<ReceiverResponse> {
    return this.send(JSON.stringify({ token: "fake-verification-token", challenge, type: "url_verification" }), "application/json", options);
  }

  private interaction(payload: Record<string, unknown>, options?: SendOptions): Promise<ReceiverResponse> {
    return this.send(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), "application/x-www-form-urlencoded", options);
  }

  private user(userId: string): Record<string, string> {
    return { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: this.teamId };
  }

  private responseUrl(): string {
    return this.options.responseUrl?.() ?? DEFAULT_RESPONSE_URL;
  }
}

function triggerId(): string {
  return `${Date.now()}.${randomBytes(4).readUInt32BE()}.${randomBytes(16).toString("hex")}`;
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}
