/** When a request reached the app: trigger_ids expire 3 s after Slack sent them, so the clock starts at arrival. */
import type { App, Context } from "@slack/bolt";

const KEY = "peReceivedAt";

export function stampArrival(app: App): void {
  app.use(async ({ context, next }) => {
    context[KEY] = Date.now();
    await next();
  });
}

export function receivedAt(context: Context): number {
  const value = context[KEY];
  return typeof value === "number" ? value : Date.now();
}
