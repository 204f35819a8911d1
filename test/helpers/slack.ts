/**
 * The real Slack channel (Bolt, HTTP receiver with signature verification) wired to the real app and the fake
 * Slack Web API, plus a "person" helper that sends signed requests like Slack does and waits until the app has
 * fully handled each one. Modals are followed through both paths Slack has: API calls (views.open/update) and
 * the HTTP answers to view submissions (response_action push/update/errors/clear).
 */
import type { App } from "../../src/app.js";
import { createSlackChannel, type SlackChannel, type SlackChannelOptions } from "../../src/channels/slack/app.js";
import { silentLogger } from "../../src/logger.js";
import type { FakeSlack, ReceiverResponse, SlackMessage, SlackRequestSigner, SlackView } from "../fakes/slack/index.js";

export const SIGNING_SECRET = "pasco-educa-test-signing-secret";

export interface SlackHarness {
  channel: SlackChannel;
  signer: SlackRequestSigner;
  url: string;
  stop(): Promise<void>;
}

export async function startSlackChannel(app: App, slack: FakeSlack, extra: Partial<SlackChannelOptions> = {}): Promise<SlackHarness> {
  const channel = createSlackChannel({
    token: slack.token,
    signingSecret: SIGNING_SECRET,
    apiUrl: slack.apiUrl,
    host: "127.0.0.1",
    port: 0,
    conversation: app.conversation,
    services: app.services,
    logger: silentLogger,
    firstDelivery: (key) => app.services.sessions.firstDelivery("slack", key),
    ...extra,
  });
  const { port } = await channel.start();
  const url = `http://127.0.0.1:${port}/slack/events`;
  return { channel, signer: slack.signer(url, SIGNING_SECRET), url, stop: () => channel.stop() };
}

type Block = Record<string, unknown> & { type: string; block_id?: string; accessory?: Element; element?: Element & { options?: Array<{ text: { text: string }; value: string }> } };
type Element = Record<string, unknown> & { type: string; action_id?: string; value?: string; text?: { text: string } };

function blocksOf(source: { blocks?: unknown[] | undefined } | Record<string, unknown>): Block[] {
  return ((source as { blocks?: unknown[] }).blocks ?? []) as Block[];
}

/** Every button in some blocks (actions blocks and section accessories). */
export function buttonsIn(blocks: Block[]): Array<Element & { blockId?: string }> {
  return blocks.flatMap((block) => {
    const elements = [...(((block as { elements?: unknown[] }).elements ?? []) as Element[]), ...(block.accessory ? [block.accessory] : [])];
    return elements.filter((element) => element.type === "button").map((element) => ({ ...element, ...(block.block_id ? { blockId: block.block_id } : {}) }));
  });
}

/** The visible text of some blocks (sections, headers, contexts, input labels and hints). */
export function textOf(blocks: Block[]): string {
  return blocks
    .flatMap((block) => {
      const parts: string[] = [];
      const text = (block as { text?: { text?: string } }).text?.text;
      if (text) parts.push(text);
      for (const element of ((block as { elements?: Array<{ text?: string }> }).elements ?? [])) if (typeof element.text === "string") parts.push(element.text);
      const label = (block as { label?: { text?: string } }).label?.text;
      if (label) parts.push(label);
      const hint = (block as { hint?: { text?: string } }).hint?.text;
      if (hint) parts.push(hint);
      return parts;
    })
    .join("\n");
}

export function messageText(messages: SlackMessage[]): string {
  return messages.map((message) => textOf((message.blocks ?? []) as Block[]) || message.text || "").join("\n---\n");
}

/** A modal as the person sees it now. */
export interface OpenModal {
  id: string;
  view: Record<string, unknown>;
}

export type ModalAnswer = string | string[] | { files: Array<{ id: string; name: string; mimetype: string; size: number }> };

/**
 * state.values for a modal from answers keyed by block id without the "f." prefix ("codigoModular",
 * "members.0.dni"): texts as typed, options by (part of) their label, dates as "YYYY-MM-DD".
 */
export function modalValues(view: Record<string, unknown>, answers: Record<string, ModalAnswer>): Record<string, Record<string, unknown>> {
  const values: Record<string, Record<string, unknown>> = {};
  for (const block of blocksOf(view)) {
    if (block.type !== "input" || !block.block_id) continue;
    const element = block.element;
    if (!element) continue;
    const key = block.block_id.replace(/^f\./, "");
    const answer = answers[key];
    const pick = (label: string) => {
      const option = (element.options ?? []).find((candidate) => candidate.text.text.includes(label));
      if (!option) throw new Error(`no option "${label}" in ${block.block_id}: ${JSON.stringify((element.options ?? []).map((candidate) => candidate.text.text))}`);
      return { text: option.text, value: option.value };
    };
    let state: Record<string, unknown>;
    switch (element.type) {
      case "radio_buttons":
      case "static_select":
        state = { type: element.type, selected_option: typeof answer === "string" ? pick(answer) : null };
        break;
      case "checkboxes":
      case "multi_static_select":
        state = { type: element.type, selected_options: Array.isArray(answer) ? answer.map(pick) : [] };
        break;
      case "datepicker":
        state = { type: element.type, selected_date: typeof answer === "string" ? answer : null };
        break;
      case "file_input":
        state = { type: element.type, files: answer && typeof answer === "object" && "files" in answer ? answer.files : [] };
        break;
      default:
        state = { type: element.type, value: typeof answer === "string" ? answer : null };
    }
    values[block.block_id] = { [element.action_id ?? "v"]: state };
  }
  return values;
}

/** A person on Slack: slash commands, DMs, buttons, modals and the App Home, through signed requests. */
export class SlackPerson {
  modal: OpenModal | undefined;
  lastResponse: ReceiverResponse | undefined;

  constructor(
    private readonly slack: FakeSlack,
    private readonly harness: () => SlackHarness,
    readonly userId: string,
  ) {}

  private async settle(response: Promise<ReceiverResponse>): Promise<ReceiverResponse> {
    const seenViews = this.slack.viewsOpened().length;
    const result = await response;
    this.lastResponse = result;
    await this.harness().channel.idle();
    const opened = this.slack.viewsOpened();
    if (opened.length > seenViews) {
      const last = opened.at(-1) as SlackView;
      this.modal = { id: last.id, view: (this.slack.view(last.id) ?? last).view };
    } else if (this.modal) {
      const current = this.slack.view(this.modal.id);
      if (current) this.modal = { id: current.id, view: current.view };
    }
    return result;
  }

  /** What the bot wrote meanwhile: new messages, and messages updated in place (chat.update). */
  private since<T>(work: () => Promise<T>): Promise<SlackMessage[]> {
    const before = new Map(this.slack.messagesTo(this.userId).map((message) => [message.ts, JSON.stringify([message.text, message.blocks])]));
    return work().then(() => this.slack.messagesTo(this.userId).filter((message) => before.get(message.ts) !== JSON.stringify([message.text, message.blocks])));
  }

  command(command: string, text = "", channelId?: string): Promise<SlackMessage[]> {
    return this.since(() => this.settle(this.harness().signer.slashCommand({ command, text, userId: this.userId, ...(channelId ? { channelId } : {}) })));
  }

  say(text: string): Promise<SlackMessage[]> {
    return this.since(() => this.settle(this.harness().signer.message({ userId: this.userId, text })));
  }

  sendFile(file: { id: string; name: string; mimetype: string; size: number }): Promise<SlackMessage[]> {
    return this.since(() =>
      this.settle(
        this.harness().signer.event({ type: "message", subtype: "file_share", user: this.userId, text: "", ts: `${Date.now() / 1000}`, channel: `D${this.userId.slice(1)}`, channel_type: "im", files: [file] }),
      ),
    );
  }

  /** Presses the button whose label contains `label` on the latest DM message that has buttons. */
  press(label: string | RegExp): Promise<SlackMessage[]> {
    const messages = this.slack.messagesTo(this.userId);
    for (let index = messages.length - 1; index >= 0; index--) {
      const message = messages[index] as SlackMessage;
      const buttons = buttonsIn((message.blocks ?? []) as Block[]);
      const found = buttons.find((candidate) => matches(candidate.text?.text ?? "", label));
      if (found) return this.pressOn(message, found);
      if (buttons.length > 0) break;
    }
    throw new Error(`no button ${String(label)} on the latest DM keyboard: ${JSON.stringify(messages.slice(-2).map((message) => buttonsIn((message.blocks ?? []) as Block[]).map((candidate) => candidate.text?.text)))}`);
  }

  pressOn(message: SlackMessage, found: Element): Promise<SlackMessage[]> {
    return this.since(() =>
      this.settle(this.harness().signer.blockAction({ userId: this.userId, actionId: found.action_id ?? "", ...(found.value !== undefined ? { value: found.value } : {}), messageTs: message.ts, text: found.text?.text ?? "", message: { text: message.text ?? "", ...(message.blocks ? { blocks: message.blocks } : {}) } })),
    );
  }

  /** The App Home as this person sees it now (last published or updated in place). */
  home(): SlackView {
    const view = this.slack.homeViews(this.userId).at(-1);
    if (!view) throw new Error("no App Home published");
    return view;
  }

  async openHome(): Promise<SlackView> {
    const before = this.slack.viewsPublished(this.userId).length;
    await this.settle(this.harness().signer.appHomeOpened(this.userId));
    const views = this.slack.viewsPublished(this.userId);
    if (views.length <= before) throw new Error("the App Home was not published");
    return views.at(-1) as SlackView;
  }

  pressHome(label: string | RegExp): Promise<SlackMessage[]> {
    const home = this.home();
    const found = buttonsIn(blocksOf(home.view)).find((candidate) => matches(candidate.text?.text ?? "", label));
    if (!found) throw new Error(`no button ${String(label)} in the App Home`);
    return this.since(() =>
      this.settle(
        this.harness().signer.blockAction({
          userId: this.userId,
          actionId: found.action_id ?? "",
          ...(found.value !== undefined ? { value: found.value } : {}),
          // As Slack sends the view a button was in: its id, its current hash and its private_metadata.
          view: { id: home.id, type: "home", hash: home.hash, private_metadata: String(home.view["private_metadata"] ?? "") },
        }),
      ),
    );
  }

  /** Presses a button inside the open modal (add a member, change an answer). */
  async pressInModal(label: string | RegExp, blockId?: string): Promise<void> {
    const modal = this.requireModal();
    const found = buttonsIn(blocksOf(modal.view)).find((candidate) => matches(candidate.text?.text ?? "", label) && (blockId === undefined || candidate.blockId === blockId));
    if (!found) throw new Error(`no button ${String(label)} in the modal`);
    const current = this.slack.view(modal.id);
    await this.settle(
      this.harness().signer.blockAction({
        userId: this.userId,
        actionId: found.action_id ?? "",
        ...(found.value !== undefined ? { value: found.value } : {}),
        view: { id: modal.id, type: "modal", hash: current?.hash ?? "", private_metadata: String(modal.view["private_metadata"] ?? ""), callback_id: String(modal.view["callback_id"] ?? ""), state: { values: {} } },
      }),
    );
  }

  /** Submits the open modal with these answers; follows push/update answers; returns the receiver's answer. */
  async submit(answers: Record<string, ModalAnswer> = {}): Promise<{ response: ReceiverResponse; dm: SlackMessage[] }> {
    const modal = this.requireModal();
    let response: ReceiverResponse | undefined;
    const dm = await this.since(async () => {
      response = await this.settle(
        this.harness().signer.viewSubmission({
          userId: this.userId,
          callbackId: String(modal.view["callback_id"] ?? ""),
          privateMetadata: String(modal.view["private_metadata"] ?? ""),
          viewId: modal.id,
          values: modalValues(modal.view, answers),
        }),
      );
    });
    const body = (response?.json ?? {}) as { response_action?: string; view?: Record<string, unknown> };
    if ((body.response_action === "push" || body.response_action === "update") && body.view) this.modal = await this.mirror(body.response_action, modal.id, body.view);
    if (body.response_action === "clear" || (!body.response_action && response?.body === "")) this.modal = undefined;
    return { response: response as ReceiverResponse, dm };
  }

  /**
   * Slack itself stores a view pushed or updated by a response_action; the fake only sees API calls, so the
   * helper stores it there the same way (its own views.push / views.update), and the app's later
   * views.update on that view id works as on Slack.
   */
  private async mirror(action: "push" | "update", currentId: string, view: Record<string, unknown>): Promise<OpenModal> {
    const method = action === "push" ? "views.push" : "views.update";
    const params = action === "push" ? { trigger_id: "slack-response-action", view } : { view_id: currentId, view };
    const answer = await fetch(`${this.slack.apiUrl}${method}`, {
      method: "POST",
      headers: { authorization: `Bearer ${this.slack.token}`, "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(params),
    });
    const json = (await answer.json()) as { ok: boolean; view?: { id: string } };
    if (!json.ok || !json.view) throw new Error(`the fake refused the ${action}ed view: ${JSON.stringify(json)}`);
    return { id: json.view.id, view };
  }

  /** Closes the open modal (Slack sends view_closed because the form asks for it). */
  async close(): Promise<SlackMessage[]> {
    const modal = this.requireModal();
    const signer = this.harness().signer;
    const payload = {
      type: "view_closed",
      team: { id: this.slack.teamId, domain: "pasco-educa" },
      user: { id: this.userId, team_id: this.slack.teamId },
      api_app_id: "A0FAKEAPP",
      view: { id: modal.id, type: "modal", callback_id: modal.view["callback_id"], private_metadata: modal.view["private_metadata"], state: { values: {} } },
      is_cleared: true,
    };
    const dm = await this.since(() => this.settle(signer.send(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), "application/x-www-form-urlencoded")));
    this.modal = undefined;
    return dm;
  }

  modalText(): string {
    return textOf(blocksOf(this.requireModal().view));
  }

  requireModal(): OpenModal {
    if (!this.modal) throw new Error("no modal is open");
    return this.modal;
  }
}

function matches(text: string, label: string | RegExp): boolean {
  return typeof label === "string" ? text.includes(label) : label.test(text);
}
