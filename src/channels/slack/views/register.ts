/**
 * Form modal submissions and closings. A page is checked before the acknowledgement (inline errors, or the next
 * page); the last step closes the modal at once and submits after, posting the result in the DM. Closing the
 * modal keeps the draft and says so, with a button to open it again.
 */
import type { App, ViewClosedAction, ViewSubmitAction } from "@slack/bolt";
import type { Reply, Sender } from "../../../core/types.js";
import { actions, button, sections } from "../blocks.js";
import { receivedAt } from "../received-at.js";
import { ACTION } from "../render.js";
import type { SlackOrigin, SlackTurns } from "../turns.js";
import { submitDraft, submitFormView, type ViewAck } from "./form-modal.js";
import { FORM_CALLBACK, infoView, parseMeta } from "./form-view.js";
import { fieldBlockId, type StateValues } from "./form-values.js";

function originOf(body: ViewSubmitAction | ViewClosedAction, client: SlackOrigin["client"], arrived: number): SlackOrigin {
  return { client, teamId: body.team?.id ?? body.user.team_id ?? "", userId: body.user.id, receivedAt: arrived };
}

export function registerFormViews(app: App, turns: SlackTurns): void {
  app.view<ViewSubmitAction>(FORM_CALLBACK, async ({ ack, body, view, client, context }) => {
    const meta = parseMeta(view.private_metadata);
    if (!meta) {
      await ack();
      return;
    }
    const origin = originOf(body, client, receivedAt(context));
    let acked = false;
    const answer = async (response?: ViewAck | { response_action: "clear" }) => {
      acked = true;
      await ack(response);
    };
    let sender: Sender | undefined;
    let replies: Reply[] | null = null;
    try {
      sender = await turns.sender(origin);
      replies = await turns.deps.conversation.withTurn(sender, async (ctx) => {
        const outcome = await submitFormView(ctx, meta, view.state.values as StateValues);
        if (outcome.kind === "ack") {
          await answer(outcome.ack);
          return null;
        }
        await answer({ response_action: "clear" });
        return submitDraft(ctx, outcome.formId);
      });
    } catch (error) {
      turns.deps.logger.error({ err: error }, "slack: form submission failed");
      const t = turns.translator(sender);
      if (!acked) {
        const first = meta.s === "p" ? meta.k[0] : undefined;
        await answer(first ? { response_action: "errors", errors: { [fieldBlockId(first)]: t("error-unexpected") } } : { response_action: "update", view: infoView(t("slack-form-gone-title"), t("error-unexpected")) });
      } else {
        await turns.apologize(origin, sender, error);
      }
      return;
    }
    if (replies && sender) await turns.deliver(origin, sender, replies, false).catch((error: unknown) => turns.apologize(origin, sender, error));
  });

  app.view<ViewClosedAction>({ callback_id: FORM_CALLBACK, type: "view_closed" }, async ({ ack, body, view, client, context }) => {
    await ack();
    const meta = parseMeta(view.private_metadata);
    // Only when the whole modal was closed (not a pushed page left with «back»).
    if (!meta || (body.is_cleared !== true && meta.d > 1)) return;
    const origin = originOf(body, client, receivedAt(context));
    try {
      const sender = await turns.sender(origin);
      const note = await turns.deps.conversation.withTurn(sender, async (ctx) => {
        if (!ctx.forms.has(meta.f)) return null;
        const form = ctx.forms.get(meta.f);
        return { text: ctx.t("slack-form-closed", { form: ctx.t(form.titleKey) }), label: ctx.t("slack-open-form") };
      });
      if (!note) return;
      await client.chat.postMessage({
        channel: sender.chatRef ?? origin.userId,
        text: note.text,
        blocks: [...sections(note.text), ...actions([button(note.label, ACTION.openForm, meta.f, "primary")])],
      });
    } catch (error) {
      turns.deps.logger.warn({ err: error }, "slack: view_closed note failed");
    }
  });
}
