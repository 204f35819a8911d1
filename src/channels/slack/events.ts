/**
 * Events: a direct message to the app is a turn of the conversation (text, a typed "/comando", or the files
 * it carries, one input each); opening the App Home draws it again (a redelivered event is dropped before it
 * gets here, see replay-guard.ts). Messages from bots, edits and messages outside the DM are not the person
 * talking to us.
 */
import type { App } from "@slack/bolt";
import type { Input } from "../../core/types.js";
import type { HomePublisher } from "./home/publish.js";
import { receivedAt } from "./received-at.js";
import { fileInput, messageInput, type SlackFileObject } from "./to-input.js";
import type { SlackTurns } from "./turns.js";

interface DirectMessage {
  channel_type?: string;
  subtype?: string;
  bot_id?: string;
  user?: string;
  text?: string;
  channel?: string;
  files?: SlackFileObject[];
}

export function messageInputs(message: DirectMessage): Input[] {
  const inputs: Input[] = [];
  const files = (message.files ?? []).map(fileInput).filter((file) => file !== null);
  for (const file of files) inputs.push({ type: "file", file, ...(message.text ? { caption: message.text } : {}) });
  if (files.length === 0) {
    const input = messageInput(message.text ?? "");
    if (input) inputs.push(input);
  }
  return inputs;
}

export function registerEvents(app: App, turns: SlackTurns, home: HomePublisher): void {
  app.event("message", async ({ event, body, client, context }) => {
    const message = event as DirectMessage;
    if (message.channel_type !== "im" || message.bot_id || !message.user) return;
    if (message.subtype !== undefined && message.subtype !== "file_share") return;
    const origin = {
      client,
      teamId: (body as { team_id?: string }).team_id ?? context.teamId ?? "",
      userId: message.user,
      ...(message.channel ? { channelId: message.channel } : {}),
      receivedAt: receivedAt(context),
    };
    for (const input of messageInputs(message)) await turns.run(origin, input);
  });

  app.event("app_home_opened", async ({ event, body, client, context }) => {
    if (event.tab !== "home") return;
    await home.publish({
      client,
      teamId: (body as { team_id?: string }).team_id ?? context.teamId ?? "",
      userId: event.user,
      ...(event.channel ? { channelId: event.channel } : {}),
      receivedAt: receivedAt(context),
    });
  });
}
