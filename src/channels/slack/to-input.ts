/**
 * What Slack sent → the neutral Sender and Input. Slash commands: `/pasco registrar` (the root command with a
 * subcommand) and `/registrar` or `/pasco-registrar` (one Slack command per bot command) all mean the bot's
 * command `registrar`; hyphens stand for underscores (`/mis-datos`). Message text arrives in Slack's markup
 * (`&lt;`, `<mailto:a@b.pe|a@b.pe>`), which is turned back into what the person typed.
 */
import type { IncomingFile, Input, Sender } from "../../core/types.js";

export const ROOT_COMMAND = "pasco";

export function slackExternalId(teamId: string, userId: string): string {
  return `${teamId}:${userId}`;
}

/** "T0PASCO:U0ANA" → its parts; null when it is not a Slack external id. */
export function parseSlackExternalId(externalId: string): { teamId: string; userId: string } | null {
  const match = /^([A-Z0-9]+):([A-Z0-9]+)$/.exec(externalId);
  return match ? { teamId: match[1] as string, userId: match[2] as string } : null;
}

export function slackSender(teamId: string, userId: string, dmChannel: string, profile: { displayName?: string; languageCode?: string } = {}): Sender {
  return {
    channel: "slack",
    externalId: slackExternalId(teamId, userId),
    chatRef: dmChannel,
    ...(profile.displayName ? { displayName: profile.displayName } : {}),
    ...(profile.languageCode ? { languageCode: profile.languageCode } : {}),
  };
}

function commandName(raw: string): string {
  return raw.trim().replace(/^\//, "").toLowerCase().replace(/-/g, "_");
}

/** A slash command (its name and text) → the bot command it stands for. */
export function slashCommandInput(command: string, text: string): Input {
  let name = commandName(command);
  let args = fromSlackMarkup(text).trim();
  if (name === ROOT_COMMAND) {
    const [first = "", ...rest] = args.split(/\s+/);
    name = commandName(first) || "ayuda";
    args = rest.join(" ");
  } else if (name.startsWith(`${ROOT_COMMAND}_`)) {
    name = name.slice(ROOT_COMMAND.length + 1);
  }
  return { type: "command", command: name, args };
}

/** A direct message's text → a command ("/perfil" typed as text) or text. */
export function messageInput(text: string): Input | null {
  const clean = fromSlackMarkup(text).trim();
  if (clean.length === 0) return null;
  const command = /^\/([a-zA-Z0-9_-]+)(?:\s+([\s\S]*))?$/.exec(clean);
  if (command) return slashCommandInput(`/${command[1] as string}`, command[2] ?? "");
  return { type: "text", text: clean };
}

export interface SlackFileObject {
  id?: string;
  name?: string;
  title?: string;
  mimetype?: string;
  size?: number;
}

export function fileInput(file: SlackFileObject): IncomingFile | null {
  if (!file.id) return null;
  return {
    fileRef: file.id,
    fileName: file.name ?? file.title ?? file.id,
    mimeType: file.mimetype ?? "application/octet-stream",
    sizeBytes: typeof file.size === "number" ? file.size : 0,
  };
}

/** Slack's message markup back to plain text: links and mentions keep their label, entities are decoded. */
export function fromSlackMarkup(text: string): string {
  return text
    .replace(/<(?:mailto:|tel:)?([^<>|]+)\|([^<>]+)>/g, (_all, _target: string, label: string) => label)
    .replace(/<mailto:([^<>]+)>/g, "$1")
    .replace(/<tel:([^<>]+)>/g, "$1")
    .replace(/<(https?:\/\/[^<>]+)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
