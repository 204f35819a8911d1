/**
 * Callback queries issued by button presses and their answers. Like Telegram,
 * a query can be answered once, and only if it exists.
 */
import { badRequest } from "./api-error.js";
import type { AnsweredCallback } from "./types.js";

export class CallbackRegistry {
  private readonly open = new Set<string>();
  private counter = 0;
  readonly answered: AnsweredCallback[] = [];

  constructor(private readonly idPrefix: string) {}

  issue(): string {
    const id = `${this.idPrefix}${String(++this.counter).padStart(6, "0")}`;
    this.open.add(id);
    return id;
  }

  answer(callback: AnsweredCallback): void {
    if (!this.open.delete(callback.callbackQueryId)) {
      throw badRequest("query is too old and response timeout expired or query ID is invalid");
    }
    this.answered.push(callback);
  }
}
