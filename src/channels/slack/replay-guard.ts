/**
 * Refuses a request seen before. Bolt already refuses a bad signature and a timestamp older than five minutes;
 * within those five minutes a captured request could be sent again, and Slack itself redelivers an event it
 * thinks was not answered. Every event id and every trigger id (slash commands, buttons, modal submissions) is
 * recorded once; a second arrival is acknowledged and dropped.
 */
import type { AnyMiddlewareArgs, App } from "@slack/bolt";

export function requestKey(body: unknown): string | null {
  const fields = (body ?? {}) as { event_id?: unknown; trigger_id?: unknown; type?: unknown };
  if (typeof fields.event_id === "string") return `e:${fields.event_id}`;
  if (typeof fields.trigger_id === "string" && fields.trigger_id.length > 0) return `t:${fields.trigger_id}`;
  return null;
}

export function guardReplays(app: App, firstDelivery: (key: string) => Promise<boolean>, onReplay: () => void): void {
  app.use(async (args) => {
    const key = requestKey(args.body);
    if (key && !(await firstDelivery(key))) {
      onReplay();
      const ack = (args as AnyMiddlewareArgs & { ack?: (response?: unknown) => Promise<void> }).ack;
      if (ack) await ack();
      return;
    }
    await args.next();
  });
}
