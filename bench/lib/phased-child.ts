/**
 * A bench child process that works in phases: it prints "waiting" when it is ready for the next phase, starts
 * it on a "go" line from the parent, and ends with one JSON line of figures. Several such children let a
 * parent take turns between them, so that each phase runs alone on the machine.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface } from "node:readline";

export class PhasedChild<Result> {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: AsyncIterator<string>;
  private readonly exited: Promise<number | null>;
  private stderr = "";

  constructor(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
    this.child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env, stdio: ["pipe", "pipe", "pipe"] });
    this.child.stderr.on("data", (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-2000)));
    this.lines = createInterface({ input: this.child.stdout })[Symbol.asyncIterator]();
    this.exited = new Promise((resolve) => this.child.once("exit", resolve));
  }

  /** The next thing the child says: that it waits for a phase, or its figures (after which it exits). */
  async next(): Promise<{ waiting: true } | { waiting: false; result: Result }> {
    for (;;) {
      const line = await this.lines.next();
      if (line.done) throw new Error(`bench child exited with ${await this.exited}: ${this.stderr}`);
      if (line.value === "waiting") return { waiting: true };
      if (line.value.startsWith("{")) return { waiting: false, result: JSON.parse(line.value) as Result };
    }
  }

  /** Starts the child's next phase and returns when it waits again (or its figures, at the end). */
  async phase(): Promise<{ waiting: true } | { waiting: false; result: Result }> {
    this.child.stdin.write("go\n");
    return this.next();
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill("SIGKILL");
  }
}

/** For the child: prints "waiting", then resolves on the parent's next "go" line. */
export function waitForParent(): () => Promise<void> {
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  return async () => {
    process.stdout.write("waiting\n");
    const line = await lines.next();
    if (line.done) throw new Error("the bench parent closed standard input");
  };
}
