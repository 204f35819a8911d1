/**
 * Neutral replies → Slack messages: the text as plain-text sections (so "/mis_datos" is never read as italics),
 * every row of buttons as an actions block whose buttons carry the neutral button data in `value`, files as
 * uploads. A message over Slack's 50 blocks is split; the buttons stay on the last part.
 */
import type { types } from "@slack/bolt";
import type { Reply } from "../../core/types.js";
import { parseFormButton } from "../../forms/buttons.js";
import { actions, boldLine, button, fallbackText, LIMITS, sections, urlButton, type Block } from "./blocks.js";

/** action_id prefixes of everything this app draws. */
export const ACTION = {
  /** A neutral button: value = its data, handed to the conversation. */
  button: "pe:b:",
  /** A bot command with arguments (App Home): value = "name args". */
  command: "pe:c:",
  /** A link button (Slack still reports the click; nothing to do). */
  url: "pe:u:",
  /** Opens the person's form in progress as a modal: value = form id. */
  openForm: "pe:open",
  /** Buttons inside a form modal (add/remove list item, edit from the summary). */
  modal: "pe:m:",
  /** The App Home's own buttons (a page of its lists, refresh): value = the page to draw; no conversation turn. */
  home: "pe:h:",
} as const;

export type SlackOutgoing =
  | { kind: "message"; text: string; blocks: Block[] }
  /** Replaces a message already posted (chat.update); posted anew where Slack refuses the update. */
  | { kind: "update"; channel: string; ts: string; text: string; blocks: Block[] }
  | { kind: "file"; fileName: string; mimeType: string; content: Uint8Array; caption?: string }
  | { kind: "diskFile"; fileName: string; mimeType: string; path: string; caption?: string };

/** The message a pressed button was on: where it is and what it shows (to keep its text when closing it). */
export interface SlackMessageOrigin {
  channel: string;
  ts: string;
  blocks?: Block[];
  text?: string;
}

export interface RenderOptions {
  /** Adds an "open as a form" button to the reply that asks a form question. */
  openForm?: { formId: string; label: string };
  /** The message whose button was pressed: a reply that replaces it, or closes it, updates it. */
  origin?: SlackMessageOrigin;
}

/** "C123:1700000000.000100" ↔ the channel and ts of a Slack message. */
export function slackOriginRef(channel: string, ts: string): string {
  return `${channel}:${ts}`;
}

/** True when the reply is a form question or summary (the engine always offers Cancel there). */
export function isFormPrompt(reply: Reply): boolean {
  return reply.type === "text" && (reply.buttons ?? []).some((row) => row.some((candidate) => parseFormButton(candidate.data ?? "")?.action === "cx"));
}

export function renderReplies(replies: Reply[], options: RenderOptions = {}): SlackOutgoing[] {
  const promptIndex = options.openForm ? replies.findLastIndex(isFormPrompt) : -1;
  let origin = options.origin;
  /** The origin can be replaced or closed once; later replies are new messages. */
  const takeOrigin = () => {
    const taken = origin;
    origin = undefined;
    return taken;
  };
  return replies.flatMap((reply, index): SlackOutgoing[] => {
    if (reply.type === "closeOrigin") {
      const closed = takeOrigin();
      // Without the message's blocks its content is unknown: it stays as it is, and the note comes below.
      if (!closed?.blocks) return reply.note ? renderText(reply.note, [], []) : [];
      const kept = (closed.blocks ?? []).filter((block) => block.type !== "actions");
      const blocks = reply.note ? [...kept, ...sections(reply.note)] : kept;
      const text = closed.text ?? reply.note ?? " ";
      return [{ kind: "update", channel: closed.channel, ts: closed.ts, text, blocks: blocks.length > 0 ? blocks : sections(text) }];
    }
    if (reply.type === "file") return [{ kind: "file", fileName: reply.fileName, mimeType: reply.mimeType, content: reply.content, ...(reply.caption ? { caption: reply.caption } : {}) }];
    if (reply.type === "diskFile") return [{ kind: "diskFile", fileName: reply.fileName, mimeType: reply.mimeType, path: reply.path, ...(reply.caption ? { caption: reply.caption } : {}) }];
    // Only Telegram's own files are sent by reference; anything else arrives here as content (a "file" reply).
    if (reply.type === "storedFile") return renderText(`📎 ${reply.fileName}${reply.caption ? `\n${reply.caption}` : ""}`, [], []);
    const extra = index === promptIndex && options.openForm ? [button(options.openForm.label, ACTION.openForm, options.openForm.formId, "primary")] : [];
    const text = reply.title ? `${reply.title}\n${reply.text}` : reply.text;
    const rendered = renderText(text, reply.buttons ?? [], extra, reply.title);
    const replaced = reply.replacesOrigin && rendered.length === 1 && rendered[0]?.kind === "message" ? takeOrigin() : undefined;
    if (replaced && rendered[0]?.kind === "message") return [{ kind: "update", channel: replaced.channel, ts: replaced.ts, text: rendered[0].text, blocks: rendered[0].blocks }];
    return rendered;
  });
}

function renderText(text: string, rows: NonNullable<Extract<Reply, { type: "text" }>["buttons"]>, extra: types.Button[], title?: string): SlackOutgoing[] {
  let counter = 0;
  const buttonBlocks: Block[] = [];
  if (extra.length > 0) buttonBlocks.push(...actions(extra));
  for (const row of rows) {
    const elements = row.map((candidate) => {
      counter++;
      if (candidate.url) return urlButton(candidate.label, `${ACTION.url}${counter}`, candidate.url);
      return button(candidate.label, `${ACTION.button}${counter}`, candidate.data ?? "noop");
    });
    if (elements.length > 0) buttonBlocks.push(...actions(elements));
  }
  const textBlocks: Block[] = title ? [boldLine(title), ...sections(text.slice(title.length + 1))] : sections(text);
  const messages: SlackOutgoing[] = [];
  let current: Block[] = [];
  for (const block of [...textBlocks, ...buttonBlocks]) {
    if (current.length === LIMITS.messageBlocks) {
      messages.push(message(current));
      current = [];
    }
    current.push(block);
  }
  if (current.length > 0 || messages.length === 0) messages.push(message(current));
  // The first part carries the notification text; the others repeat nothing.
  return messages.map((part, index) => (index === 0 || part.kind !== "message" ? part : { ...part, text: " " }));

  function message(blocks: Block[]): SlackOutgoing {
    return { kind: "message", text: fallbackText(text), blocks };
  }
}
