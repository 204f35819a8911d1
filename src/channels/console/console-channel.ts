/**
 * The console channel: one person (CONSOLE_USER) talks to the bot in the terminal. Buttons are numbered
 * options; a number picks the matching button of the last message that had options. When standard input is not
 * a terminal, each line is one message and the channel ends cleanly at end of input, so a conversation can be
 * piped in. What the outbox sends to this person (announcements, reminders, notices) is printed as it arrives
 * (deliver()), and its buttons work like any other.
 *
 * Edits: every printed message has a number; a pressed option carries the number of its message. A reply that
 * replaces that message is printed again, marked as updated; a closed message loses its numbered options.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import type { Button, Input, Reply, Sender, TurnOptions } from "../../core/types.js";
import type { Logger } from "../../logger.js";
import { renderConsoleReply, type ConsoleLabels } from "./render.js";
import { parseConsoleLine } from "./parse.js";

export interface ConsoleChannelOptions {
  user: string;
  handle: (sender: Sender, input: Input, options?: TurnOptions) => Promise<Reply[]>;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Where files the bot sends are saved, so the person can open them. */
  filesDir: string;
  /** Where the last numbered options are kept, so a number typed after a restart still presses them. */
  stateFile: string;
  logger: Logger;
  labels?: ConsoleLabels;
}

interface SavedState {
  user?: string;
  options?: Button[];
  numbersAreText?: boolean;
  optionsMessage?: number;
  lastMessage?: number;
}

export class ConsoleChannel {
  private options: Button[] = [];
  private numbersAreText = false;
  /** Number of the message whose options are the current ones. */
  private optionsMessage: number | undefined;
  private lastMessage = 0;
  private interactive = false;
  private output: NodeJS.WritableStream;

  constructor(private readonly config: ConsoleChannelOptions) {
    this.output = config.output ?? process.stdout;
    this.restoreOptions();
  }

  /** Runs until end of input (or close()); resolves when the last message has been answered. */
  async run(): Promise<void> {
    const input = this.config.input ?? process.stdin;
    const output = this.output;
    this.interactive = Boolean((input as NodeJS.ReadStream).isTTY);
    const lines = createInterface({ input, output: this.interactive ? output : undefined, terminal: this.interactive });
    const sender: Sender = { channel: "console", externalId: this.config.user, displayName: this.config.user, languageCode: "es" };
    if (this.interactive) output.write("Pasco Educa Bot — consola. Escribe /start para empezar, /ayuda para ver opciones, Ctrl+D para salir.\n> ");
    for await (const line of lines) {
      const message = parseConsoleLine(line, this.numbersAreText ? [] : this.options, this.optionsMessage);
      if (message) {
        if (!this.interactive) output.write(`> ${line}\n`);
        const replies = await this.config.handle(sender, message, { notify: async (early) => this.print(early, undefined) });
        this.print(replies, message.type === "button" ? message.origin : undefined);
      }
      if (this.interactive) output.write("> ");
    }
  }

  /** Prints a message the outbox sent to this person; returns its number (the delivery's reference). */
  deliver(reply: Reply): number {
    if (this.interactive) this.output.write("\n");
    this.print([reply], undefined);
    if (this.interactive) this.output.write("> ");
    return this.lastMessage;
  }

  private print(replies: Reply[], origin: string | undefined): void {
    // The pressed message can be replaced or closed once, and only while its options are the current ones.
    let pressed = origin !== undefined && origin === String(this.optionsMessage);
    for (const reply of replies) {
      if (reply.type === "closeOrigin") {
        if (pressed) this.clearOptions();
        pressed = false;
        if (reply.note) this.output.write(`${reply.note}\n\n`);
        continue;
      }
      const replacing = pressed && reply.type === "text" && reply.replacesOrigin === true;
      if (replacing) {
        this.clearOptions();
        pressed = false;
      }
      const rendered = renderConsoleReply(reply, this.config.labels, replacing);
      this.lastMessage++;
      if (reply.type === "file") this.saveFile(reply.fileName, reply.content);
      if (reply.type === "diskFile") this.saveFile(reply.fileName, reply.path);
      if (rendered.options.length > 0) {
        this.options = rendered.options;
        this.optionsMessage = this.lastMessage;
      }
      if (reply.type === "text") this.numbersAreText = reply.expects === "number";
      this.output.write(`${rendered.text}\n\n`);
    }
    this.keepOptions();
  }

  private clearOptions(): void {
    this.options = [];
    this.optionsMessage = undefined;
  }

  private restoreOptions(): void {
    try {
      if (!existsSync(this.config.stateFile)) return;
      const saved = JSON.parse(readFileSync(this.config.stateFile, "utf8")) as SavedState;
      if (saved.user !== this.config.user || !Array.isArray(saved.options)) return;
      this.options = saved.options.filter((option) => typeof option.label === "string");
      this.numbersAreText = saved.numbersAreText === true;
      if (typeof saved.optionsMessage === "number") this.optionsMessage = saved.optionsMessage;
      if (typeof saved.lastMessage === "number") this.lastMessage = saved.lastMessage;
    } catch {
      // A damaged state file only costs the numbered shortcuts until the next reply.
    }
  }

  private keepOptions(): void {
    try {
      const state: SavedState = { user: this.config.user, options: this.options, numbersAreText: this.numbersAreText, lastMessage: this.lastMessage };
      if (this.optionsMessage !== undefined) state.optionsMessage = this.optionsMessage;
      // On PostgreSQL nothing else creates the data folder.
      mkdirSync(dirname(this.config.stateFile), { recursive: true });
      writeFileSync(this.config.stateFile, JSON.stringify(state));
    } catch (error) {
      this.config.logger.warn({ err: error }, "could not keep the console options");
    }
  }

  private saveFile(name: string, content: Uint8Array | string): void {
    try {
      mkdirSync(this.config.filesDir, { recursive: true });
      const target = join(this.config.filesDir, name.replace(/[^\w.-]/g, "_"));
      if (typeof content === "string") copyFileSync(content, target);
      else writeFileSync(target, content);
    } catch (error) {
      this.config.logger.warn({ err: error }, "could not save a file sent to the console");
    }
  }
}
