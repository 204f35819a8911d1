/**
 * The bot as an IT office runs it: its own process, the Telegram webhook behind (what would be) the TLS proxy, the
 * fake Bot API delivering updates. From outside: /metrics scraped and read by an independent Prometheus
 * text-format parser, then the requests a proxy lets through and Telegram never sends (a huge body with the right
 * secret, a body that is not JSON, `null`, a wrong secret), which must be refused without an error line.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import parsePrometheusTextFormat from "parse-prometheus-text-format";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { freePort, startBotProcess, webhookEnv, type BotProcess } from "../helpers/bot-process.js";

const SECRET = "ops-test-webhook-secret-0123456789";
let fake: FakeTelegram;
let bot: BotProcess;
let base: string;
let dataDir: string;

beforeAll(async () => {
  fake = await startFakeTelegram();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  dataDir = mkdtempSync(join(tmpdir(), "pasco-ops-webhook-"));
  bot = startBotProcess({
    DATA_DIR: dataDir,
    ...webhookEnv(port, fake, SECRET),
  });
  await bot.waitFor(/telegram: webhook/, 120_000);
}, 150_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

type Family = { name: string; type: string; metrics: Array<{ value?: string; labels?: Record<string, string>; buckets?: Record<string, string>; count?: string; sum?: string }> };

async function scrape(): Promise<Map<string, Family>> {
  const response = await fetch(`${base}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  const families = parsePrometheusTextFormat(await response.text()) as Family[];
  return new Map(families.map((family) => [family.name, family]));
}

/** POSTs to the webhook path; `body` may be a function that streams (for bodies that never declare a length). */
function post(headers: Record<string, string>, body: string | ((write: (chunk: Buffer) => boolean) => Promise<void>)): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/telegram`, { method: "POST", headers: { "content-type": "application/json", ...headers } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    if (typeof body === "string") req.end(body);
    else void body((chunk) => req.write(chunk)).then(() => req.end(), () => undefined);
  });
}

describe("the bot's HTTP server, from outside", () => {
  it("answers /metrics in Prometheus text format with the bot's figures", async () => {
    const user = { id: 7001, firstName: "Ana", languageCode: "es" };
    fake.sendCommand(user, "start");
    await fake.waitForMessage(user.id, (message) => (message.text ?? "").includes("Elige tu idioma"));
    const families = await scrape();
    const updates = families.get("pasco_updates_handled_total");
    expect(updates?.type).toBe("COUNTER");
    expect(updates?.metrics.find((sample) => sample.labels?.channel === "telegram")?.value).toBe("1");
    const reply = families.get("pasco_reply_seconds");
    expect(reply?.type).toBe("HISTOGRAM");
    // This parser folds a labelled histogram's buckets into one sample (dropping labels, _sum and _count): with one
    // channel seen, those are Telegram's. Cumulative buckets, the one turn in +Inf.
    const buckets = Object.entries(reply?.metrics[0]?.buckets ?? {}).map(([le, count]) => [le === "+Inf" ? Number.POSITIVE_INFINITY : Number(le), Number(count)] as const).sort((a, b) => a[0] - b[0]);
    expect(buckets.length).toBeGreaterThan(5);
    expect(buckets.at(-1)).toEqual([Number.POSITIVE_INFINITY, 1]);
    expect(buckets.every(([, count], index) => index === 0 || count >= (buckets[index - 1]?.[1] ?? 0))).toBe(true);
    const queue = families.get("pasco_outbox_deliveries");
    expect(queue?.type).toBe("GAUGE");
    expect(Object.fromEntries((queue?.metrics ?? []).map((sample) => [sample.labels?.status, Number(sample.value)]))).toEqual({ pending_due: 0, pending_scheduled: 0, sending: 0, failed: 0 });
    expect(families.get("pasco_errors_total")?.metrics[0]?.value).toBe("0");
    expect(Number(families.get("pasco_process_resident_memory_bytes")?.metrics[0]?.value)).toBeGreaterThan(0);
    // Families with no sample yet are declared all the same (the parser skips empty families).
    const text = await (await fetch(`${base}/metrics`)).text();
    for (const name of ["pasco_outbox_sends_total", "pasco_outbox_rate_limited_total", "pasco_http_refused_total"]) expect(text).toContain(`# TYPE ${name} counter`);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  }, 60_000);

  it("refuses oversized, non-JSON, null and wrongly signed bodies without reading them into memory or logging an error", async () => {
    const secret = { "x-telegram-bot-api-secret-token": SECRET };
    const rssBefore = Number((await scrape()).get("pasco_process_resident_memory_bytes")?.metrics[0]?.value);
    // Declared 200 MB: refused before a byte of it is read.
    expect(await post({ ...secret, "content-length": String(200 * 1024 * 1024) }, async () => undefined)).toBe(413);
    // Streamed with no length, 64 MB in 1 MB chunks: cut off at the limit.
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const streamed = await post(secret, async (write) => {
      for (let index = 0; index < 64; index++) {
        if (!write(chunk)) await new Promise((resolve) => setTimeout(resolve, 5));
      }
    });
    expect(streamed).toBe(413);
    expect(await post(secret, "esto no es JSON")).toBe(400);
    expect(await post(secret, "null")).toBe(400);
    expect(await post(secret, "[1,2]")).toBe(400);
    expect(await post(secret, JSON.stringify({ message: { text: "sin update_id" } }))).toBe(400);
    expect(await post({ "x-telegram-bot-api-secret-token": "otro-secreto-que-no-es-el-bueno" }, JSON.stringify({ update_id: 1 }))).toBe(401);

    const families = await scrape();
    const rssAfter = Number(families.get("pasco_process_resident_memory_bytes")?.metrics[0]?.value);
    expect(rssAfter - rssBefore).toBeLessThan(48 * 1024 * 1024);
    const refused = Object.fromEntries((families.get("pasco_http_refused_total")?.metrics ?? []).map((sample) => [sample.labels?.status, Number(sample.value)]));
    expect(refused).toEqual({ "400": 4, "401": 1, "413": 2 });
    expect(bot.logLines().filter((line) => line.level >= 50)).toEqual([]);

    // The bot still answers a real update afterwards.
    const user = { id: 7002, firstName: "Beto", languageCode: "es" };
    fake.sendCommand(user, "start");
    await fake.waitForMessage(user.id, (message) => (message.text ?? "").includes("Elige tu idioma"));
  }, 60_000);
});
