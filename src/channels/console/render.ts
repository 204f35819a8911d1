/** Replies as terminal text: buttons become numbered options the person answers with a number. */
import type { Button, Reply } from "../../core/types.js";

export interface RenderedConsoleReply {
  text: string;
  /** Data of the numbered options, in order; "1" picks the first. */
  options: Button[];
}

export interface ConsoleLabels {
  /** Heads a message printed again because a button changed it (a tick, a page turn). */
  updated: string;
}

/** `replacing`: the reply takes the place of the message whose option was pressed (printed again, marked). */
export function renderConsoleReply(reply: Reply, labels?: ConsoleLabels, replacing = false): RenderedConsoleReply {
  if (reply.type === "closeOrigin") return { text: reply.note ?? "", options: [] };
  if (reply.type === "file") {
    return { text: `📎 ${reply.fileName} (${reply.content.byteLength} bytes)${reply.caption ? `\n${reply.caption}` : ""}`, options: [] };
  }
  if (reply.type === "diskFile") {
    return { text: `📎 ${reply.fileName} (${reply.sizeBytes} bytes)${reply.caption ? `\n${reply.caption}` : ""}`, options: [] };
  }
  if (reply.type === "storedFile") return { text: `📎 ${reply.fileName}${reply.caption ? `\n${reply.caption}` : ""}`, options: [] };
  const options = (reply.buttons ?? []).flat();
  const lines: string[] = [];
  if (replacing) lines.push(labels ? `↻ ${labels.updated}` : "↻");
  if (reply.title) lines.push(reply.title);
  lines.push(reply.text);
  options.forEach((button, index) => lines.push(`  [${index + 1}] ${button.label}${button.url ? ` → ${button.url}` : ""}`));
  return { text: lines.join("\n"), options };
}
