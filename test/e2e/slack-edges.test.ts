/**
 * The edges of Slack's HTTP receiver, from outside: a correctly signed request dated too far in the future,
 * authenticated but malformed interactions, and what reaches the logs at the most verbose level when team members
 * type their names and e-mails. Every log line is captured at trace level.
 */
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { startFakeSlack, nowUnixSeconds, type FakeSlack } from "../fakes/slack/index.js";
import { createTestApp } from "../helpers/app.js";
import { createTestDatabase } from "../helpers/db.js";
import { SlackPerson, startSlackChannel, type SlackHarness } from "../helpers/slack.js";

const TEAM = "T0PASCO";
const FULL_NAME = "Rosaura Ticllacuri Huamán";
const EMAIL = "rosaura.ticllacuri@ugelpasco.gob.pe";

let slack: FakeSlack;
let app: App;
let harness: SlackHarness;
const lines: Array<{ level: number; msg?: string; [key: string]: unknown }> = [];

const capture = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line) as (typeof lines)[number]);
    done();
  },
});

beforeAll(async () => {
  slack = await startFakeSlack({ users: [{ id: "U0ROSA", realName: FULL_NAME, email: EMAIL, locale: "es-LA" }] });
  app = await createTestApp(await createTestDatabase());
  harness = await startSlackChannel(app, slack, { logger: pino({ level: "trace" }, capture) });
});

afterAll(async () => {
  await harness?.stop();
  await app?.close();
  await slack?.close();
});

const errorLines = () => lines.filter((line) => line.level >= 50);

function interaction(payload: Record<string, unknown>) {
  return harness.signer.send(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), "application/x-www-form-urlencoded");
}

describe("Slack receiver edges", () => {
  it("refuses a correctly signed request dated six minutes in the future, and one six minutes old", async () => {
    const calls = slack.calls.filter((call) => call.method !== "auth.test").length;
    const future = await harness.signer.slashCommand({ command: "/pasco", text: "ayuda", userId: "U0FUTURO" }, { timestamp: nowUnixSeconds() + 6 * 60 });
    const past = await harness.signer.slashCommand({ command: "/pasco", text: "ayuda", userId: "U0FUTURO" }, { timestamp: nowUnixSeconds() - 6 * 60 });
    await harness.channel.idle();
    expect(future.status).toBe(401);
    expect(past.status).toBe(401);
    expect(slack.calls.filter((call) => call.method !== "auth.test")).toHaveLength(calls);
    // Four minutes either way is within Slack's tolerance.
    const near = await harness.signer.slashCommand({ command: "/pasco", text: "ayuda", userId: "U0CERCA" }, { timestamp: nowUnixSeconds() + 4 * 60 });
    await harness.channel.idle();
    expect(near.status).toBe(200);
    expect(slack.calls.filter((call) => call.method !== "auth.test").length).toBeGreaterThan(calls); // a new person: the onboarding modal opens
  });

  it("answers a signed block_actions without user or team with 400, and logs no error", async () => {
    const before = errorLines().length;
    const base = { type: "block_actions", api_app_id: "A0FAKEAPP", token: "x", trigger_id: "1.2.abc", actions: [{ type: "button", action_id: "pe:b:1", value: "cmd:ayuda", block_id: "a", action_ts: "1" }] };
    const noUser = await interaction({ ...base, team: { id: TEAM } });
    const noTeam = await interaction({ ...base, trigger_id: "1.3.abc", user: { id: "U0SINEQUIPO" } });
    const neither = await interaction({ ...base, trigger_id: "1.4.abc" });
    const nullPayload = await harness.signer.send(new URLSearchParams({ payload: "null" }).toString(), "application/x-www-form-urlencoded");
    await harness.channel.idle();
    expect([noUser.status, noTeam.status, neither.status, nullPayload.status]).toEqual([400, 400, 400, 400]);
    expect(errorLines().slice(before)).toEqual([]);
  });

  it("keeps names and e-mails a team member typed out of every log line, even at trace level", async () => {
    lines.length = 0;
    const rosa = new SlackPerson(slack, () => harness, "U0ROSA");
    await rosa.say(`Hola, soy ${FULL_NAME}, mi correo es ${EMAIL}`);
    await rosa.command("/pasco", `ayuda ${FULL_NAME} ${EMAIL}`);
    await harness.channel.idle();
    expect(slack.messagesTo("U0ROSA").length).toBeGreaterThan(0);
    expect(lines.length).toBeGreaterThan(0); // Bolt's own debug lines are there…
    const text = JSON.stringify(lines);
    // …but none of what the person typed or Slack's directory holds about them.
    for (const secret of [FULL_NAME, "Ticllacuri", EMAIL, "rosaura.ticllacuri", EMAIL.replace("@", "%40")]) expect(text).not.toContain(secret);
    expect(errorLines()).toEqual([]);
  });
});
