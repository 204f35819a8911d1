/**
 * The fake Slack Web API and the request signer driven by the real Bolt App:
 * API calls go to the fake through `clientOptions.slackApiUrl`, incoming
 * requests are signed like Slack signs them.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, ExpressReceiver, LogLevel, webApi } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SlackRequestSigner, staleTimestamp, startFakeSlack, type FakeSlack } from "../../fakes/slack/index.js";

const signingSecret = "fake-signing-secret";
const noop = (): void => undefined;
/** Keeps expected Slack errors (logged by web-api at error level) out of the test output. */
const silentLogger = { debug: noop, info: noop, warn: noop, error: noop, setLevel: noop, getLevel: () => LogLevel.ERROR, setName: noop };
const ana = "U0ANA";

describe("fake Slack with a Bolt App (HTTPReceiver)", () => {
  let slack: FakeSlack;
  let app: App;
  let signer: SlackRequestSigner;

  beforeAll(async () => {
    slack = await startFakeSlack({ users: [{ id: ana, realName: "Ana Quispe", email: "ana@ugel.gob.pe" }] });
    app = new App({ token: slack.token, signingSecret, logLevel: LogLevel.ERROR, clientOptions: { slackApiUrl: slack.apiUrl } });
    app.command("/cursos", async ({ ack, body, client }) => {
      await ack();
      const { user } = await client.users.info({ user: body.user_id });
      await client.chat.postMessage({
        channel: body.user_id,
        text: `Hola ${user?.real_name}`,
        blocks: [{ type: "actions", elements: [{ type: "button", action_id: "inscribir", text: { type: "plain_text", text: "Inscribirme" }, value: "curso-7" }] }],
      });
    });
    app.command("/ayuda", async ({ ack, respond }) => {
      await ack();
      await respond({ text: "Comandos: /cursos", response_type: "ephemeral" });
    });
    app.action("inscribir", async ({ ack, body, client }) => {
      await ack();
      const triggerId = (body as { trigger_id: string }).trigger_id;
      await client.views.open({
        trigger_id: triggerId,
        view: { type: "modal", callback_id: "inscripcion", title: { type: "plain_text", text: "Inscripción" }, submit: { type: "plain_text", text: "Enviar" }, blocks: [] },
      });
    });
    app.view("inscripcion", async ({ ack, view, body, client }) => {
      const dni = view.state.values["dni"]?.["valor"]?.value ?? "";
      if (!/^\d{8}$/.test(dni)) {
        await ack({ response_action: "errors", errors: { dni: "DNI inválido" } });
        return;
      }
      await ack();
      await client.chat.postEphemeral({ channel: body.user.id, user: body.user.id, text: `Inscrito con DNI ${dni}` });
    });
    app.event("app_home_opened", async ({ event, client }) => {
      await client.views.publish({ user_id: event.user, view: { type: "home", blocks: [{ type: "section", text: { type: "mrkdwn", text: "*Inicio*" } }] } });
    });
    const server = (await app.start(0)) as Server;
    signer = slack.signer(`http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, signingSecret);
  });

  afterAll(async () => {
    await app.stop();
    await slack.close();
  });

  it("runs a slash command that posts a DM through the fake", async () => {
    const response = await signer.slashCommand({ command: "/cursos", userId: ana });
    expect(response.status).toBe(200);
    const message = await slack.waitForMessage(ana);
    expect(message.text).toBe("Hola Ana Quispe");
    expect(message.channel).toBe("D0ANA");
    expect(slack.calls.map((call) => call.method)).toEqual(expect.arrayContaining(["auth.test", "users.info", "chat.postMessage"]));
    expect(slack.callsTo("chat.postMessage")[0]?.token).toBe(slack.token);
  });

  it("opens a modal from a button and validates its submission", async () => {
    await signer.blockAction({ userId: ana, actionId: "inscribir", value: "curso-7" });
    const modal = await slack.waitForViewOpened();
    expect(modal).toMatchObject({ callbackId: "inscripcion", type: "modal" });
    expect(slack.lastViewOpened()?.id).toBe(modal.id);

    const rejected = await signer.viewSubmission({ userId: ana, callbackId: "inscripcion", viewId: modal.id, values: { dni: { valor: { type: "plain_text_input", value: "12" } } } });
    expect(rejected.status).toBe(200);
    expect(rejected.json).toEqual({ response_action: "errors", errors: { dni: "DNI inválido" } });

    const accepted = await signer.viewSubmission({ userId: ana, callbackId: "inscripcion", viewId: modal.id, values: { dni: { valor: { type: "plain_text_input", value: "45671234" } } } });
    expect(accepted.status).toBe(200);
    expect((await slack.waitForEphemeral(ana)).text).toBe("Inscrito con DNI 45671234");
  });

  it("publishes the App Home on app_home_opened", async () => {
    expect((await signer.appHomeOpened(ana)).status).toBe(200);
    const home = await slack.waitForViewPublished(ana);
    expect(home.type).toBe("home");
    expect(slack.viewsPublished(ana)).toHaveLength(1);
  });

  it("captures respond() on the fake's response_url", async () => {
    await signer.slashCommand({ command: "/ayuda", userId: ana });
    const response = await slack.waitForResponse();
    expect(response.body).toMatchObject({ text: "Comandos: /cursos", response_type: "ephemeral" });
  });

  it("rejects a bad signature and a stale timestamp", async () => {
    const handled = slack.calls.length;
    expect((await signer.slashCommand({ command: "/cursos", userId: ana }, { signingSecret: "otro-secreto" })).status).toBe(401);
    expect((await signer.slashCommand({ command: "/cursos", userId: ana }, { timestamp: staleTimestamp() })).status).toBe(401);
    expect((await signer.slashCommand({ command: "/cursos", userId: ana }, { signature: "v0=deadbeef" })).status).toBe(401);
    expect(slack.calls.length).toBe(handled);
  });

  it("answers url_verification", async () => {
    const response = await signer.urlVerification("reto-123");
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ challenge: "reto-123" });
  });
});

describe("the signer with ExpressReceiver", () => {
  let slack: FakeSlack;
  let server: Server;
  let app: App;

  beforeAll(async () => {
    slack = await startFakeSlack();
    const receiver = new ExpressReceiver({ signingSecret, logLevel: LogLevel.ERROR });
    app = new App({ token: slack.token, receiver, logLevel: LogLevel.ERROR, clientOptions: { slackApiUrl: slack.apiUrl } });
    app.message("hola", async ({ message, say }) => {
      await say(`eco: ${(message as { text?: string }).text}`);
    });
    server = await new Promise<Server>((resolve) => {
      const listening = receiver.app.listen(0, "127.0.0.1", () => resolve(listening));
    });
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await slack.close();
  });

  it("accepts a signed message event and rejects a bad signature", async () => {
    const signer = slack.signer(`http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, signingSecret);
    expect((await signer.message({ userId: ana, text: "hola bot" })).status).toBe(200);
    expect((await slack.waitForMessage(ana)).text).toBe("eco: hola bot");
    expect((await signer.message({ userId: ana, text: "hola" }, { signingSecret: "x" })).status).toBe(401);
  });
});

describe("fake Slack Web API directly", () => {
  let slack: FakeSlack;
  beforeAll(async () => {
    slack = await startFakeSlack({ perChannelLimit: { max: 1, windowMs: 1000 } });
  });
  afterAll(async () => {
    await slack.close();
  });

  const client = (token = slack.token): webApi.WebClient => new webApi.WebClient(token, { slackApiUrl: slack.apiUrl, logger: silentLogger, retryConfig: { retries: 2 } });

  it("answers unknown_method, invalid_auth and Slack validation errors", async () => {
    await expect(client().apiCall("nada.existe")).rejects.toMatchObject({ data: { ok: false, error: "unknown_method" } });
    await expect(client("bad-token").chat.postMessage({ channel: "C1", text: "x" })).rejects.toMatchObject({ data: { error: "invalid_auth" } });
    await expect(client().chat.postMessage({ channel: "C1" } as never)).rejects.toMatchObject({ data: { error: "no_text" } });
    await expect(
      client().chat.postMessage({ channel: "C2", text: "x", blocks: [{ type: "section", text: { type: "mrkdwn", text: "y".repeat(3001) } }] }),
    ).rejects.toMatchObject({ data: { error: "invalid_blocks" } });
    await expect(
      client().views.open({ trigger_id: "t", view: { type: "modal", title: { type: "plain_text", text: "Un título demasiado largo para Slack" }, blocks: [] } }),
    ).rejects.toMatchObject({ data: { error: "invalid_arguments" } });
    await expect(client().chat.update({ channel: "C1", ts: "1.2", text: "x" })).rejects.toMatchObject({ data: { error: "message_not_found" } });
  });

  it("updates messages and keeps their current state", async () => {
    const posted = await client().chat.postMessage({ channel: "C9", text: "borrador" });
    await client().chat.update({ channel: "C9", ts: posted.ts ?? "", text: "final" });
    expect(slack.messagesTo("C9")).toEqual([expect.objectContaining({ text: "final", editCount: 1 })]);
    const opened = await client().conversations.open({ users: "U0LUIS" });
    expect(opened.channel?.id).toBe("D0LUIS");
  });

  it("pushes and updates views, honouring hash", async () => {
    const modal = (title: string) => ({ type: "modal" as const, callback_id: "paso", title: { type: "plain_text" as const, text: title }, blocks: [] });
    const opened = await client().views.open({ trigger_id: "t1", view: modal("Paso 1") });
    const pushed = await client().views.push({ trigger_id: "t2", view: modal("Paso 2") });
    expect(pushed.view?.previous_view_id).toBe(opened.view?.id);
    const updated = await client().views.update({ view_id: pushed.view?.id ?? "", hash: pushed.view?.hash ?? "", view: modal("Paso 2b") });
    expect(slack.view(pushed.view?.id ?? "")?.view).toMatchObject({ title: { text: "Paso 2b" } });
    await expect(client().views.update({ view_id: pushed.view?.id ?? "", hash: pushed.view?.hash ?? "", view: modal("Tarde") })).rejects.toMatchObject({ data: { error: "hash_conflict" } });
    expect(updated.view?.hash).not.toBe(pushed.view?.hash);
    expect(slack.viewsOpened().map((v) => v.via)).toEqual(expect.arrayContaining(["views.open", "views.push"]));
  });

  it("uploads files with files.uploadV2", async () => {
    await client().files.uploadV2({ channel_id: "C5", file: Buffer.from("col1,col2\n"), filename: "reporte.csv", initial_comment: "Reporte" });
    const [file] = slack.uploadedFiles;
    expect(file).toMatchObject({ filename: "reporte.csv", channelId: "C5", initialComment: "Reporte", completed: true, length: 10 });
    expect(file?.bytes?.toString()).toBe("col1,col2\n");
    expect(slack.lastMessageTo("C5")).toMatchObject({ text: "Reporte", files: [file?.id] });
  });

  it("rate limits a channel with 429 + Retry-After, which web-api honours", async () => {
    const started = performance.now();
    await Promise.all([client().chat.postMessage({ channel: "C7", text: "uno" }), client().chat.postMessage({ channel: "C7", text: "dos" })]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(slack.stats()).toMatchObject({ rateLimited: 1, unhonouredRetries: 0 });
    expect(slack.stats().postedByChannel.get("C7")).toBe(2);

    const raw = await fetch(`${slack.apiUrl}chat.postMessage`, {
      method: "POST",
      headers: { authorization: `Bearer ${slack.token}`, "content-type": "application/json" },
      body: JSON.stringify({ channel: "C7", text: "tres" }),
    });
    expect(raw.status).toBe(429);
    expect(raw.headers.get("retry-after")).toBe("1");
    await fetch(`${slack.apiUrl}chat.postMessage`, { method: "POST", headers: { authorization: `Bearer ${slack.token}`, "content-type": "application/json" }, body: JSON.stringify({ channel: "C7", text: "cuatro" }) });
    expect(slack.stats().unhonouredRetries).toBe(1);
  });
});
