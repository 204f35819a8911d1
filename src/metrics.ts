/**
 * The process's figures for Prometheus (`GET /metrics`, text format 0.0.4), through prom-client. One registry per
 * process; every series starts with `pasco_`, plus prom-client's default process and Node.js series.
 *
 * - `pasco_updates_handled_total{channel}`: inputs the conversation handled (messages, commands, buttons, files);
 * - `pasco_reply_seconds{channel}`: from an input reaching the conversation to its replies being ready (waiting for
 *   the person's earlier input included), as a histogram;
 * - `pasco_outbox_deliveries{status}`: the queue in the database at scrape time: `pending_due`,
 *   `pending_scheduled`, `sending`, `failed` (counted through the (status, notBefore) index; finished `sent` rows
 *   are not counted, their number only grows: see the counter below), cached for a few seconds so several
 *   scrapers cost one query;
 * - `pasco_outbox_sends_total{channel,outcome}`: dispatcher send outcomes (sent, rate_limited, unreachable,
 *   rejected, transient) and `pasco_outbox_rate_limited_total{channel}` (429s);
 * - `pasco_http_refused_total{channel,status}`: webhook and Slack requests refused before handling (401, 400, 413);
 * - `pasco_errors_total`: lines logged at error level or above.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { SendOutcome } from "./delivery/sender.js";

export interface OutboxQueueCounts {
  pending_due: number;
  pending_scheduled: number;
  sending: number;
  failed: number;
}

/** What an HTTP server needs to answer GET /metrics. */
export interface MetricsRoute {
  contentType: string;
  render(): Promise<string>;
}

export interface Metrics {
  readonly registry: Registry;
  readonly contentType: string;
  updateHandled(channel: string, seconds: number): void;
  outboxOutcome(channel: string, outcome: SendOutcome["kind"]): void;
  httpRefused(channel: string, status: number): void;
  errorLogged(): void;
  /** Where the outbox gauge reads the queue from (set once the database is open). */
  setOutboxSource(source: (() => Promise<OutboxQueueCounts>) | null): void;
  /** The text Prometheus scrapes. */
  render(): Promise<string>;
}

const QUEUE_CACHE_MS = 5_000;
/** Reply times of a chat bot: most well under 100 ms, a slow turn (a report, an import) a few seconds. */
const REPLY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: "pasco_" });
  const updates = new Counter({ name: "pasco_updates_handled_total", help: "Inputs handled by the conversation, by channel.", labelNames: ["channel"], registers: [registry] });
  const reply = new Histogram({ name: "pasco_reply_seconds", help: "Time from an input reaching the conversation to its replies being ready.", labelNames: ["channel"], buckets: REPLY_BUCKETS, registers: [registry] });
  const sends = new Counter({ name: "pasco_outbox_sends_total", help: "Outbox send attempts by channel and outcome.", labelNames: ["channel", "outcome"], registers: [registry] });
  const rateLimited = new Counter({ name: "pasco_outbox_rate_limited_total", help: "429 answers (Too Many Requests) met by the outbox, by channel.", labelNames: ["channel"], registers: [registry] });
  const refused = new Counter({ name: "pasco_http_refused_total", help: "Requests refused before handling, by channel and HTTP status.", labelNames: ["channel", "status"], registers: [registry] });
  const errors = new Counter({ name: "pasco_errors_total", help: "Log lines at error level or above.", registers: [registry] });

  let source: (() => Promise<OutboxQueueCounts>) | null = null;
  let cached: { at: number; counts: Promise<OutboxQueueCounts> } | null = null;
  new Gauge({
    name: "pasco_outbox_deliveries",
    help: "Outbox deliveries in the database by status, at scrape time (pending split into due and scheduled).",
    labelNames: ["status"],
    registers: [registry],
    async collect() {
      this.reset();
      if (!source) return;
      if (!cached || Date.now() - cached.at > QUEUE_CACHE_MS) {
        const counts = source();
        cached = { at: Date.now(), counts };
        counts.catch(() => (cached = null));
      }
      const counts = await cached.counts.catch(() => null);
      if (!counts) return; // the database did not answer: no sample rather than a wrong one (/healthz says why)
      for (const [status, value] of Object.entries(counts)) this.set({ status }, value);
    },
  });

  return {
    registry,
    contentType: registry.contentType,
    updateHandled(channel, seconds) {
      updates.inc({ channel });
      reply.observe({ channel }, seconds);
    },
    outboxOutcome(channel, outcome) {
      sends.inc({ channel, outcome });
      if (outcome === "rate_limited") rateLimited.inc({ channel });
    },
    httpRefused(channel, status) {
      refused.inc({ channel, status: String(status) });
    },
    errorLogged() {
      errors.inc();
    },
    setOutboxSource(next) {
      source = next;
      cached = null;
    },
    render: () => registry.metrics(),
  };
}
