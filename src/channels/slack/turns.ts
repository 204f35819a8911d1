/**
 * One thing a Slack person did → the conversation → what goes back. Replies go to the person's DM with the
 * app. When the answer is a form question and the request carried a fresh trigger_id (a slash command or a
 * button, not a form's own step button), the form opens as a modal instead; in a chat, a form question gets an
 * «Abrir como formulario» button so the person can switch to the modal at any step.
 */
import type { webApi } from "@slack/bolt";
import type { Input, Reply, Sender } from "../../core/types.js";
import { textReply } from "../../core/types.js";
import { FORM_FLOW_PREFIX } from "../../conversation/form-runner.js";
import type { Conversation } from "../../conversation/router.js";
import { isFormButton } from "../../forms/buttons.js";
import { isLocale, type Locale } from "../../i18n.js";
import type { Logger } from "../../logger.js";
import type { AppServices } from "../../services.js";
import type { SlackDirectory } from "./directory.js";
import { postOutgoing } from "./post.js";
import { isFormPrompt, renderReplies, type RenderOptions, type SlackMessageOrigin } from "./render.js";
import { slackSender } from "./to-input.js";
import { infoView, loadingView } from "./views/form-view.js";
import { viewForDraft } from "./views/form-modal.js";

/** Slack gives 3 s to use a trigger_id; keep a margin for the views.open round trip. */
export const TRIGGER_BUDGET_MS = 2_500;

export interface SlackDeps {
  conversation: Conversation;
  services: AppServices;
  logger: Logger;
  directory: SlackDirectory;
}

export interface SlackOrigin {
  client: webApi.WebClient;
  teamId: string;
  userId: string;
  /** The channel the request came from, when there is one ("D…" is the DM with the app). */
  channelId?: string;
  triggerId?: string;
  /** Date.now() when the request arrived. */
  receivedAt: number;
  /** The message whose button was pressed, when the request is a button press in a conversation. */
  message?: SlackMessageOrigin;
}

export class SlackTurns {
  constructor(readonly deps: SlackDeps) {}

  async sender(origin: SlackOrigin): Promise<Sender> {
    const { directory } = this.deps;
    const [dm, profile] = await Promise.all([directory.dmChannel(origin.client, origin.userId, origin.channelId), directory.profile(origin.client, origin.userId)]);
    return slackSender(origin.teamId, origin.userId, dm, profile);
  }

  /** Handles one input; returns how many messages went to the DM. Never throws. */
  async run(origin: SlackOrigin, input: Input): Promise<number> {
    let sender: Sender | undefined;
    try {
      sender = await this.sender(origin);
      const target = sender.chatRef ?? origin.userId;
      const replies = await this.deps.conversation.handle(sender, input, { notify: async (early) => void (await this.post(origin, target, early)) });
      const mayOpenModal = input.type !== "button" || !isFormButton(input.data);
      return await this.deliver(origin, sender, replies, mayOpenModal);
    } catch (error) {
      await this.apologize(origin, sender, error);
      return 1;
    }
  }

  /** Sends replies to the DM, opening a form they start as a modal when the trigger allows it. */
  async deliver(origin: SlackOrigin, sender: Sender, replies: Reply[], mayOpenModal: boolean): Promise<number> {
    const channel = sender.chatRef ?? origin.userId;
    if (!replies.some(isFormPrompt)) return this.post(origin, channel, replies);
    const state = await this.deps.conversation.withTurn(sender, async (ctx) => ({ flow: ctx.flow, locale: ctx.locale }));
    const formId = state.flow?.startsWith(FORM_FLOW_PREFIX) ? state.flow.slice(FORM_FLOW_PREFIX.length) : null;
    if (formId && mayOpenModal && this.triggerFresh(origin)) {
      const opened = await this.openForm(origin, sender, formId, false);
      if (opened) return this.post(origin, channel, replies.filter((reply) => !isFormPrompt(reply)));
    }
    const label = this.deps.services.i18n.t(state.locale, "slack-open-form");
    const items = renderReplies(replies, { ...this.renderOrigin(origin), ...(formId ? { openForm: { formId, label } } : {}) });
    await postOutgoing(origin.client, channel, items, (error) => this.updateRefused(error));
    return items.length;
  }

  /** Opens the person's form in progress as a modal; false when it could not (no draft, trigger expired). */
  async openForm(origin: SlackOrigin, sender: Sender, formId: string, loadingFirst: boolean): Promise<boolean> {
    const { client } = origin;
    if (!origin.triggerId) return false;
    try {
      if (loadingFirst) {
        // The trigger is used at once; the real view replaces the placeholder when it is ready.
        const opened = await client.views.open({ trigger_id: origin.triggerId, view: loadingView({ t: this.translator(sender) }) });
        const view = await this.deps.conversation.withTurn(sender, (ctx) => viewForDraft(ctx, formId));
        const t = this.translator(sender);
        await client.views.update({
          view_id: opened.view?.id ?? "",
          ...(opened.view?.hash ? { hash: opened.view.hash } : {}),
          view: view ?? infoView(t("slack-form-gone-title"), t("form-no-draft")),
        });
        return view !== null;
      }
      const view = await this.deps.conversation.withTurn(sender, (ctx) => viewForDraft(ctx, formId));
      if (!view) return false;
      await client.views.open({ trigger_id: origin.triggerId, view });
      return true;
    } catch (error) {
      this.deps.logger.warn({ err: error, formId }, "slack: could not open the form modal");
      return false;
    }
  }

  async post(origin: SlackOrigin, channel: string, replies: Reply[]): Promise<number> {
    const items = renderReplies(replies, this.renderOrigin(origin));
    await postOutgoing(origin.client, channel, items, (error) => this.updateRefused(error));
    return items.length;
  }

  private renderOrigin(origin: SlackOrigin): RenderOptions {
    return origin.message ? { origin: origin.message } : {};
  }

  private updateRefused(error: unknown): void {
    const code = (error as { data?: { error?: string } }).data?.error;
    this.deps.logger.debug({ error: code ?? (error instanceof Error ? error.name : "unknown") }, "slack: chat.update refused; posting a new message");
  }

  async apologize(origin: SlackOrigin, sender: Sender | undefined, error: unknown): Promise<void> {
    this.deps.logger.error({ err: error, channel: "slack" }, "slack turn failed");
    try {
      const t = this.translator(sender);
      await this.post(origin, sender?.chatRef ?? origin.userId, [textReply(t("error-unexpected"))]);
    } catch (again) {
      this.deps.logger.warn({ err: again }, "slack: could not apologize");
    }
  }

  private triggerFresh(origin: SlackOrigin): boolean {
    return Boolean(origin.triggerId) && Date.now() - origin.receivedAt < TRIGGER_BUDGET_MS;
  }

  /** The person's language as Slack reports it (for texts shown before their profile is read). */
  translator(sender: Sender | undefined) {
    const code = sender?.languageCode?.slice(0, 2);
    const locale: Locale = isLocale(code) ? code : "es";
    return this.deps.services.i18n.translator(locale);
  }
}
