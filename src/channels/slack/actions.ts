/**
 * Button presses. A bot button carries its neutral data in `value` and goes to the conversation like a press on
 * Telegram (authorization is checked there, on every press: a value can be forged). «Abrir como formulario»
 * opens the form in progress as a modal (a placeholder first, so the trigger is used within Slack's 3 s);
 * buttons inside a form modal redraw it (another team member, change one answer).
 */
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import type { Input } from "../../core/types.js";
import type { HomePublisher, TappedHome } from "./home/publish.js";
import { receivedAt } from "./received-at.js";
import type { Block } from "./blocks.js";
import { ACTION, slackOriginRef, type SlackMessageOrigin } from "./render.js";
import type { SlackOrigin, SlackTurns } from "./turns.js";
import { modalActionView } from "./views/form-modal.js";
import { parseMeta } from "./views/form-view.js";
import type { StateValues } from "./views/form-values.js";

const startsWith = (prefix: string) => new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

/** The message the button was on (a bot message in a conversation; none for App Home or a modal). */
function messageOf(body: BlockAction): SlackMessageOrigin | undefined {
  const container = body.container as { type?: string; channel_id?: string; message_ts?: string } | undefined;
  if (container?.type !== "message" || !container.channel_id || !container.message_ts) return undefined;
  const message = body.message as { text?: string; blocks?: Block[] } | undefined;
  return { channel: container.channel_id, ts: container.message_ts, ...(message?.blocks ? { blocks: message.blocks } : {}), ...(message?.text ? { text: message.text } : {}) };
}

function buttonInput(body: BlockAction, data: string | undefined): Input | null {
  if (!data) return null;
  const message = messageOf(body);
  return { type: "button", data, ...(message ? { origin: slackOriginRef(message.channel, message.ts) } : {}) };
}

function originOf(body: BlockAction, client: SlackOrigin["client"], arrived: number): SlackOrigin {
  const message = messageOf(body);
  return {
    ...(message ? { message } : {}),
    client,
    teamId: body.team?.id ?? body.user.team_id ?? "",
    userId: body.user.id,
    ...(body.channel?.id ? { channelId: body.channel.id } : {}),
    ...(body.trigger_id ? { triggerId: body.trigger_id } : {}),
    receivedAt: arrived,
  };
}

/** The App Home view the button was in, with what Slack sends of it (id, hash, private_metadata). */
function tappedHome(body: BlockAction): TappedHome | undefined {
  const view = body.view as { type?: string; id?: string; hash?: string; private_metadata?: string } | undefined;
  if (view?.type !== "home" || !view.id) return undefined;
  return { id: view.id, ...(view.hash ? { hash: view.hash } : {}), ...(view.private_metadata ? { privateMetadata: view.private_metadata } : {}) };
}

/** A command button (App Home): "registros BP-2026-0001" → the command with its arguments. */
export function commandButtonInput(value: string): Input | null {
  const [name = "", ...rest] = value.trim().split(/\s+/);
  return /^[a-z_]{1,32}$/.test(name) ? { type: "command", command: name, args: rest.join(" ") } : null;
}

export function registerActions(app: App, turns: SlackTurns, home: HomePublisher): void {
  const pressed = async (body: BlockAction, input: Input | null, origin: SlackOrigin) => {
    if (!input) return;
    await turns.run(origin, input);
    const tapped = tappedHome(body);
    if (tapped) await home.publish(origin, tapped);
  };

  app.action<BlockAction<ButtonAction>>(startsWith(ACTION.button), async ({ ack, body, action, client, context }) => {
    await ack();
    await pressed(body, buttonInput(body, action.value), originOf(body, client, receivedAt(context)));
  });

  app.action<BlockAction<ButtonAction>>(startsWith(ACTION.command), async ({ ack, body, action, client, context }) => {
    await ack();
    await pressed(body, commandButtonInput(action.value ?? ""), originOf(body, client, receivedAt(context)));
  });

  // A page of the App Home's lists, or «Actualizar»: only the view changes, no message goes to the DM.
  app.action<BlockAction<ButtonAction>>(startsWith(ACTION.home), async ({ ack, body, action, client, context }) => {
    await ack();
    const tapped = tappedHome(body);
    const page = Number(action.value);
    await home.publish(originOf(body, client, receivedAt(context)), tapped, Number.isInteger(page) && page > 0 ? page : undefined);
  });

  app.action(startsWith(ACTION.url), async ({ ack }) => {
    await ack();
  });

  app.action<BlockAction<ButtonAction>>(ACTION.openForm, async ({ ack, body, action, client, context }) => {
    await ack();
    const origin = originOf(body, client, receivedAt(context));
    try {
      const sender = await turns.sender(origin);
      await turns.openForm(origin, sender, action.value ?? "", true);
    } catch (error) {
      await turns.apologize(origin, undefined, error);
    }
  });

  app.action<BlockAction<ButtonAction>>(startsWith(ACTION.modal), async ({ ack, body, action, client, context }) => {
    await ack();
    const origin = originOf(body, client, receivedAt(context));
    const meta = parseMeta(body.view?.private_metadata);
    if (!meta || !body.view) return;
    try {
      const sender = await turns.sender(origin);
      const values = (body.view.state?.values ?? {}) as StateValues;
      const view = await turns.deps.conversation.withTurn(sender, (ctx) => modalActionView(ctx, meta, action.action_id, action.value ?? "", values));
      if (view) await client.views.update({ view_id: body.view.id, hash: body.view.hash, view });
    } catch (error) {
      turns.deps.logger.warn({ err: error }, "slack: modal action failed");
    }
  });
}
