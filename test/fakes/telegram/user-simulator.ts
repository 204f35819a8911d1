/**
 * What simulated users do: write text and commands, press inline buttons,
 * send documents and photos, block the bot. Each action marks the user's chat
 * (so `waitForMessage` waits for the bot's reaction to the latest action) and
 * queues the corresponding update with the next update_id.
 */
import type { Update, UserFromGetMe } from "grammy/types";
import { BLOCKED_BY_USER } from "./api-error.js";
import type { CallbackRegistry } from "./callback-registry.js";
import type { ChatStore } from "./chat-store.js";
import type { FileStore } from "./file-store.js";
import type { TrafficControl } from "./traffic-control.js";
import type { FakeUser } from "./types.js";
import * as build from "./update-factory.js";
import type { UpdateQueue } from "./update-queue.js";

export interface DocumentInput {
  readonly fileName: string;
  /** Defaults to the type implied by the file extension. */
  readonly mimeType?: string;
  /** Size in bytes when no `content` is given (content is then generated on download). */
  readonly fileSize?: number;
  readonly content?: Buffer | string;
  readonly caption?: string;
}

export interface PhotoInput {
  readonly fileSize?: number;
  readonly content?: Buffer;
  readonly caption?: string;
  readonly width?: number;
  readonly height?: number;
}

export interface PressOptions {
  /** Skip the check that the message shows a button with this callback_data. */
  readonly force?: boolean;
}

export interface SimulatorDeps {
  readonly botInfo: UserFromGetMe;
  readonly chats: ChatStore;
  readonly files: FileStore;
  readonly updates: UpdateQueue;
  readonly callbacks: CallbackRegistry;
  readonly traffic: TrafficControl;
}

export class UserSimulator {
  constructor(private readonly deps: SimulatorDeps) {}

  registerUser(user: FakeUser): void {
    this.deps.chats.registerUser(user);
  }

  sendText(user: FakeUser, text: string): Update {
    return this.inject(user, build.textMessage(user, this.messageId(user), text));
  }

  sendCommand(user: FakeUser, command: string, args?: string): Update {
    const name = command.startsWith("/") ? command : `/${command}`;
    return this.sendText(user, args ? `${name} ${args}` : name);
  }

  pressButton(user: FakeUser, messageId: number, data: string, options: PressOptions = {}): Update {
    const target = this.deps.chats.botMessage(user.id, messageId);
    if (!target || target.deleted) throw new Error(`pressButton: the bot has no message ${messageId} in chat ${user.id}`);
    const buttons = target.inlineKeyboard.flat();
    if (!options.force && !buttons.some((button) => "callback_data" in button && button.callback_data === data)) {
      const shown = buttons.map((button) => ("callback_data" in button ? button.callback_data : `(${button.text})`));
      throw new Error(`pressButton: message ${messageId} has no button with data "${data}"; buttons: ${JSON.stringify(shown)}`);
    }
    this.deps.chats.registerUser(user);
    const id = this.deps.callbacks.issue();
    return this.inject(user, build.callbackQuery(user, id, target.message, data));
  }

  sendDocument(user: FakeUser, input: DocumentInput): Update {
    const content = typeof input.content === "string" ? Buffer.from(input.content) : input.content;
    const file = this.deps.files.add({ kind: "document", fileName: input.fileName, mimeType: input.mimeType, content, size: input.fileSize });
    return this.inject(user, build.documentMessage(user, this.messageId(user), file, input.caption));
  }

  sendPhoto(user: FakeUser, input: PhotoInput = {}): Update {
    const full = this.deps.files.add({ kind: "photo", content: input.content, size: input.fileSize ?? 60_000 });
    const thumbnail = this.deps.files.add({ kind: "photo", size: 1_500 });
    const sizes = { full, thumbnail, width: input.width ?? 1280, height: input.height ?? 960 };
    return this.inject(user, build.photoMessage(user, this.messageId(user), sizes, input.caption));
  }

  blockBot(user: FakeUser): Update {
    this.deps.traffic.forbid(user.id, BLOCKED_BY_USER);
    return this.inject(user, build.myChatMember(user, this.deps.botInfo, "member", "kicked"));
  }

  unblockBot(user: FakeUser): Update {
    this.deps.traffic.allow(user.id);
    return this.inject(user, build.myChatMember(user, this.deps.botInfo, "kicked", "member"));
  }

  private messageId(user: FakeUser): number {
    this.deps.chats.registerUser(user);
    return this.deps.chats.nextMessageId(user.id);
  }

  private inject(user: FakeUser, body: build.UpdateBody): Update {
    this.deps.chats.registerUser(user);
    this.deps.chats.markUserAction(user.id);
    return this.deps.updates.push(body);
  }
}
