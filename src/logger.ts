/**
 * pino logger: JSON in production, readable in a terminal. Tokens, DNI and phone numbers never reach a log:
 * known keys are redacted and free strings are scrubbed of anything shaped like one.
 */
import pino, { type Logger } from "pino";

export type { Logger };

const REDACTED_KEYS = [
  "token",
  "*.token",
  "botToken",
  "*.botToken",
  "dni",
  "*.dni",
  "*.*.dni",
  "phone",
  "*.phone",
  "*.*.phone",
  "mobile",
  "*.mobile",
  "password",
  "*.password",
  "secret",
  "*.secret",
  "authorization",
  "*.authorization",
  "*.headers.authorization",
];

const SCRUBBERS: Array<[RegExp, string]> = [
  [/\b\d{6,12}:[\w-]{30,}\b/g, "[token]"], // Telegram bot tokens
  [/\bxox[abpr]-[\w-]+/g, "[token]"], // Slack tokens
  [/\bxapp-[\w-]+/g, "[token]"],
  [/(?<!\d)\d{8}(?!\d)/g, "[8 digits]"], // DNI
  [/(?<![\d+])(?:\+?51\s?)?9\d{2}[\s-]?\d{3}[\s-]?\d{3}(?!\d)/g, "[phone]"], // Peruvian mobile numbers
];

export function scrubSecrets(text: string): string {
  let result = text;
  for (const [pattern, replacement] of SCRUBBERS) result = result.replace(pattern, replacement);
  return result;
}

function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrubSecrets(value);
  if (depth > 4 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) {
    return { type: value.name, message: scrubSecrets(value.message), stack: value.stack && scrubSecrets(value.stack) };
  }
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = scrubValue(item, depth + 1);
  return out;
}

export interface LoggerOptions {
  level: string;
  format: "auto" | "json" | "pretty";
  /** Where logs go; the console channel moves them to stderr so they do not mix with the chat. */
  destination?: "stdout" | "stderr";
  /** Called for every line at error level or above (the /metrics error counter). */
  onError?: () => void;
}

export function createLogger(options: LoggerOptions): Logger {
  const fd = options.destination === "stderr" ? 2 : 1;
  const isTerminal = fd === 2 ? process.stderr.isTTY : process.stdout.isTTY;
  const pretty = options.format === "pretty" || (options.format === "auto" && isTerminal);
  const transport = pretty
    ? pino.transport({ target: "pino-pretty", options: { destination: fd, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname" } })
    : pino.destination({ fd, sync: false });
  return pino(
    {
      level: options.level,
      redact: { paths: REDACTED_KEYS, censor: "[redacted]" },
      hooks: {
        logMethod(args, method, level) {
          if (level >= 50) options.onError?.();
          method.apply(this, args.map((arg) => scrubValue(arg)) as Parameters<typeof method>);
        },
      },
    },
    transport,
  );
}

export const silentLogger: Logger = pino({ level: "silent" });
