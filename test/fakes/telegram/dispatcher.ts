/**
 * Executes one Bot API call: records it, lets traffic control refuse it (403,
 * 429, injected 500 or dropped connection), runs the method handler and wraps
 * the outcome in Telegram's envelope. Shared by the HTTP server and by webhook
 * replies. Keeps per-method completion counters so `waitForCalls` is O(1).
 */
import { performance } from "node:perf_hooks";
import type { FilePart } from "../shared/multipart.js";
import { ApiError } from "./api-error.js";
import { findMethod, type BotApiState } from "./methods/index.js";
import { chatIdOf, type Params } from "./params.js";
import type { TrafficControl } from "./traffic-control.js";
import type { RecordedCall } from "./types.js";

export type DispatchOutcome =
  | { readonly kind: "reply"; readonly status: number; readonly body: Record<string, unknown> }
  | { readonly kind: "drop" };

interface Completion {
  all: number;
  ok: number;
}

export class Dispatcher {
  readonly calls: RecordedCall[] = [];
  private readonly completions = new Map<string, Completion>();

  constructor(
    private readonly state: BotApiState,
    private readonly traffic: TrafficControl,
    private readonly changed: () => void,
    private readonly unsupported: ReadonlySet<string> = new Set(),
  ) {}

  async dispatch(methodName: string, params: Params, files: readonly FilePart[], signal: AbortSignal): Promise<DispatchOutcome> {
    const found = findMethod(methodName);
    const method = found && !this.unsupported.has(found.name.toLowerCase()) ? found : undefined;
    const call: RecordedCall = {
      seq: this.calls.length + 1,
      method: method?.name ?? methodName,
      params,
      files: files.map((file) => ({ field: file.field, fileName: file.fileName, size: file.bytes.length })),
      at: performance.now(),
    };
    this.calls.push(call);
    this.changed();

    let outcome: DispatchOutcome;
    if (!method) {
      outcome = reply(new ApiError(404, "Not Found: method not found").toEnvelope(), 404);
    } else {
      const chatId = chatIdOf(params);
      const admission = this.traffic.admit(method.name, chatId, call.at);
      if (admission.kind === "drop") outcome = admission;
      else if (admission.kind === "error") outcome = reply(admission.error.toEnvelope(), admission.error.code);
      else outcome = await this.run(method.handler, method.name, chatId, call.at, { params, files, signal });
    }
    this.complete(call, outcome);
    return outcome;
  }

  /** Number of answered calls of `method` (only successful ones with `okOnly`). */
  completed(method: string, okOnly = false): number {
    const completion = this.completions.get(method);
    return (okOnly ? completion?.ok : completion?.all) ?? 0;
  }

  private async run(
    handler: NonNullable<ReturnType<typeof findMethod>>["handler"],
    name: string,
    chatId: number | undefined,
    at: number,
    input: Parameters<typeof handler>[1],
  ): Promise<DispatchOutcome> {
    try {
      const result = await handler(this.state, input);
      this.traffic.commit(name, chatId, at);
      return reply({ ok: true, result }, 200);
    } catch (error) {
      if (error instanceof ApiError) return reply(error.toEnvelope(), error.code);
      throw error;
    }
  }

  private complete(call: RecordedCall, outcome: DispatchOutcome): void {
    call.status = outcome.kind === "drop" ? 0 : outcome.status;
    call.ok = outcome.kind === "reply" && outcome.body["ok"] === true;
    if (outcome.kind === "reply" && !call.ok) call.description = String(outcome.body["description"]);
    let completion = this.completions.get(call.method);
    if (!completion) {
      completion = { all: 0, ok: 0 };
      this.completions.set(call.method, completion);
    }
    completion.all++;
    if (call.ok) completion.ok++;
    this.changed();
  }
}

function reply(body: Record<string, unknown>, status: number): DispatchOutcome {
  return { kind: "reply", status, body };
}
