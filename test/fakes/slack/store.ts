/**
 * State of the fake Slack workspace: messages per channel (editable by ts),
 * ephemeral messages, response_url posts, views (each open/push/update/publish is kept as an
 * immutable snapshot; the latest snapshot per view id is its current state),
 * users and uploaded files. A global change counter (`seq`) orders everything
 * for the wait helpers.
 */
import { IdFactory } from "./ids.js";
import type { SlackEphemeral, SlackMessage, SlackResponse, SlackUploadedFile, SlackUser, SlackView } from "./types.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export class SlackStore {
  readonly ids = new IdFactory();
  /** What apps.connections.open answers (a Socket Mode fake's ws:// URL); unset: the method fails. */
  socketModeUrl: (() => string) | undefined;
  readonly users = new Map<string, SlackUser>();
  readonly ephemerals: SlackEphemeral[] = [];
  /** Every view snapshot in order. */
  readonly viewHistory: SlackView[] = [];
  readonly files = new Map<string, Mutable<SlackUploadedFile>>();
  /** Bodies POSTed to response URLs. */
  readonly responses: SlackResponse[] = [];
  private readonly channels = new Map<string, Array<Mutable<SlackMessage>>>();
  private readonly byTs = new Map<string, Mutable<SlackMessage>>();
  private readonly currentViews = new Map<string, SlackView>();
  private readonly homeViewIds = new Map<string, string>();
  private changeCounter = 0;

  get seq(): number {
    return this.changeCounter;
  }

  nextSeq(): number {
    return ++this.changeCounter;
  }

  addMessage(fields: Pick<SlackMessage, "channel" | "text" | "blocks" | "threadTs" | "files">): SlackMessage {
    const message: Mutable<SlackMessage> = { ...fields, ts: this.ids.ts(), editCount: 0, seq: this.nextSeq() };
    let list = this.channels.get(message.channel);
    if (!list) {
      list = [];
      this.channels.set(message.channel, list);
    }
    list.push(message);
    this.byTs.set(`${message.channel}|${message.ts}`, message);
    return message;
  }

  updateMessage(channel: string, ts: string, changes: Pick<SlackMessage, "text" | "blocks">): SlackMessage | undefined {
    const message = this.byTs.get(`${channel}|${ts}`);
    if (!message) return undefined;
    if (changes.text !== undefined) message.text = changes.text;
    if (changes.blocks !== undefined) message.blocks = changes.blocks;
    message.editCount++;
    message.seq = this.nextSeq();
    return message;
  }

  messagesIn(channel: string): SlackMessage[] {
    return [...(this.channels.get(channel) ?? [])];
  }

  addEphemeral(fields: Omit<SlackEphemeral, "messageTs" | "seq">): SlackEphemeral {
    const ephemeral = { ...fields, messageTs: this.ids.ts(), seq: this.nextSeq() };
    this.ephemerals.push(ephemeral);
    return ephemeral;
  }

  view(id: string): SlackView | undefined {
    return this.currentViews.get(id);
  }

  viewByExternalId(externalId: string): SlackView | undefined {
    for (const view of this.currentViews.values()) if (view.externalId === externalId) return view;
    return undefined;
  }

  /** The App Home view id of a user (stable across publishes). */
  homeViewId(userId: string): string {
    let id = this.homeViewIds.get(userId);
    if (!id) {
      id = this.ids.next("VH");
      this.homeViewIds.set(userId, id);
    }
    return id;
  }

  saveView(snapshot: Omit<SlackView, "seq" | "hash">): SlackView {
    const saved: SlackView = { ...snapshot, hash: `${Date.now()}.${this.ids.next("h")}`, seq: this.nextSeq() };
    this.currentViews.set(saved.id, saved);
    this.viewHistory.push(saved);
    return saved;
  }
}
