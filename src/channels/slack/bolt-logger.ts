/** Bolt's and web-api's log lines through the app's pino logger (scrubbed like every other line). */
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

function line(parts: unknown[]): string {
  return parts.map((part) => (typeof part === "string" ? part : part instanceof Error ? part.message : JSON.stringify(part))).join(" ");
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
