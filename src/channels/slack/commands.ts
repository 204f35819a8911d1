/**
 * Slash commands. Every command is acknowledged at once (Slack waits 3 s at most) and the work happens after.
 * `/pasco <comando>` reaches every bot command; Slack commands named like a bot command (`/registrar`,
 * `/mis-registros`, `/pasco-ata`) reach it directly, so a command added to the bot works in Slack without code
 * here. Answers go to the DM with the app; a command typed elsewhere gets a private pointer to it.
 */
import type { App } from "@slack/bolt";
import { slashCommandInput } from "./to-input.js";
import type { SlackTurns } from "./turns.js";
import { receivedAt } from "./received-at.js";

export function registerCommands(app: App, turns: SlackTurns): void {
  app.command(/^\/[\w-]+$/, async ({ command, ack, respond, client, context }) => {
    await ack();
    const origin = {
      client,
      teamId: command.team_id,
      userId: command.user_id,
      channelId: command.channel_id,
      triggerId: command.trigger_id,
      receivedAt: receivedAt(context),
    };
    const posted = await turns.run(origin, slashCommandInput(command.command, command.text ?? ""));
    if (posted > 0 && !command.channel_id.startsWith("D")) {
      const sender = await turns.sender(origin);
      await respond({ response_type: "ephemeral", text: turns.translator(sender)("slack-answered-in-dm") }).catch((error: unknown) =>
        turns.deps.logger.warn({ err: error }, "slack: respond failed"),
      );
    }
  });
}
