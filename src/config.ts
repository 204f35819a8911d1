/**
 * The whole configuration: one zod schema over the environment (and `.env` when present).
 * A bad value stops the start with one readable list of every problem.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { z } from "zod";

const csv = z
  .string()
  .default("")
  .transform((value) => value.split(",").map((item) => item.trim()).filter(Boolean));

const bool = (fallback: "true" | "false") =>
  z
    .enum(["true", "false", "1", "0", "yes", "no", ""])
    .default(fallback)
    .transform((value) => value === "true" || value === "1" || value === "yes");

const hourRange = z
  .string()
  .regex(/^([01]?\d|2[0-3])(:[0-5]\d)?-([01]?\d|2[0-3])(:[0-5]\d)?$/, "use HH:MM-HH:MM, e.g. 21:00-07:00");

/** ISO weekday 1 (Monday) … 7 (Sunday), written as a number or as the Spanish (or English) day name. */
const WEEKDAYS: Record<string, number> = {
  lunes: 1, martes: 2, miercoles: 3, miércoles: 3, jueves: 4, viernes: 5, sabado: 6, sábado: 6, domingo: 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
const weekday = z
  .string()
  .default("lunes")
  .transform((value) => WEEKDAYS[value.trim().toLowerCase()] ?? Number(value))
  .pipe(z.number({ error: "use 1-7 (1 = Monday) or a day name such as lunes" }).int().min(1, "use 1-7 (1 = Monday) or a day name such as lunes").max(7, "use 1-7 (1 = Monday) or a day name such as lunes"));

const optionalUrl = z
  .string()
  .url()
  .optional()
  .or(z.literal("").transform(() => undefined));

export const configSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    LOG_FORMAT: z.enum(["auto", "json", "pretty"]).default("auto"),

    DATA_DIR: z.string().min(1).default("./data"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),

    TELEGRAM_BOT_TOKEN: z
      .string()
      .regex(/^\d+:[\w-]{20,}$/, "does not look like a BotFather token (123456:ABC…)")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    TELEGRAM_API_ROOT: z.string().url().default("https://api.telegram.org"),
    TELEGRAM_BOT_USERNAME: z
      .string()
      .regex(/^@?[A-Za-z][A-Za-z0-9_]{3,31}$/, "a Telegram bot username, e.g. PascoEducaBot")
      .transform((name) => name.replace(/^@/, ""))
      .optional()
      .or(z.literal("").transform(() => undefined)),
    WEBHOOK_URL: optionalUrl,
    WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, "16 to 256 characters of A-Z, a-z, 0-9, _ and -")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    HTTP_HOST: z.string().default("0.0.0.0"),
    HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(8080),

    CONSOLE_USER: z.string().min(1).max(64).default("consola"),
    ADMIN_TELEGRAM_IDS: csv,
    ADMIN_SLACK_IDS: csv,
    ADMIN_CONSOLE_USERS: csv,
    INVITE_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(72),

    REMINDER_HOUR: z.coerce.number().int().min(0).max(23).default(8),
    REMINDER_OFFSETS_DAYS: z
      .string()
      .default("7,3,1,0")
      .transform((value) => value.split(",").map((item) => Number(item.trim())))
      .pipe(z.array(z.number().int().min(0).max(60)).min(1)),
    QUIET_HOURS: hourRange.default("21:00-07:00"),
    DIGEST_DAY: weekday,
    DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(8),
    OUTBOX_GLOBAL_RATE: z.coerce.number().positive().max(1000).default(25),
    OUTBOX_PER_CHAT_INTERVAL_MS: z.coerce.number().int().min(0).default(1000),
    ALLOW_PAID_BROADCAST: bool("false"),
    PAID_BROADCAST_RATE: z.coerce.number().positive().max(1000).default(100),
    DISPATCHER_ENABLED: bool("true"),
    OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6),
    OUTBOX_RETRY_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(2000),

    SLACK_BOT_TOKEN: z.string().optional().or(z.literal("").transform(() => undefined)),
    SLACK_SIGNING_SECRET: z.string().optional().or(z.literal("").transform(() => undefined)),
    SLACK_APP_TOKEN: z.string().optional().or(z.literal("").transform(() => undefined)),
    SLACK_API_URL: optionalUrl,
    SLACK_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  })
  .superRefine((config, ctx) => {
    if (config.WEBHOOK_URL && !config.WEBHOOK_SECRET) {
      ctx.addIssue({ code: "custom", path: ["WEBHOOK_SECRET"], message: "required when WEBHOOK_URL is set" });
    }
    if (config.WEBHOOK_URL && !config.TELEGRAM_BOT_TOKEN) {
      ctx.addIssue({ code: "custom", path: ["TELEGRAM_BOT_TOKEN"], message: "required when WEBHOOK_URL is set" });
    }
    if (config.SLACK_BOT_TOKEN && !config.SLACK_SIGNING_SECRET && !config.SLACK_APP_TOKEN) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_SIGNING_SECRET"],
        message: "set SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode) with SLACK_BOT_TOKEN",
      });
    }
  });

export type Config = z.infer<typeof configSchema>;

/** Where the database lives: the PostgreSQL URL, or PGlite's folder inside DATA_DIR (beside the bot's other files). */
export function databaseOptions(config: Config): { databaseUrl: string | undefined; dataDir: string; poolSize: number } {
  return { databaseUrl: config.DATABASE_URL, dataDir: join(config.DATA_DIR, "pglite"), poolSize: config.DATABASE_POOL_SIZE };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads `.env` (if present) under the real environment: the real environment wins. */
export function readEnvironment(env: NodeJS.ProcessEnv = process.env, dotenvPath = ".env"): Record<string, string> {
  const fromFile = existsSync(dotenvPath) ? parseEnv(readFileSync(dotenvPath, "utf8")) : {};
  const merged: Record<string, string> = {};
  for (const [key, value] of Object.entries(fromFile)) if (value !== undefined) merged[key] = value;
  for (const [key, value] of Object.entries(env)) if (value !== undefined) merged[key] = value;
  return merged;
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => `${issue.path.join(".") || "(config)"}: ${issue.message}`),
  );
}
