/**
 * Telegram text in parse_mode HTML. Everything the bot writes is escaped, user words included (names, titles,
 * comments), so no text a person typed can break a message or inject markup; only the reply's title is bold.
 */

export const PARSE_MODE = "HTML" as const;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A text part as Telegram HTML, with the title (when given) in bold on its own first line. */
export function telegramHtml(text: string, title?: string): string {
  const body = escapeHtml(text);
  if (!title) return body;
  return body.length > 0 ? `<b>${escapeHtml(title)}</b>\n${body}` : `<b>${escapeHtml(title)}</b>`;
}
