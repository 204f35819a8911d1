/** What the conversation layer and forms may use: the database, settings and the clock. No channel in here. */
import type { QuietHours } from "./delivery/quiet-hours.js";
import type { Sessions } from "./conversation/sessions/types.js";
import type { ChannelFileFetcher } from "./core/files.js";
import type { PrismaClient } from "./generated/prisma/client.js";
import type { I18n } from "./i18n.js";
import type { Logger } from "./logger.js";

export interface AppSettings {
  inviteTtlHours: number;
  /** Admins named by the environment, as "<channel>:<externalId>". */
  adminIdentities: ReadonlySet<string>;
  reminderOffsetsDays: number[];
  /** Lima hours when nothing is sent (QUIET_HOURS); null: none. Screens say when a delivery waits for them. */
  quietHours?: QuietHours | null;
  /** When the specialists' weekly digest goes out: ISO weekday (1 = Monday) and Lima hour. */
  digest?: { day: number; hour: number };
  /**
   * The Telegram bot's username, for t.me deep links (TELEGRAM_BOT_USERNAME, or what getMe says once the bot
   * runs); undefined without Telegram.
   */
  telegramBotUsername?: string;
}

export interface AppServices {
  db: PrismaClient;
  /** The conversation state of each person (flow, drafts, handled updates): cached on embedded PGlite. */
  sessions: Sessions;
  i18n: I18n;
  logger: Logger;
  settings: AppSettings;
  now: () => Date;
  /** The bytes of files people send; each channel registers its own download (see core/files.ts). */
  files: ChannelFileFetcher;
}
