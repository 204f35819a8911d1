/**
 * FakeSlack: the object tests hold. It serves a fake Slack Web API; give
 * `slack.apiUrl` to Bolt as `clientOptions.slackApiUrl` (or to a WebClient as
 * `slackApiUrl`). Tests then read what the app did (calls, messages per
 * channel or user, ephemerals, views, uploaded files) and wait for it without
 * sleeps. An optional per-channel rate limit answers 429 + Retry-After.
 *
 *   const slack = await startFakeSlack({ users: [{ id: "U0ANA", email: "ana@ugel.gob.pe" }] });
 *   const app = new App({ token: slack.token, signingSecret, clientOptions: { slackApiUrl: slack.apiUrl } });
 *   ...
 *   const message = await slack.waitForMessage("U0ANA");
 *   await slack.close();
 */
import type { LocalServer } from "../shared/local-server.js";
import type { RateLimit } from "../shared/sliding-window.js";
import { Waiters, type WaitOptions } from "../shared/waiters.js";
import { SlackDispatcher } from "./dispatcher.js";
import { channelFor } from "./ids.js";
import { startSlackServer } from "./server.js";
import { SlackRequestSigner } from "./sign.js";
import { SlackStore } from "./store.js";
import type { FakeSlackOptions, SlackCall, SlackEphemeral, SlackMessage, SlackResponse, SlackStats, SlackUploadedFile, SlackUser, SlackView } from "./types.js";

export const DEFAULT_SLACK_TOKEN = "xoxb-fake-pasco-educa";

export interface SlackMessageWaitOptions extends WaitOptions {
  /** Only messages posted/updated after this change number (default: the last `markAction()`). */
  readonly since?: number;
}

export class FakeSlack {
  readonly token: string;
  readonly teamId: string;
  readonly botUserId: string;
  private readonly waiters = new Waiters();
  private readonly store = new SlackStore();
  private readonly dispatcher: SlackDispatcher;
  private server: LocalServer | undefined;
  private actionSeq = 0;

  private constructor(options: FakeSlackOptions) {
    this.token = options.token ?? DEFAULT_SLACK_TOKEN;
    this.teamId = options.teamId ?? "T0PASCO";
    this.botUserId = options.botUserId ?? "U0BOT";
    for (const user of options.users ?? []) this.addUser(user);
    const origin = (): string => this.origin;
    const state = {
      store: this.store,
      teamId: this.teamId,
      botUserId: this.botUserId,
      botId: options.botId ?? "B0BOT",
      get origin() {
        return origin();
      },
    };
    this.dispatcher = new SlackDispatcher(state, options.token, () => this.waiters.notify());
    this.dispatcher.setPerChannelLimit(options.perChannelLimit);
  }

  static async start(options: FakeSlackOptions = {}): Promise<FakeSlack> {
    const fake = new FakeSlack(options);
    fake.server = await startSlackServer(fake.dispatcher, fake.store, () => fake.waiters.notify());
    return fake;
  }

  /** apps.connections.open answers with this URL from now on (a FakeSocketMode's). */
  useSocketMode(url: () => string): void {
    this.store.socketModeUrl = url;
  }

  /** `http://127.0.0.1:<port>`. */
  get origin(): string {
    if (!this.server) throw new Error("FakeSlack is not started");
    return this.server.origin;
  }

  /** Base URL for `clientOptions.slackApiUrl`, with the trailing slash web-api expects. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  addUser(user: SlackUser): void {
    this.store.users.set(user.id, user);
  }

  setPerChannelLimit(limit: RateLimit | undefined): void {
    this.dispatcher.setPerChannelLimit(limit);
  }

  /** Marks "the user just did something": later `waitForMessage` calls wait for newer messages. */
  markAction(): void {
    this.actionSeq = this.store.nextSeq();
  }

  get seq(): number {
    return this.store.seq;
  }

  /** A fresh response_url served by this fake (what the app `respond()`s lands in `responses`). */
  responseUrl(): string {
    return `${this.origin}/response/${this.store.ids.next("R")}`;
  }

  /**
   * A request signer for a Bolt receiver at `url`, wired to this fake: its
   * response URLs point here and each request calls `markAction()`.
   */
  signer(url: string, signingSecret: string): SlackRequestSigner {
    return new SlackRequestSigner({
      url,
      signingSecret,
      teamId: this.teamId,
      botUserId: this.botUserId,
      responseUrl: () => this.responseUrl(),
      beforeSend: () => this.markAction(),
    });
  }

  // ---- observing -------------------------------------------------------

  get calls(): readonly SlackCall[] {
    return this.dispatcher.calls;
  }

  callsTo(method: string): SlackCall[] {
    return this.dispatcher.calls.filter((call) => call.method === method);
  }

  /** Messages in a channel, or in a user's DM when given a user id, oldest first. */
  messagesTo(channelOrUser: string): SlackMessage[] {
    return this.store.messagesIn(channelFor(channelOrUser));
  }

  lastMessageTo(channelOrUser: string): SlackMessage | undefined {
    return this.messagesTo(channelOrUser).at(-1);
  }

  /** Ephemeral messages shown to a user (in any channel). */
  ephemeralsTo(userId: string): SlackEphemeral[] {
    return this.store.ephemerals.filter((ephemeral) => ephemeral.user === userId);
  }

  /** Every App Home published for a user, oldest first. */
  viewsPublished(userId: string): SlackView[] {
    return this.store.viewHistory.filter((view) => view.via === "views.publish" && view.userId === userId);
  }

  /** Every version of this person's App Home, published or updated in place, oldest first. */
  homeViews(userId: string): SlackView[] {
    return this.store.viewHistory.filter((view) => view.type === "home" && view.userId === userId);
  }

  /** Modals opened or pushed, oldest first. */
  viewsOpened(): SlackView[] {
    return this.store.viewHistory.filter((view) => view.via === "views.open" || view.via === "views.push");
  }

  lastViewOpened(): SlackView | undefined {
    return this.viewsOpened().at(-1);
  }

  /** Current state of a view (after views.update). */
  view(viewId: string): SlackView | undefined {
    return this.store.view(viewId);
  }

  get uploadedFiles(): SlackUploadedFile[] {
    return [...this.store.files.values()];
  }

  get responses(): readonly SlackResponse[] {
    return this.store.responses;
  }

  stats(): SlackStats {
    return this.dispatcher.stats();
  }

  // ---- waiting ---------------------------------------------------------

  waitForMessage(channelOrUser: string, predicate: (message: SlackMessage) => boolean = () => true, options: SlackMessageWaitOptions = {}): Promise<SlackMessage> {
    const since = options.since ?? this.actionSeq;
    return this.waiters.wait(
      () => this.messagesTo(channelOrUser).filter((m) => m.seq > since && predicate(m)).sort((a, b) => a.seq - b.seq)[0],
      () => `a Slack message to ${channelOrUser} after change #${since}; messages now: ${JSON.stringify(this.messagesTo(channelOrUser).map((m) => ({ ts: m.ts, seq: m.seq, text: m.text })))}`,
      options,
    );
  }

  waitForViewOpened(predicate: (view: SlackView) => boolean = () => true, options: SlackMessageWaitOptions = {}): Promise<SlackView> {
    const since = options.since ?? this.actionSeq;
    return this.waiters.wait(() => this.viewsOpened().find((v) => v.seq > since && predicate(v)), () => `a modal opened after change #${since}`, options);
  }

  waitForViewPublished(userId: string, predicate: (view: SlackView) => boolean = () => true, options: SlackMessageWaitOptions = {}): Promise<SlackView> {
    const since = options.since ?? this.actionSeq;
    return this.waiters.wait(() => this.viewsPublished(userId).find((v) => v.seq > since && predicate(v)), () => `an App Home published for ${userId} after change #${since}`, options);
  }

  waitForEphemeral(userId: string, predicate: (ephemeral: SlackEphemeral) => boolean = () => true, options: SlackMessageWaitOptions = {}): Promise<SlackEphemeral> {
    const since = options.since ?? this.actionSeq;
    return this.waiters.wait(() => this.ephemeralsTo(userId).find((e) => e.seq > since && predicate(e)), () => `an ephemeral message for ${userId} after change #${since}`, options);
  }

  waitForResponse(predicate: (response: SlackResponse) => boolean = () => true, options: SlackMessageWaitOptions = {}): Promise<SlackResponse> {
    const since = options.since ?? this.actionSeq;
    return this.waiters.wait(() => this.store.responses.find((r) => r.seq > since && predicate(r)), () => `a response_url post after change #${since}`, options);
  }

  /** Resolves with the calls of `method` once `count` of them were answered. */
  waitForCalls(method: string, count: number, options?: WaitOptions): Promise<SlackCall[]> {
    return this.waiters.wait(
      () => (this.dispatcher.completed(method) >= count ? this.callsTo(method) : undefined),
      () => `${count} ${method} calls (have ${this.dispatcher.completed(method)})`,
      options,
    );
  }

  waitFor<T>(probe: () => T | undefined, description: string, options?: WaitOptions): Promise<T> {
    return this.waiters.wait(probe, () => description, options);
  }

  async close(): Promise<void> {
    this.waiters.failAll("FakeSlack was closed");
    await this.server?.close();
  }
}

export function startFakeSlack(options?: FakeSlackOptions): Promise<FakeSlack> {
  return FakeSlack.start(options);
}
