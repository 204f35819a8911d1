/** Replies as terminal text: buttons become numbered options the person answers with a number. */
import type { Button, Reply } from "../../core/types.js";

export interface RenderedConsoleReply {
  text: string;
  /** Data of the numbered options, in order; "1" picks the first. */
  options: Button[];
}

export function renderConsoleReply(reply: Reply): RenderedConsoleReply {
  if (reply.type === "file") {
    return { text: `📎 ${reply.fileName} (${reply.content.byteLength} bytes)${reply.caption ? `\n${reply.caption}` : ""}`, options: [] };
  }
  if (reply.type === "diskFile") {
    return { text: `📎 ${reply.fileName} (${reply.sizeBytes} bytes)${reply.caption ? `\n${reply.caption}` : ""}`, options: [] };
  }
  if (reply.type === "storedFile") return { text: `📎 ${reply.fileName}${reply.caption ? `\n${reply.caption}` : ""}`, options: [] };
  const options = (reply.buttons ?? []).flat();
  const lines = [reply.text];
  options.forEach((button, index) => lines.push(`  [${index + 1}] ${button.label}${button.url ? ` → ${button.url}` : ""}`));
  return { text: lines.join("\n"), options };
}
