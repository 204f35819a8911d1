/**
 * Small Block Kit builders with Slack's limits applied (text lengths, elements per block), so a long Spanish
 * sentence or a long option list never makes Slack refuse the whole message or view.
 */
import type { types } from "@slack/bolt";
import { splitText } from "../../core/split-text.js";

export type Block = types.KnownBlock;

export const LIMITS = {
  sectionText: 3000,
  buttonText: 75,
  buttonValue: 2000,
  optionText: 75,
  optionValue: 150,
  label: 2000,
  hint: 2000,
  viewTitle: 24,
  viewButton: 24,
  actionsElements: 25,
  messageBlocks: 50,
  viewBlocks: 100,
  privateMetadata: 3000,
  fallbackText: 3000,
  headerText: 150,
  contextText: 2000,
  plainTextInput: 3000,
  selectOptions: 100,
  checkboxOptions: 10,
  radioOptions: 10,
} as const;

export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

export function plain(text: string, max: number = LIMITS.sectionText): types.PlainTextElement {
  return { type: "plain_text", text: clip(text.length > 0 ? text : " ", max), emoji: true };
}

export function sections(text: string): types.SectionBlock[] {
  return splitText(text, LIMITS.sectionText).map((part) => ({ type: "section", text: plain(part) }));
}

/** Slack mrkdwn with everything escaped: &, < and > as entities, and the formatting characters neutralised. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([*_~`])/g, "\u200B$1\u200B");
}

/** A title in bold (mrkdwn), whatever a person wrote in it. */
export function boldLine(text: string): types.SectionBlock {
  return { type: "section", text: { type: "mrkdwn", text: `*${clip(escapeMrkdwn(text), LIMITS.sectionText - 2)}*` } };
}

export function header(text: string): types.HeaderBlock {
  return { type: "header", text: plain(text, LIMITS.headerText) };
}

export function context(text: string): types.ContextBlock {
  return { type: "context", elements: [plain(text, LIMITS.contextText)] };
}

export function button(label: string, actionId: string, value?: string, style?: "primary" | "danger"): types.Button {
  return {
    type: "button",
    action_id: actionId,
    text: plain(label, LIMITS.buttonText),
    ...(value !== undefined ? { value: value.slice(0, LIMITS.buttonValue) } : {}),
    ...(style ? { style } : {}),
  };
}

export function urlButton(label: string, actionId: string, url: string): types.Button {
  return { type: "button", action_id: actionId, text: plain(label, LIMITS.buttonText), url };
}

/** Buttons in actions blocks of at most 25 elements each. */
export function actions(elements: types.ActionsBlockElement[], blockId?: string): types.ActionsBlock[] {
  const blocks: types.ActionsBlock[] = [];
  for (let index = 0; index < elements.length; index += LIMITS.actionsElements) {
    const chunk = elements.slice(index, index + LIMITS.actionsElements);
    blocks.push({ type: "actions", elements: chunk, ...(blockId ? { block_id: index === 0 ? blockId : `${blockId}.${index}` } : {}) });
  }
  return blocks;
}

/** Slack's fallback text (notifications, screen readers) is mrkdwn: escape its three control characters. */
export function fallbackText(text: string): string {
  return clip(text, LIMITS.fallbackText).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
