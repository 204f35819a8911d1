/**
 * Bolt's, web-api's and socket-mode's log lines through the app's pino logger. Their debug lines carry whole
 * request and response bodies (`http request body: {…}`, `http request result: {…}`, the event JSON, Socket Mode
 * frames): users.info answers with a team member's full name and e-mail, messages with what people typed. Those
 * bodies are cut from every line at every level; the words before them (which call, which step) stay.
 */
import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../logger.js";

const PINO_TO_BOLT: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
};

const PAYLOAD_OMITTED = "[payload omitted]";

/** The text up to the first JSON object or array in it. */
export function withoutPayload(text: string): string {
  const at = text.search(/[{[]/);
  return at < 0 ? text : `${text.slice(0, at)}${PAYLOAD_OMITTED}`;
}

function line(parts: unknown[]): string {
  return parts
    .map((part) => (typeof part === "string" ? withoutPayload(part) : part instanceof Error ? withoutPayload(part.message) : PAYLOAD_OMITTED))
    .join(" ");
}

export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: "slack" });
  return {
    debug: (...parts: unknown[]) => child.debug(line(parts)),
    info: (...parts: unknown[]) => child.debug(line(parts)),
    warn: (...parts: unknown[]) => child.warn(line(parts)),
    error: (...parts: unknown[]) => child.error(line(parts)),
    setLevel: () => undefined,
    getLevel: () => (logger.level === "silent" ? LogLevel.ERROR : (PINO_TO_BOLT[logger.level] ?? LogLevel.INFO)),
    setName: () => undefined,
  };
}
