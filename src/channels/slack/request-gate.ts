/**
 * What Bolt's HTTP receiver lets through and should not, checked before Bolt sees the request:
 * - a timestamp more than five minutes away from our clock in EITHER direction (Bolt refuses only old ones, so a
 *   signed request dated in the future could be replayed until that future came): 401, body left unread;
 * - a body over the limit: 413, read no further;
 * - a correctly signed body that is not what Slack sends (a `payload` of `null`, an interaction without its user
 *   or team, a slash command without its user): 400, where Bolt would throw and answer 500 or never answer.
 * The body read here is handed to Bolt as `rawBody`, which Bolt then reuses (and verifies the signature again).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseQuery } from "node:querystring";
import { verifySlackRequest } from "@slack/bolt";
import { readBoundedBody } from "../../core/bounded-body.js";
import type { Logger } from "../../logger.js";

export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
export const MAX_SLACK_BODY_BYTES = 1024 * 1024;

type Listener = (request: IncomingMessage, response: ServerResponse) => void;

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The parsed body when it has the fields Bolt relies on; null otherwise. */
export function wellFormedSlackBody(raw: string, contentType: string | undefined): Record<string, unknown> | null {
  let body: unknown;
  try {
    if (contentType?.startsWith("application/x-www-form-urlencoded")) {
      const query = parseQuery(raw);
      body = typeof query.payload === "string" ? JSON.parse(query.payload) : query;
    } else {
      body = JSON.parse(raw);
    }
  } catch {
    return null;
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) return null;
  const fields = body as Record<string, unknown>;
  const id = (value: unknown) => (value && typeof value === "object" ? (value as { id?: unknown }).id : undefined);
  const nonEmpty = (value: unknown) => typeof value === "string" && value.length > 0;
  switch (fields.type) {
    case "url_verification":
      return nonEmpty(fields.challenge) ? fields : null;
    case "event_callback":
      return nonEmpty(fields.team_id) && fields.event !== null && typeof fields.event === "object" ? fields : null;
    case "block_actions":
    case "block_suggestion":
    case "view_submission":
    case "view_closed":
    case "shortcut":
    case "message_action": {
      const user = fields.user as { team_id?: unknown } | undefined;
      return nonEmpty(id(fields.user)) && (nonEmpty(id(fields.team)) || nonEmpty(user?.team_id)) ? fields : null;
    }
    default:
      // A slash command (form fields, no type) or a kind of request this app does not subscribe to.
      if (typeof fields.command === "string") return nonEmpty(fields.user_id) && nonEmpty(fields.team_id) ? fields : null;
      return typeof fields.type === "string" ? fields : null;
  }
}

export function gateSlackRequests(listener: Listener, options: { signingSecret: string; path: string; logger: Logger; now?: () => number; onRefused?: (status: number) => void }): Listener {
  const now = options.now ?? Date.now;
  const refuse = (response: ServerResponse, status: number, reason: string) => {
    options.onRefused?.(status);
    options.logger.warn({ status, reason }, "slack: request refused");
    if (!response.headersSent) response.writeHead(status, { connection: "close" }).end();
  };
  return (request, response) => {
    if (request.method !== "POST" || (request.url ?? "").split("?")[0] !== options.path) return listener(request, response);
    const stamped = header(request, "x-slack-request-timestamp");
    const timestamp = Number(stamped);
    if (stamped !== undefined && (!Number.isFinite(timestamp) || Math.abs(now() / 1000 - timestamp) > MAX_CLOCK_SKEW_SECONDS)) {
      request.resume();
      return refuse(response, 401, "timestamp more than five minutes away");
    }
    void readBoundedBody(request, MAX_SLACK_BODY_BYTES).then((read) => {
      if (!read.ok) return refuse(response, 413, "body too large");
      const raw = read.body.toString("utf8");
      const pass = () => {
        (request as IncomingMessage & { rawBody?: Buffer }).rawBody = read.body;
        listener(request, response);
      };
      // Slack's unsigned SSL check: Bolt answers it (and drops anything else in the body).
      const contentType = header(request, "content-type");
      const form = contentType?.startsWith("application/x-www-form-urlencoded") ?? false;
      if (form && parseQuery(raw).ssl_check === "1") return pass();
      if (stamped === undefined) return refuse(response, 401, "no timestamp");
      try {
        verifySlackRequest({
          signingSecret: options.signingSecret,
          body: raw,
          headers: { "x-slack-signature": header(request, "x-slack-signature") ?? "", "x-slack-request-timestamp": timestamp },
        });
      } catch {
        return refuse(response, 401, "bad signature");
      }
      if (!wellFormedSlackBody(raw, contentType)) return refuse(response, 400, "signed body without the fields Slack always sends");
      pass();
    }, () => refuse(response, 400, "body could not be read"));
  };
}
