/**
 * The Slack app manifest for this bot, made from the conversation's own command list, so a command added to
 * the bot is one paste away from Slack: `/pasco` (every command as a subcommand) plus one Slack command per bot
 * command (`/registrar`, `/mis-registros`…, or `/pasco-registrar`… with --prefix when a workspace already has
 * a command by that name). Print it with:
 *
 *   npx tsx src/channels/slack/manifest.ts --url https://bot.drepasco.edu.pe/slack/events [--prefix] [--socket]
 *
 * and paste it at api.slack.com/apps → Create New App → From a manifest.
 */
import { pathToFileURL } from "node:url";
import type { CommandSpec } from "../../conversation/context.js";
import type { Translate } from "../../i18n.js";
import { ROOT_COMMAND } from "./to-input.js";

export interface ManifestOptions {
  commands: readonly CommandSpec[];
  t: Translate;
  /** Public URL of the events endpoint (HTTP mode); omitted with Socket Mode. */
  requestUrl?: string;
  socketMode?: boolean;
  /** Name Slack commands `/pasco-<command>` instead of `/<command>`. */
  prefix?: boolean;
  name?: string;
}

/** Bot scopes the channel uses: slash commands, DMs, App Home, users' names, files both ways. */
export const BOT_SCOPES = ["commands", "chat:write", "im:history", "im:read", "im:write", "users:read", "files:read", "files:write"];

function describe(command: CommandSpec, t: Translate): string {
  const label = command.helpKey ? t(command.helpKey) : `/${command.name}`;
  return label.replace(/^[^\p{L}\p{N}/]+/u, "").slice(0, 100);
}

export function slackManifest(options: ManifestOptions): Record<string, unknown> {
  const url = options.socketMode ? undefined : options.requestUrl;
  const slashName = (name: string) => `/${options.prefix ? `${ROOT_COMMAND}-` : ""}${name.replace(/_/g, "-")}`;
  const commands = [
    { command: `/${ROOT_COMMAND}`, description: "Pasco Educa Bot", usage_hint: "ayuda | registrar | calendario | vincular …", should_escape: false, ...(url ? { url } : {}) },
    ...options.commands.filter((command) => command.name !== "start").map((command) => ({ command: slashName(command.name), description: describe(command, options.t), should_escape: false, ...(url ? { url } : {}) })),
  ];
  return {
    display_information: { name: options.name ?? "Pasco Educa Bot", description: "DRE Pasco y sus UGEL", background_color: "#1d4e89" },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: "pasco-educa-bot", always_online: true },
      slash_commands: commands,
    },
    oauth_config: { scopes: { bot: BOT_SCOPES } },
    settings: {
      event_subscriptions: { ...(url ? { request_url: url } : {}), bot_events: ["app_home_opened", "message.im"] },
      interactivity: { is_enabled: true, ...(url ? { request_url: url } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: Boolean(options.socketMode),
      token_rotation_enabled: false,
    },
  };
}

async function printManifest(argv: string[]): Promise<void> {
  const { LOCALES_DIR } = await import("../../app.js");
  const { buildConversation } = await import("../../conversation/build.js");
  const { I18n } = await import("../../i18n.js");
  const { silentLogger } = await import("../../logger.js");
  const { ChannelFileFetcher } = await import("../../core/files.js");
  const i18n = new I18n(LOCALES_DIR);
  // Only the command list is read: nothing here touches a database.
  const conversation = buildConversation({
    db: undefined as never,
    i18n,
    logger: silentLogger,
    now: () => new Date(),
    files: new ChannelFileFetcher(),
    settings: { inviteTtlHours: 72, adminIdentities: new Set(), reminderOffsetsDays: [] },
  } as never);
  const flag = (name: string) => argv.includes(name);
  const urlIndex = argv.indexOf("--url");
  const requestUrl = urlIndex >= 0 ? argv[urlIndex + 1] : undefined;
  const manifest = slackManifest({
    commands: [...conversation.allCommands(), { name: "cancelar", run: async () => [] }],
    t: i18n.translator("es"),
    socketMode: flag("--socket"),
    prefix: flag("--prefix"),
    ...(requestUrl ? { requestUrl } : {}),
  });
  process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printManifest(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
