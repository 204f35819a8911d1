/**
 * The real bot as a separate process (`src/main.ts` through tsx, as the other scripts run), with its output kept,
 * for tests that talk to it over HTTP like a proxy or Prometheus would.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../src/app.js";

export interface BotProcess {
  child: ChildProcess;
  output(): string;
  /** JSON log lines printed so far (non-JSON lines skipped). */
  logLines(): Array<{ level: number; msg?: string; [key: string]: unknown }>;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** The settings of a bot that takes Telegram's updates by webhook on this port of 127.0.0.1, from a (fake) Bot API. */
export function webhookEnv(port: number, telegram: { token: string; apiRoot: string }, secret: string): Record<string, string> {
  return {
    TELEGRAM_BOT_TOKEN: telegram.token,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    WEBHOOK_URL: `http://127.0.0.1:${port}/telegram`,
    WEBHOOK_SECRET: secret,
    HTTP_HOST: "127.0.0.1",
    HTTP_PORT: String(port),
  };
}

/** A port that was free a moment ago (for a URL that must name it before the server starts). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export function startBotProcess(env: Record<string, string>, options: { execPath?: string } = {}): BotProcess {
  const child = spawn(options.execPath ?? process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "src", "main.ts")], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "test", LOG_FORMAT: "json", LOG_LEVEL: "info", QUIET_HOURS: "00:00-00:00", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const wake of waiters) wake();
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const exited = once(child, "exit").then(([code]) => code as number | null);
  return {
    child,
    output: () => output,
    logLines: () =>
      output
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as { level: number; msg?: string }),
    waitFor(pattern, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(output)) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${pattern} in:\n${output.slice(-3000)}`));
        }, timeoutMs);
        waiters.add(check);
        void exited.then(() => {
          if (!pattern.test(output)) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(new Error(`the bot exited before ${pattern}:\n${output.slice(-3000)}`));
          }
        });
        check();
      });
    },
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Waits until the process on this port answers /healthz with 200. */
export async function waitHealthy(port: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`bot on ${port} did not become healthy`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
