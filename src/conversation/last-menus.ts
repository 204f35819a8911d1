/**
 * The buttons of the last reply each person got from a turn, so that typing a button's words («buena práctica»
 * under «¿Qué quieres registrar?», «recordarme» under a calendar answer) presses it, as a form's step already
 * allows (forms/match-option.ts). Kept in this process only, for the people most recently active and for a
 * while: with several webhook processes a message that reaches another process is read as text, as before.
 * A number is never taken for a button here: outside the console, buttons are not numbered.
 */
import type { Reply } from "../core/types.js";
import { matchOptionIndex } from "../forms/match-option.js";

const MAX_PEOPLE = 5_000;
const FRESH_MS = 30 * 60_000;

interface Menu {
  labels: string[];
  data: string[];
  at: number;
}

export class LastMenus {
  private readonly menus = new Map<number, Menu>();

  /** After a turn: its last reply's buttons, or nothing when it had none. */
  remember(personId: number, replies: readonly Reply[], now: Date): void {
    this.menus.delete(personId);
    const last = replies.findLast((reply) => reply.type === "text");
    const buttons = last?.type === "text" ? (last.buttons ?? []).flat().filter((button) => button.data) : [];
    if (buttons.length === 0) return;
    this.menus.set(personId, { labels: buttons.map((button) => button.label), data: buttons.map((button) => button.data as string), at: now.getTime() });
    if (this.menus.size > MAX_PEOPLE) this.menus.delete(this.menus.keys().next().value as number);
  }

  /** The data of the button of this person's last menu that the typed text names, if one alone. */
  pressedBy(personId: number, text: string, now: Date): string | null {
    const menu = this.menus.get(personId);
    if (!menu || now.getTime() - menu.at > FRESH_MS || /^\s*\d+\s*$/.test(text)) return null;
    const index = matchOptionIndex(text, menu.labels, menu.labels);
    return index < 0 ? null : (menu.data[index] ?? null);
  }
}
