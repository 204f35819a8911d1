/**
 * The Slack channel end to end, in Spanish: signed requests to the real Bolt HTTP receiver, the real app on a
 * test database, the fake Slack Web API. Slash commands, onboarding as modals with inline errors, the chat in
 * the DM with its buttons, a form switched from the chat to a modal and back, the App Home, forged requests.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import type { Database } from "../../src/db/client.js";
import { formatDate, todayInLima } from "../../src/domain/calendar/lima-time.js";
import { startFakeSlack, staleTimestamp, type FakeSlack } from "../fakes/slack/index.js";
import { createTestApp } from "../helpers/app.js";
import { createTestDatabase } from "../helpers/db.js";
import { buttonsIn, messageText, SlackPerson, startSlackChannel, textOf, type SlackHarness } from "../helpers/slack.js";

let slack: FakeSlack;
let database: Database;
let app: App;
let harness: SlackHarness;

const TEAM = "T0PASCO";

beforeAll(async () => {
  slack = await startFakeSlack({ users: [{ id: "U0ANA", realName: "Ana Quispe", locale: "es-LA" }] });
  database = await createTestDatabase();
  app = await createTestApp(database, { ADMIN_SLACK_IDS: `${TEAM}:U0ADMIN` });
  harness = await startSlackChannel(app, slack);
});

afterAll(async () => {
  await harness?.stop();
  await app?.close();
  await slack?.close();
});

const person = (userId: string) => new SlackPerson(slack, () => harness, userId);

async function personOf(userId: string) {
  return app.services.db.person.findFirstOrThrow({ where: { identities: { some: { channel: "slack", externalId: `${TEAM}:${userId}` } } }, include: { school: true, ugel: true } });
}

describe("Slack requests", () => {
  it("refuses forged and replayed requests before anything happens", async () => {
    const calls = slack.calls.length;
    const signer = harness.signer;
    expect((await signer.slashCommand({ command: "/pasco", userId: "U0EVA" }, { signingSecret: "otro-secreto" })).status).toBe(401);
    expect((await signer.slashCommand({ command: "/pasco", userId: "U0EVA" }, { timestamp: staleTimestamp() })).status).toBe(401);
    expect((await signer.blockAction({ userId: "U0EVA", actionId: "pe:b:1", value: "cmd:ayuda" }, { signature: "v0=deadbeef" })).status).toBe(401);
    expect((await signer.message({ userId: "U0EVA", text: "hola" }, { signingSecret: "x" })).status).toBe(401);
    await harness.channel.idle();
    // Bolt checks its token once at start (auth.test); nothing a forged request asked for was done.
    expect(slack.calls.slice(calls).filter((call) => call.method !== "auth.test")).toEqual([]);
    expect(await app.services.db.channelIdentity.count({ where: { channel: "slack" } })).toBe(0);
  });

  it("drops a signed request sent again within the five minutes: same trigger, same event", async () => {
    const signer = harness.signer;
    await signer.slashCommand({ command: "/pasco", text: "vincular", userId: "U0REPE", triggerId: "1700.1.replayed" });
    await harness.channel.idle();
    expect(slack.messagesTo("U0REPE")).toHaveLength(1);
    const again = await signer.slashCommand({ command: "/pasco", text: "vincular", userId: "U0REPE", triggerId: "1700.1.replayed" });
    await harness.channel.idle();
    expect(again.status).toBe(200);
    expect(slack.messagesTo("U0REPE")).toHaveLength(1);
    expect(await app.services.db.linkCode.count()).toBe(1);

    const envelope = JSON.stringify({
      token: "x",
      team_id: TEAM,
      api_app_id: "A0FAKEAPP",
      type: "event_callback",
      event_id: "Ev0REPLAYED",
      event_time: Math.floor(Date.now() / 1000),
      event: { type: "message", user: "U0REPE", text: "/ayuda", ts: "1700000000.1", channel: "D0REPE", channel_type: "im" },
    });
    await signer.send(envelope, "application/json");
    await signer.send(envelope, "application/json", { headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } });
    await harness.channel.idle();
    expect(slack.messagesTo("U0REPE")).toHaveLength(2);
  });

  it("answers /healthz on the receiver's port", async () => {
    const health = await fetch(harness.url.replace("/slack/events", "/healthz"));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
  });
});

describe("onboarding through Slack modals", () => {
  it("opens the form from /pasco, refuses bad answers inline, keeps the good ones and registers the teacher", async () => {
    const ana = person("U0ANA");
    const dm = await ana.command("/pasco");
    expect(dm).toEqual([]);
    expect(ana.modalText()).toContain("Elige tu idioma");
    expect(ana.modalText()).toContain("Ley N.° 29733");

    let { response } = await ana.submit({ locale: "Español", consent: "No acepto" });
    expect(response.json).toMatchObject({ response_action: "errors", errors: { "f.consent": expect.stringContaining("sin tu consentimiento") } });

    ({ response } = await ana.submit({ locale: "Español", consent: "Acepto" }));
    expect(response.json).toMatchObject({ response_action: "push" });
    expect(ana.modalText()).toContain("¿Cuál es tu rol?");

    ({ response } = await ana.submit({ role: "Docente" }));
    expect(ana.modalText()).toContain("¿A qué UGEL");
    expect(ana.modalText()).toContain("código modular");

    ({ response } = await ana.submit({ ugel: "Oxapampa", codigoModular: "04036" }));
    expect(response.json).toMatchObject({ response_action: "errors", errors: { "f.codigoModular": expect.stringContaining("exactamente 7 dígitos") } });
    const who = await personOf("U0ANA");
    const draft = await app.services.db.conversationDraft.findFirstOrThrow({ where: { personId: who.id, formId: "onboarding" } });
    expect(draft.answers).toMatchObject({ ugel: "190003", role: "docente", consent: "acepto" });

    ({ response } = await ana.submit({ ugel: "Oxapampa", codigoModular: "0403691" }));
    expect(response.json).toMatchObject({ response_action: "update" }); // Slack keeps three views at most
    expect(ana.modalText()).toContain("¿Cómo se llama tu institución educativa?");

    ({ response } = await ana.submit({ schoolName: "🙂", levels: [] }));
    expect(response.json).toMatchObject({
      response_action: "errors",
      errors: { "f.schoolName": expect.stringContaining("de 3 a 150 caracteres"), "f.levels": expect.stringContaining("Necesito una respuesta") },
    });

    ({ response } = await ana.submit({ schoolName: "IE N.° 34001 Daniel Alcides Carrión", levels: ["Primaria", "Secundaria"] }));
    expect(ana.modalText()).toContain("UGEL Oxapampa");
    expect(ana.modalText()).toContain("Primaria, Secundaria");

    const sent = await ana.submit();
    expect(sent.response.json).toEqual({ response_action: "clear" });
    expect(messageText(sent.dm)).toContain("Quedaste registrado(a) como docente");

    const registered = await personOf("U0ANA");
    expect(registered).toMatchObject({ role: "docente", levels: ["primaria", "secundaria"], displayName: "Ana Quispe" });
    expect(registered.school?.codigoModular).toBe("0403691");
    expect(await app.services.db.conversationDraft.count({ where: { personId: registered.id } })).toBe(0);
  });

  it("answers slash commands in the DM, and changes one answer of the profile in a modal", async () => {
    const ana = person("U0ANA");
    let dm = await ana.command("/perfil");
    expect(messageText(dm)).toContain("IE N.° 34001 Daniel Alcides Carrión (0403691)");

    dm = await ana.press("Cambiar niveles");
    expect(dm).toEqual([]);
    expect(ana.modalText()).toContain("¿En qué niveles");
    expect(ana.modalText()).not.toContain("¿A qué UGEL");
    const { response } = await ana.submit({ levels: ["Inicial"] });
    expect(response.json).toMatchObject({ response_action: "update" });
    expect(ana.modalText()).toContain("Revisa tus respuestas");
    const sent = await ana.submit();
    expect(messageText(sent.dm)).toContain("Tu perfil quedó actualizado");
    expect((await personOf("U0ANA")).levels).toEqual(["inicial"]);

    dm = await ana.command("/pasco-perfil");
    expect(messageText(dm)).toContain("Niveles: Inicial");
    dm = await ana.command("/pasco", "nada");
    expect(messageText(dm)).toContain("No conozco el comando /nada");
  });

  it("sends files as uploads, and points to the DM when the command was typed in a channel", async () => {
    const ana = person("U0ANA");
    await ana.command("/mis-datos", "", "C0GENERAL");
    expect(slack.uploadedFiles.map((file) => file.filename)).toContain("mis-datos.txt");
    const pointer = slack.responses.at(-1);
    expect(pointer?.body).toMatchObject({ response_type: "ephemeral", text: expect.stringContaining("mensaje directo") });
  });

  it("checks authorization on every press: a forged button does nothing", async () => {
    const ana = person("U0ANA");
    const forged = { type: "button", action_id: "pe:b:1", value: "inv:r:admin", text: { text: "x" } };
    const dm = await ana.pressOn({ ts: "1700000000.000100" } as never, forged);
    expect(messageText(dm)).toContain("no está disponible para tu rol");
    expect(await app.services.db.invite.count()).toBe(0);
  });
});

describe("every feature, without Slack code of its own", () => {
  it("serves the contest calendar: /calendario, /concurso, a question in the DM and the .ics file", async () => {
    const ana = person("U0ANA");
    let dm = await ana.command("/calendario");
    expect(messageText(dm)).toContain("Calendario de concursos");
    dm = await ana.command("/pasco", "concurso onem");
    expect(messageText(dm)).toContain("Olimpiada Nacional Escolar de Matemática");
    const uploads = slack.uploadedFiles.length;
    await ana.press("Agregar a mi calendario");
    expect(slack.uploadedFiles.slice(uploads).map((file) => file.filename)).toEqual([expect.stringMatching(/\.ics$/)]);
    expect(slack.uploadedFiles.at(-1)?.bytes?.toString()).toContain("BEGIN:VCALENDAR");
    dm = await ana.say("¿Cuándo cierra la inscripción de Eureka?");
    expect(messageText(dm)).toContain("La inscripción de Eureka");
  });
});

describe("the chat in the DM", () => {
  it("walks the form by buttons, switches to a modal at any step, and the draft is the same", async () => {
    const beto = person("U0BETO");
    let dm = await beto.say("hola");
    expect(messageText(dm)).toContain("Elige tu idioma");
    dm = await beto.press("Español");
    expect(messageText(dm)).toContain("consentimiento");
    dm = await beto.press("Acepto");
    expect(messageText(dm)).toContain("¿Cuál es tu rol?");

    dm = await beto.press("Abrir como formulario");
    expect(beto.modalText()).toContain("¿Cuál es tu rol?");
    await beto.submit({ role: "Director" });
    expect(beto.modalText()).toContain("¿A qué UGEL");
    dm = await beto.close();
    expect(messageText(dm)).toContain("quedó guardado");

    dm = await beto.say("1");
    expect(messageText(dm)).toContain("código modular");
    dm = await beto.sendFile({ id: "F0FOTO", name: "foto.jpg", mimetype: "image/jpeg", size: 2048 });
    expect(messageText(dm)).toContain("Aquí no necesito un archivo");
    const who = await personOf("U0BETO");
    const draft = await app.services.db.conversationDraft.findFirstOrThrow({ where: { personId: who.id, formId: "onboarding" } });
    expect(draft.answers).toMatchObject({ role: "director", ugel: "190001" });

    // A stale button from an old message is recognised, not applied.
    const roleMessage = slack.messagesTo("U0BETO").find((message) => messageText([message]).includes("¿Cuál es tu rol?"));
    const docente = (roleMessage?.blocks as Array<{ elements?: Array<{ text: { text: string }; action_id: string; value: string }> }>).flatMap((block) => block.elements ?? []).find((element) => element.text.text.includes("Docente"));
    dm = await beto.pressOn(roleMessage as never, docente as never);
    expect(messageText(dm)).toContain("Ese botón es de un mensaje anterior");
  });
});

describe("App Home", () => {
  it("welcomes someone new with a way to start or link", async () => {
    const carla = person("U0CARLA");
    const home = await carla.openHome();
    expect(textOf(home.view["blocks"] as never)).toContain("registra tu perfil");
    await carla.pressHome("Empezar");
    expect(carla.modalText()).toContain("Elige tu idioma");
  });

  it("shows a teacher's registrations and the next deadlines for their levels", async () => {
    const db = app.services.db;
    const ana = await personOf("U0ANA");
    const contest = await db.contest.create({ data: { slug: "feria-inicial", year: 2099, name: "Feria de Inicial", shortName: "Feria Inicial", organizer: "DRE Pasco", area: "ciencia", levels: ["inicial"] } });
    // Closing today (Lima): the soonest of every deadline, so it is listed first whatever the sample calendar holds.
    await db.contestStage.create({ data: { contestId: contest.id, kind: "inscripcion", name: "Etapa IE", registrationCloses: new Date(`${todayInLima(new Date())}T00:00:00Z`) } });
    await db.registration.create({
      data: { kind: "buena_practica", year: 2099, code: "BP-2099-0001", ownerId: ana.id, ugelId: "190003", title: "Leemos en familia", titleKey: "leemos en familia", answers: {} },
    });
    const home = await person("U0ANA").openHome();
    const text = textOf(home.view["blocks"] as never);
    expect(text).toContain("BP-2099-0001 · Leemos en familia — enviada");
    expect(text).toContain(`Feria Inicial — Etapa IE: hasta el ${formatDate(todayInLima(new Date()), "es")}`);
    expect(buttonsIn(home.view["blocks"] as never).map((button) => button.text?.text)).toEqual(expect.arrayContaining(["👤 Mi perfil", "🔗 Vincular Telegram y Slack"]));
    expect(text).not.toContain("Por revisar");
  });

  it("shows a UGEL specialist the registrations waiting in their UGEL and the last announcements", async () => {
    const db = app.services.db;
    const eva = person("U0EVA");
    await eva.openHome();
    const specialist = await personOf("U0EVA");
    await db.person.update({ where: { id: specialist.id }, data: { role: "especialista_ugel", ugelId: "190003", onboardedAt: new Date(), consentAt: new Date() } });
    const announcement = await db.ataAnnouncement.create({
      data: { milestone: "inicio", title: "Buen inicio del año escolar", body: "Sesión de asistencia técnica", authorId: specialist.id, audienceUgels: ["190003"], status: "enviado", sessionAt: new Date("2099-03-20T15:00:00Z") },
    });
    const ana = await personOf("U0ANA");
    await db.ataAcknowledgement.create({ data: { announcementId: announcement.id, personId: ana.id, receivedAt: new Date(), attendance: "asistire" } });
    const text = textOf((await eva.openHome()).view["blocks"] as never);
    expect(text).toContain("Por revisar: 1");
    expect(text).toContain("BP-2099-0001 · Leemos en familia · UGEL Oxapampa — enviada");
    expect(text).toContain("Buen inicio del año escolar (inicio)");
    expect(text).toContain("Recibido: 1 · Asistirán: 1 · No podrán: 0");
  });

  it("turns the pages of «Por revisar» and refreshes by redrawing the tapped view, with nothing sent to the DM", async () => {
    const db = app.services.db;
    const eva = person("U0EVA");
    const ana = await personOf("U0ANA");
    for (let n = 2; n <= 7; n++) {
      const code = `BP-2099-000${n}`;
      await db.registration.create({ data: { kind: "buena_practica", year: 2099, code, ownerId: ana.id, ugelId: "190003", title: `Práctica ${n}`, titleKey: `practica ${n}`, answers: {}, sentAt: new Date(Date.UTC(2099, 0, n)) } });
    }
    const opened = await eva.openHome();
    let text = textOf(opened.view["blocks"] as never);
    expect(text).toContain("Por revisar: 7");
    expect(text).toContain("Página 1 de 2");
    const dmBefore = slack.messagesTo("U0EVA").length;
    const publishedBefore = slack.viewsPublished("U0EVA").length;

    await eva.pressHome("Siguientes ▶");
    const page2 = eva.home();
    expect(page2.id).toBe(opened.id);
    expect(page2.via).toBe("views.update");
    text = textOf(page2.view["blocks"] as never);
    expect(text).toContain("Página 2 de 2");
    expect(text).toContain("Práctica 7");
    expect(text).not.toContain("Práctica 2");
    expect(buttonsIn(page2.view["blocks"] as never).map((button) => button.text?.text)).toContain("◀ Anteriores");

    // «Actualizar» keeps the page and shows what changed meanwhile.
    await db.registration.update({ where: { code: "BP-2099-0007" }, data: { status: "aceptada" } });
    await eva.pressHome("Actualizar");
    text = textOf(eva.home().view["blocks"] as never);
    expect(eva.home().via).toBe("views.update");
    expect(text).toContain("Por revisar: 6");
    expect(text).toContain("Página 2 de 2");
    expect(text).not.toContain("Práctica 7");

    await eva.pressHome("◀ Anteriores");
    expect(textOf(eva.home().view["blocks"] as never)).toContain("Página 1 de 2");
    expect(slack.messagesTo("U0EVA")).toHaveLength(dmBefore);
    expect(slack.viewsPublished("U0EVA")).toHaveLength(publishedBefore);

    // A press on a view that changed since (Slack: hash_conflict) publishes the home anew instead of failing.
    const stale = eva.home();
    await eva.pressHome("Siguientes ▶");
    await harness.signer.blockAction({ userId: "U0EVA", actionId: "pe:h:refresh", view: { id: stale.id, type: "home", hash: stale.hash, private_metadata: String(stale.view["private_metadata"] ?? "") } });
    await harness.channel.idle();
    expect(slack.viewsPublished("U0EVA")).toHaveLength(publishedBefore + 1);
    expect(textOf(eva.home().view["blocks"] as never)).toContain("Página 1 de 2");
  });
});
