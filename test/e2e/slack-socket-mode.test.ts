/**
 * The Slack channel in Socket Mode (SLACK_APP_TOKEN), end to end: Bolt's Socket Mode client asks the fake Web API
 * for a WebSocket URL (apps.connections.open, with the app-level token), connects to the local Socket Mode server,
 * gets `hello`, and handles events_api, slash_commands and interactive envelopes, acknowledging each by its
 * envelope_id. Slack's "refresh_requested" disconnect and a dropped connection are both followed by a reconnect
 * through a new apps.connections.open, after which the conversation goes on where it was.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { createSlackChannel, type SlackChannel } from "../../src/channels/slack/app.js";
import { silentLogger } from "../../src/logger.js";
import { FakeSocketMode, startFakeSlack, type FakeSlack, type SlackMessage } from "../fakes/slack/index.js";
import { createTestApp } from "../helpers/app.js";
import { createTestDatabase } from "../helpers/db.js";
import { buttonsIn, messageText } from "../helpers/slack.js";

const TEAM = "T0PASCO";
const USER = "U0SOCKET";
const DM = "D0SOCKET";
let slack: FakeSlack;
let socket: FakeSocketMode;
let app: App;
let channel: SlackChannel;

beforeAll(async () => {
  slack = await startFakeSlack({ users: [{ id: USER, realName: "Sonia Quispe", locale: "es-LA" }] });
  socket = await FakeSocketMode.start();
  slack.useSocketMode(() => socket.url());
  app = await createTestApp(await createTestDatabase());
  channel = createSlackChannel({
    token: slack.token,
    appToken: "xapp-1-A0FAKEAPP-1-fakeapptoken",
    apiUrl: slack.apiUrl,
    port: 0,
    conversation: app.conversation,
    services: app.services,
    logger: silentLogger,
    firstDelivery: (key) => app.services.sessions.firstDelivery("slack", key),
  });
  await channel.start();
  await socket.waitForConnections(1);
}, 60_000);

afterAll(async () => {
  await channel?.stop();
  await socket?.close();
  await app?.close();
  await slack?.close();
});

function dmEvent(text: string, eventId = `Ev${randomBytes(5).toString("hex").toUpperCase()}`) {
  return {
    token: "fake-verification-token",
    team_id: TEAM,
    api_app_id: "A0FAKEAPP",
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: "message", user: USER, text, ts: `${Date.now() / 1000}`, channel: DM, channel_type: "im", event_ts: `${Date.now() / 1000}` },
    authorizations: [{ enterprise_id: null, team_id: TEAM, user_id: "U0BOT", is_bot: true, is_enterprise_install: false }],
  };
}

async function since(work: () => Promise<unknown>): Promise<SlackMessage[]> {
  const seen = slack.messagesTo(USER).length;
  await work();
  await channel.idle();
  return slack.messagesTo(USER).slice(seen);
}

function press(label: string) {
  const messages = slack.messagesTo(USER);
  const message = [...messages].reverse().find((candidate) => buttonsIn((candidate.blocks ?? []) as never).length > 0);
  const button = message && buttonsIn((message.blocks ?? []) as never).find((candidate) => (candidate.text?.text ?? "").includes(label));
  if (!message || !button) throw new Error(`no button ${label}`);
  return socket.interactive({
    type: "block_actions",
    user: { id: USER, username: "sonia", name: "sonia", team_id: TEAM },
    api_app_id: "A0FAKEAPP",
    token: "fake-verification-token",
    trigger_id: `${Date.now()}.1.${randomBytes(8).toString("hex")}`,
    team: { id: TEAM, domain: "pasco-educa" },
    container: { type: "message", message_ts: message.ts, channel_id: DM, is_ephemeral: false },
    channel: { id: DM, name: "directmessage" },
    message: { type: "message", ts: message.ts, text: "" },
    state: { values: {} },
    actions: [{ type: "button", action_id: button.action_id, block_id: "actions", value: button.value, text: button.text, action_ts: `${Date.now() / 1000}` }],
  });
}

describe("Slack Socket Mode", () => {
  it("connects through apps.connections.open with the app token and gets hello", () => {
    const opens = slack.calls.filter((call) => call.method === "apps.connections.open");
    expect(opens).toHaveLength(1);
    expect(opens[0]?.token).toMatch(/^xapp-/);
    expect(socket.connections).toBe(1);
  });

  it("handles a DM event, a button and a slash command, acknowledging each envelope by its id", async () => {
    let ack: Awaited<ReturnType<FakeSocketMode["eventsApi"]>> | undefined;
    let replies = await since(async () => (ack = await socket.eventsApi(dmEvent("hola"))));
    expect(ack?.envelope_id).toMatch(/^events_api-/);
    expect(messageText(replies)).toContain("Soy Pasco Educa Bot");

    replies = await since(async () => (ack = await press("Español")));
    expect(ack?.envelope_id).toMatch(/^interactive-/);
    expect(messageText(replies)).toContain("Ley N.° 29733");

    const opened = slack.calls.filter((call) => call.method === "views.open").length;
    ack = await socket.slashCommand({
      token: "fake-verification-token",
      team_id: TEAM,
      team_domain: "pasco-educa",
      channel_id: DM,
      channel_name: "directmessage",
      user_id: USER,
      user_name: "sonia",
      command: "/pasco",
      text: "perfil",
      api_app_id: "A0FAKEAPP",
      response_url: "http://127.0.0.1:9/response-url-not-configured",
      trigger_id: `${Date.now()}.2.${randomBytes(8).toString("hex")}`,
    });
    await channel.idle();
    expect(ack.envelope_id).toMatch(/^slash_commands-/);
    // Still onboarding: the command opens the onboarding form where it was (consent), as a modal.
    expect(slack.calls.filter((call) => call.method === "views.open").length).toBe(opened + 1);
  });

  it("drops an event Slack retries over the socket (same event_id): acknowledged, handled once", async () => {
    const event = dmEvent("/ayuda", "Ev0SOCKETRETRY");
    const first = await since(() => socket.eventsApi(event));
    const again = await since(() => socket.eventsApi(event, 1));
    expect(first.length).toBeGreaterThan(0);
    expect(again).toEqual([]);
  });

  it("reconnects after Slack's refresh_requested disconnect and after a dropped connection, and goes on", async () => {
    socket.askToReconnect();
    await socket.waitForConnections(2);
    let replies = await since(() => socket.eventsApi(dmEvent("Acepto")));
    expect(messageText(replies)).toContain("¿Cuál es tu rol?");

    socket.dropConnection();
    await socket.waitForConnections(3);
    replies = await since(() => press("Docente"));
    expect(messageText(replies)).toContain("¿A qué UGEL");
    expect(slack.calls.filter((call) => call.method === "apps.connections.open")).toHaveLength(3);
  }, 60_000);
});
