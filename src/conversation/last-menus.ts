/**
 * The buttons of the last reply a person got from a turn that ended outside any flow, so that typing a button's
 * words («buena práctica» under «¿Qué quieres registrar?», «recordarme» under a calendar answer) presses it, as a
 * form's step already allows (forms/match-option.ts). The menu is kept with the person's conversation state in
 * the database, written with the turn: after a restart, or when the next message reaches another webhook process,
 * it still counts. It counts for half an hour. A number is never taken for a button here: outside the console,
 * buttons are not numbered.
 */
import type { Reply } from "../core/types.js";
import { matchOptionIndex } from "../forms/match-option.js";

export interface LastMenu {
  labels: string[];
  data: string[];
  /** When it was shown (epoch ms). */
  at: number;
}

const FRESH_MS = 30 * 60_000;
/** The same menu shown again is written again only when the stored one is this old, to keep it fresh. */
const REFRESH_MS = 5 * 60_000;

/** The menu under a turn's last text reply (buttons that carry data), or null when it has none. */
export function menuOf(replies: readonly Reply[], now: Date): LastMenu | null {
  const last = replies.findLast((reply) => reply.type === "text");
  const buttons = last?.type === "text" ? (last.buttons ?? []).flat().filter((button) => button.data) : [];
  if (buttons.length === 0) return null;
  return { labels: buttons.map((button) => button.label), data: buttons.map((button) => button.data as string), at: now.getTime() };
}

/** Whether storing `next` where `stored` is kept changes anything a later turn would see. */
export function menuChanged(stored: LastMenu | null, next: LastMenu | null): boolean {
  if (stored === null || next === null) return stored !== next;
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((value, index) => value === b[index]);
  return !same(stored.labels, next.labels) || !same(stored.data, next.data) || next.at - stored.at > REFRESH_MS;
}

/** The data of the button of this menu that the typed text names, if one alone. */
export function pressedBy(menu: LastMenu | null, text: string, now: Date): string | null {
  if (!menu || now.getTime() - menu.at > FRESH_MS || /^\s*\d+\s*$/.test(text)) return null;
  const index = matchOptionIndex(text, menu.labels, menu.labels);
  return index < 0 ? null : (menu.data[index] ?? null);
}

/** A menu read back from the database (JSON text or a parsed value); anything not of its shape is no menu. */
export function parseMenu(value: unknown): LastMenu | null {
  let parsed = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (typeof parsed !== "object" || parsed === null) return null;
  const { labels, data, at } = parsed as Partial<LastMenu>;
  const strings = (list: unknown): list is string[] => Array.isArray(list) && list.every((item) => typeof item === "string");
  if (!strings(labels) || !strings(data) || labels.length !== data.length || typeof at !== "number") return null;
  return { labels, data, at };
}
