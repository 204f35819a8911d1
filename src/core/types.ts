/**
 * The channel-neutral language of the bot: what a person sent (Input) and what the bot answers (Reply).
 * Channels translate their own updates into these and render these back; nothing else crosses.
 */

export type ChannelName = "telegram" | "slack" | "console";

export interface IncomingFile {
  /** The channel's own reference (Telegram file_id, Slack file id); the file is not downloaded. */
  fileRef: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

export type Input =
  | { type: "command"; command: string; args: string }
  | { type: "text"; text: string }
  | { type: "button"; data: string }
  | { type: "file"; file: IncomingFile; caption?: string };

export interface Button {
  label: string;
  /** Opaque data handed back as a button Input; at most 64 bytes (Telegram's limit). */
  data?: string;
  url?: string;
}

export type Reply =
  | {
      type: "text";
      text: string;
      buttons?: Button[][];
      /** The question wants a number typed: channels that pick buttons by number must not do so here. */
      expects?: "number";
    }
  | { type: "file"; fileName: string; mimeType: string; content: Uint8Array; caption?: string }
  /** A file the person's own channel already holds (a Telegram file_id), sent again by reference: nothing is downloaded. */
  | { type: "storedFile"; fileRef: string; fileName: string; mimeType: string; caption?: string }
  /** A file written on this machine's disk (a large export): channels stream it from the path, never whole in memory. */
  | { type: "diskFile"; path: string; fileName: string; mimeType: string; sizeBytes: number; caption?: string };

/** Sends replies to the person at once, before the turn's own replies (progress of a long task). */
export type Notify = (replies: Reply[]) => Promise<void>;

export interface TurnOptions {
  /** The channel's way to write during a turn; absent, progress is simply not shown. */
  notify?: Notify;
}

/** Who wrote, as the channel knows them. */
export interface Sender {
  channel: ChannelName;
  /** Stable id on that channel: Telegram user id, Slack "TEAM:USER", console user name. */
  externalId: string;
  /** Where to write back on that channel (Telegram chat id, Slack DM channel); defaults to externalId. */
  chatRef?: string;
  displayName?: string;
  languageCode?: string;
}

export const MAX_BUTTON_DATA_BYTES = 64;

export function textReply(text: string, buttons?: Button[][]): Reply {
  return buttons && buttons.length > 0 ? { type: "text", text, buttons } : { type: "text", text };
}
