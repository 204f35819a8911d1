/**
 * One console session as `npm start` runs it without Telegram or Slack: the person named by CONSOLE_USER talks
 * to the bot, and the outbox delivers to them (a console sender) what is due for them: at the start, while the
 * session is open, and once more when it ends. Deliveries to other console people wait for their session.
 */
import { join } from "node:path";
import type { App } from "../../app.js";
import type { Config } from "../../config.js";
import type { Logger } from "../../logger.js";
import { ConsoleChannel } from "./console-channel.js";
import { fetchConsoleFile } from "./fetch-file.js";
import { ConsoleSender } from "./sender.js";

export interface ConsoleSessionOptions {
  config: Config;
  app: App;
  logger: Logger;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

export interface ConsoleSession {
  channel: ConsoleChannel;
  /** Runs until end of input; resolves once the last answer and the deliveries due were printed. */
  run(): Promise<void>;
  /** Stops the session's outbox (also done by run() at end of input). */
  stop(): Promise<void>;
}

export async function openConsoleSession(options: ConsoleSessionOptions): Promise<ConsoleSession> {
  const { config, app, logger } = options;
  app.services.files.register("console", fetchConsoleFile);
  const user = config.CONSOLE_USER;
  const channel = new ConsoleChannel({
    user,
    handle: app.conversation.handle.bind(app.conversation),
    ...(options.input ? { input: options.input } : {}),
    ...(options.output ? { output: options.output } : {}),
    filesDir: join(config.DATA_DIR, "console-files"),
    // One file per console person: switching CONSOLE_USER keeps each person's numbered options.
    stateFile: join(config.DATA_DIR, `console-state-${user.replace(/[^\w.-]/g, "_")}.json`),
    logger,
    labels: { updated: app.services.i18n.t("es", "console-updated") },
  });
  let stopOutbox: () => Promise<void> = async () => undefined;
  if (config.DISPATCHER_ENABLED) {
    const { startOutbox } = await import("../../delivery/start.js");
    const sender = new ConsoleSender({ user, i18n: app.services.i18n, print: (reply) => channel.deliver(reply) });
    const outbox = await startOutbox({ config, db: app.services.db, i18n: app.services.i18n, logger, now: app.services.now, console: { sender, externalId: user } });
    let stopped: Promise<void> | undefined;
    stopOutbox = () => (stopped ??= outbox.stop());
  }
  return {
    channel,
    run: async () => {
      await channel.run();
      await app.conversation.drain();
      await stopOutbox();
    },
    stop: () => stopOutbox(),
  };
}
