import { describe, expect, it } from "vitest";
import { BOT_SCOPES, slackManifest } from "../../../src/channels/slack/manifest.js";
import type { CommandSpec } from "../../../src/conversation/context.js";

const commands: CommandSpec[] = [
  { name: "start", run: async () => [] },
  { name: "registrar", helpKey: "help-registrar", run: async () => [] },
  { name: "mis_registros", helpKey: "help-mis-registros", run: async () => [] },
];
const t = (id: string) => (id === "help-registrar" ? "📝 Registrar buena práctica" : id === "help-mis-registros" ? "📂 Mis registros" : id);

describe("the Slack app manifest", () => {
  it("declares /pasco and one Slack command per bot command, pointing at the events URL", () => {
    const manifest = slackManifest({ commands, t, requestUrl: "https://bot.example.pe/slack/events" }) as { features: { slash_commands: Array<{ command: string; description: string; url?: string }> }; settings: Record<string, { request_url?: string; bot_events?: string[] }>; oauth_config: { scopes: { bot: string[] } } };
    expect(manifest.features.slash_commands.map((command) => [command.command, command.description])).toEqual([
      ["/pasco", "Pasco Educa Bot"],
      ["/registrar", "Registrar buena práctica"],
      ["/mis-registros", "Mis registros"],
    ]);
    expect(manifest.features.slash_commands.every((command) => command.url === "https://bot.example.pe/slack/events")).toBe(true);
    expect(manifest.settings["event_subscriptions"]).toEqual({ request_url: "https://bot.example.pe/slack/events", bot_events: ["app_home_opened", "message.im"] });
    expect(manifest.settings["interactivity"]?.request_url).toBe("https://bot.example.pe/slack/events");
    expect(manifest.oauth_config.scopes.bot).toEqual(BOT_SCOPES);
  });

  it("prefixes command names on request and leaves URLs out in Socket Mode", () => {
    const manifest = slackManifest({ commands, t, prefix: true, socketMode: true }) as { features: { slash_commands: Array<{ command: string; url?: string }> }; settings: { socket_mode_enabled: boolean } };
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual(["/pasco", "/pasco-registrar", "/pasco-mis-registros"]);
    expect(manifest.features.slash_commands.some((command) => command.url)).toBe(false);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
