/**
 * Telegram's parse_mode HTML, checked the way the Bot API does: only its tags (b, strong, i, em, u, ins, s,
 * strike, del, a, code, pre, span class="tg-spoiler", tg-spoiler, blockquote, tg-emoji), closed in order, and
 * `<`, `>`, `&` written as entities. Anything else is refused with 400 "can't parse entities: …".
 */
import { badRequest } from "./api-error.js";

const TAGS = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "span", "tg-spoiler", "blockquote", "tg-emoji"]);
const ENTITY = /^&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-f]{1,6});/i;

function refuse(detail: string): never {
  throw badRequest(`can't parse entities: ${detail}`);
}

const ENTITY_TYPES: Record<string, string> = {
  b: "bold", strong: "bold", i: "italic", em: "italic", u: "underline", ins: "underline", s: "strikethrough",
  strike: "strikethrough", del: "strikethrough", code: "code", pre: "pre", "tg-spoiler": "spoiler", span: "spoiler",
  blockquote: "blockquote", a: "text_link", "tg-emoji": "custom_emoji",
};

export interface ParsedHtml {
  /** What the person reads: tags removed, entities decoded. */
  text: string;
  /** Formatting, with offsets and lengths in UTF-16 code units as the Bot API gives them. */
  entities: Array<{ type: string; offset: number; length: number }>;
}

function decode(entity: string): string {
  const name = entity.slice(1, -1).toLowerCase();
  if (name === "lt") return "<";
  if (name === "gt") return ">";
  if (name === "amp") return "&";
  if (name === "quot") return '"';
  return String.fromCodePoint(name.startsWith("#x") ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)));
}

/** Throws 400 when `text` is not valid Telegram HTML; returns the text as read and its entities. */
export function checkTelegramHtml(text: string): ParsedHtml {
  const open: Array<{ name: string; offset: number }> = [];
  const entities: ParsedHtml["entities"] = [];
  let plain = "";
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    const offset = Buffer.byteLength(text.slice(0, index), "utf8");
    if (char === "&") {
      const entity = ENTITY.exec(text.slice(index));
      if (!entity) refuse(`Character '&' is reserved and must be escaped at byte offset ${offset}`);
      plain += decode(entity[0]);
      index += entity[0].length;
      continue;
    }
    if (char === ">") refuse(`Character '>' is reserved and must be escaped at byte offset ${offset}`);
    if (char !== "<") {
      plain += char;
      index++;
      continue;
    }
    const end = text.indexOf(">", index);
    if (end < 0) refuse(`Unclosed start tag at byte offset ${offset}`);
    const tag = text.slice(index + 1, end);
    const closing = tag.startsWith("/");
    const name = (closing ? tag.slice(1) : tag).trim().split(/\s+/, 1)[0]?.toLowerCase() ?? "";
    if (!TAGS.has(name)) refuse(`Unsupported ${closing ? "end" : "start"} tag "${name}" at byte offset ${offset}`);
    if (closing) {
      const last = open.pop();
      if (last?.name !== name) refuse(`Unmatched end tag at byte offset ${offset}, expected "</${last?.name ?? ""}>", found "</${name}>"`);
      if (plain.length > last.offset) entities.push({ type: ENTITY_TYPES[name] ?? name, offset: last.offset, length: plain.length - last.offset });
    } else {
      open.push({ name, offset: plain.length });
    }
    index = end + 1;
  }
  if (open.length > 0) refuse(`Can't find end tag corresponding to start tag "${open.at(-1)?.name ?? ""}"`);
  return { text: plain, entities: entities.sort((a, b) => a.offset - b.offset) };
}
