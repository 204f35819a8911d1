/**
 * The console channel: one person (CONSOLE_USER) talks to the bot in the terminal. Buttons are numbered
 * options; a number picks the matching button of the last message. When standard input is not a terminal,
 * each line is one message and the channel ends cleanly at end of input, so a conversation can be piped in.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Button, Input, Reply, Sender, TurnOptions } from "../../core/types.js";
import type { Logger } from "../../logger.js";
import { renderConsoleReply } from "./render.js";
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
}

export class ConsoleChannel {
  private options: Button[] = [];
  private numbersAreText = false;

  constructor(private readonly config: ConsoleChannelOptions) {
    this.restoreOptions();
  }

  /** Runs until end of input (or close()); resolves when the last message has been answered. */
  async run(): Promise<void> {
    const input = this.config.input ?? process.stdin;
    const output = this.config.output ?? process.stdout;
    const interactive = Boolean((input as NodeJS.ReadStream).isTTY);
    const lines = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
    const sender: Sender = { channel: "console", externalId: this.config.user, displayName: this.config.user, languageCode: "es" };
    if (interactive) output.write("Pasco Educa Bot — consola. Escribe /start para empezar, /ayuda para ver opciones, Ctrl+D para salir.\n> ");
    for await (const line of lines) {
      const message = parseConsoleLine(line, this.numbersAreText ? [] : this.options);
      if (message) {
        if (!interactive) output.write(`> ${line}\n`);
        const replies = await this.config.handle(sender, message, { notify: async (early) => this.print(early, output) });
        this.print(replies, output);
      }
      if (interactive) output.write("> ");
    }
  }

  private print(replies: Reply[], output: NodeJS.WritableStream): void {
    for (const reply of replies) {
      const rendered = renderConsoleReply(reply);
      if (reply.type === "file") this.saveFile(reply.fileName, reply.content);
      if (reply.type === "diskFile") this.saveFile(reply.fileName, reply.path);
      if (rendered.options.length > 0) this.options = rendered.options;
      if (reply.type === "text") this.numbersAreText = reply.expects === "number";
      output.write(`${rendered.text}\n\n`);
    }
    this.keepOptions();
  }

  private restoreOptions(): void {
    try {
      if (!existsSync(this.config.stateFile)) return;
      const saved = JSON.parse(readFileSync(this.config.stateFile, "utf8")) as { user?: string; options?: Button[]; numbersAreText?: boolean };
      if (saved.user !== this.config.user || !Array.isArray(saved.options)) return;
      this.options = saved.options.filter((option) => typeof option.label === "string");
      this.numbersAreText = saved.numbersAreText === true;
    } catch {
      // A damaged state file only costs the numbered shortcuts until the next reply.
    }
  }

  private keepOptions(): void {
    try {
      writeFileSync(this.config.stateFile, JSON.stringify({ user: this.config.user, options: this.options, numbersAreText: this.numbersAreText }));
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
