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
  /**
   * Typed text. `origin`, where the channel knows it: its last message with buttons in answer to this person, whose
   * buttons a typed answer may make spent (only closed, never replaced: the answer is below it).
   */
  | { type: "text"; text: string; origin?: string }
  /**
   * A button pressed. `origin` is the channel's reference to the message the button was on (Telegram message id,
   * Slack "channel:ts", console message number), so a reply can replace that message instead of adding one.
   */
  | { type: "button"; data: string; origin?: string }
  | { type: "file"; file: IncomingFile; caption?: string; origin?: string };

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
      /** A heading shown above the text, in bold where the channel can (Telegram HTML, Slack mrkdwn). */
      title?: string;
      /**
       * Shown in place of the message whose button was pressed (a tick, a page turn, a refresh): the channel
       * edits that message; where it cannot (no origin, message too old or deleted) it sends a new one.
       */
      replacesOrigin?: boolean;
    }
  /**
   * The buttons of the message whose button was pressed no longer apply: they are removed. With a note, the note
   * is written under that message's text (the buttons become the recorded answer, e.g. «✅ Recibido»); where the
   * message cannot be edited the note is sent as a new message. Without a pressed button, only the note is sent.
   */
  | { type: "closeOrigin"; note?: string }
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
  /** The channel's update id, recorded with the turn so that a redelivered update is handled once. */
  updateId?: number | string;
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

/** The same reply, shown in place of the message whose button was pressed (a text reply; others unchanged). */
export function inPlace(reply: Reply): Reply {
  return reply.type === "text" ? { ...reply, replacesOrigin: true } : reply;
}

/** Replies where the first text reply replaces the pressed message, when the input was a button press. */
export function inPlaceFor(input: Input | undefined, replies: Reply[]): Reply[] {
  if (input?.type !== "button") return replies;
  const first = replies.findIndex((reply) => reply.type === "text");
  return first < 0 ? replies : replies.map((reply, index) => (index === first ? inPlace(reply) : reply));
}

/**
 * Replies as they apply to an input: without a pressed button there is no message to replace or close, so the
 * marks are dropped (a command that shares its code with a page button answers with a new message).
 */
export function forInput(input: Input, replies: Reply[]): Reply[] {
  if (input.type === "button") return replies;
  const hasOrigin = input.type !== "command" && input.origin !== undefined;
  return replies
    .filter((reply) => reply.type !== "closeOrigin" || reply.note || hasOrigin)
    .map((reply) => {
      if (reply.type !== "text" || !reply.replacesOrigin) return reply;
      const { replacesOrigin: _dropped, ...rest } = reply;
      return rest;
    });
}

export function closeOrigin(note?: string): Reply {
  return note ? { type: "closeOrigin", note } : { type: "closeOrigin" };
}
