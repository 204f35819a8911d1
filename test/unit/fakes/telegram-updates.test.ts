/**
 * getUpdates semantics of the fake Telegram API, spoken over raw HTTP
 * (query-string GET and JSON POST): offsets, long polling, allowed_updates,
 * concurrent polls.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeTelegram, type FakeTelegram } from "../../fakes/telegram/index.js";

interface Envelope {
  ok: boolean;
  result?: Array<{ update_id: number } & Record<string, unknown>>;
  error_code?: number;
  description?: string;
}

describe("fake Telegram getUpdates", () => {
  let tg: FakeTelegram;
  beforeAll(async () => {
    tg = await startFakeTelegram();
  });
  afterAll(async () => {
    await tg.close();
  });

  const get = async (query: string): Promise<Envelope> =>
    (await fetch(`${tg.apiRoot}/bot${tg.token}/getUpdates?${query}`)).json() as Promise<Envelope>;
  const post = async (body: Record<string, unknown>): Promise<Envelope> =>
    (await fetch(`${tg.apiRoot}/bot${tg.token}/getUpdates`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).json() as Promise<Envelope>;

  const waitForPendingPoll = (): Promise<true> =>
    tg.waitFor(() => (tg.calls.some((c) => c.method === "getUpdates" && c.status === undefined) ? true : undefined), "a getUpdates call to be waiting");

  it("keeps updates until an offset confirms them; ids increase", async () => {
    const first = tg.sendText({ id: 1 }, "a");
    const second = tg.sendText({ id: 1 }, "b");
    expect(second.update_id).toBe(first.update_id + 1);
    expect((await get("")).result?.map((u) => u.update_id)).toEqual([first.update_id, second.update_id]);
    expect((await get("")).result).toHaveLength(2);
    expect((await get(`offset=${second.update_id}`)).result?.map((u) => u.update_id)).toEqual([second.update_id]);
    expect((await get(`offset=${second.update_id + 1}`)).result).toEqual([]);
  });

  it("returns a waiting long poll as soon as an update is queued", async () => {
    const started = performance.now();
    const pending = post({ timeout: 20 });
    await waitForPendingPoll();
    tg.sendCommand({ id: 2 }, "start");
    const response = await pending;
    expect(performance.now() - started).toBeLessThan(5000);
    const message = response.result?.[0]?.["message"] as { text: string; entities: unknown[] };
    expect(message.text).toBe("/start");
    expect(message.entities).toEqual([{ type: "bot_command", offset: 0, length: 6 }]);
    await get(`offset=${(response.result?.[0]?.update_id ?? 0) + 1}`);
  });

  it("times out with an empty result and terminates an older poll with 409", async () => {
    expect((await post({ timeout: 1 })).result).toEqual([]);
    const older = post({ timeout: 20 });
    await waitForPendingPoll();
    const newer = post({ timeout: 1 });
    expect(await older).toMatchObject({ ok: false, error_code: 409 });
    expect((await newer).ok).toBe(true);
  });

  it("honours allowed_updates until reset with []", async () => {
    const button = tg.injectRaw({ callback_query: { id: "x", from: { id: 3, is_bot: false, first_name: "C" }, chat_instance: "1", data: "d" } });
    const text = tg.sendText({ id: 3 }, "solo mensajes");
    const filtered = await post({ allowed_updates: ["message"] });
    expect(filtered.result?.map((u) => u.update_id)).toEqual([text.update_id]);
    const kicked = tg.blockBot({ id: 3 });
    expect((await post({ offset: text.update_id + 1 })).result).toEqual([]);
    const more = tg.blockBot({ id: 4 });
    expect((await post({ offset: text.update_id + 1, allowed_updates: [] })).result?.map((u) => u.update_id)).toEqual([more.update_id]);
    expect(button.update_id).toBeLessThan(kicked.update_id);
    await post({ offset: more.update_id + 1 });
  });
});
