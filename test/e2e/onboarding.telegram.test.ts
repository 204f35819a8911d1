/**
 * Onboarding in Spanish through the real Telegram channel and the fake Bot API: wrong answers at every step,
 * stale buttons, /cancelar, a restart in the middle, duplicate updates, blocking, and invites.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInvite } from "../../src/domain/invites.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { buttonData, RestartableTelegramBot, TelegramPerson, texts } from "../helpers/telegram.js";

let fake: FakeTelegram;
let bot: RestartableTelegramBot;

beforeAll(async () => {
  fake = await startFakeTelegram();
  bot = new RestartableTelegramBot(fake, { ADMIN_TELEGRAM_IDS: "900" });
  await bot.start();
});

afterAll(async () => {
  await bot?.close();
  await fake?.close();
});

describe("onboarding through Telegram", () => {
  it("guides a teacher in Spanish, refusing bad answers on the same step, and survives a restart", async () => {
    const teacher = new TelegramPerson(fake, () => bot.channel, { id: 1001, firstName: "Rosa", languageCode: "es" });

    let replies = await teacher.say("/start");
    expect(texts(replies)).toContain("Soy Pasco Educa Bot");
    const languageMessage = replies.at(-1)!;
    const english = buttonData(languageMessage, "English")!;

    replies = await teacher.say("quiero inscribirme"); // text where a button is expected
    expect(texts(replies)).toContain("Esa opción no está en la lista");
    replies = await teacher.press("Español");
    expect(texts(replies)).toContain("Ley N.° 29733");
    expect(texts(replies)).toContain("DRE Pasco");

    // Its keyboard is gone once answered; a client still showing it (or a forged press) sends the old button.
    expect(fake.message(1001, languageMessage.messageId)?.inlineKeyboard).toEqual([]);
    replies = await teacher.pressData(languageMessage, english); // stale button from an old message
    expect(texts(replies)).toContain("Ese botón es de un mensaje anterior");
    expect(texts(replies)).toContain("consentimiento");

    replies = await teacher.press("No acepto");
    expect(texts(replies)).toContain("sin tu consentimiento no guardamos");
    replies = await teacher.press("Acepto");
    expect(texts(replies)).toContain("¿Cuál es tu rol?");
    replies = await teacher.press("Docente");
    expect(texts(replies)).toContain("¿A qué UGEL");
    replies = await teacher.say("UGEL Lima");
    expect(texts(replies)).toContain("Esa opción no está en la lista");
    replies = await teacher.press("Oxapampa");
    expect(texts(replies)).toContain("código modular");

    for (const bad of ["040369", "letras", "x".repeat(5000), "🏫🏫🏫🏫🏫🏫🏫", "04036911"]) {
      replies = await teacher.say(bad);
      expect(texts(replies)).toContain("exactamente 7 dígitos");
      expect(texts(replies)).toContain("código modular de tu institución");
    }

    // The process stops here and comes back: the next answer lands on the same step.
    await bot.restart();
    replies = await teacher.say("0403691");
    expect(texts(replies)).toContain("¿Cómo se llama tu institución educativa?");

    replies = await teacher.say("🙂");
    expect(texts(replies)).toContain("de 3 a 150 caracteres");
    replies = await teacher.say("IE N.° 34001 Daniel Alcides Carrión");
    expect(texts(replies)).toContain("¿En qué niveles");

    replies = await teacher.press("Listo");
    expect(texts(replies)).toContain("Marca al menos una opción");
    await teacher.press("Primaria");
    replies = await teacher.press("Secundaria");
    expect(replies.at(-1)?.inlineKeyboard.flat().map((button) => button.text)).toEqual(
      expect.arrayContaining(["☑ Primaria", "☑ Secundaria", "☐ Inicial"]),
    );
    replies = await teacher.press("Listo");
    expect(texts(replies)).toContain("Revisa tu registro de perfil");
    expect(texts(replies)).toContain("UGEL Oxapampa");
    expect(texts(replies)).toContain("Primaria, Secundaria");

    // Change one answer from the summary.
    replies = await teacher.press("✏️ Niveles");
    await teacher.press("Inicial");
    replies = await teacher.press("Listo");
    expect(texts(replies)).toContain("Inicial, Primaria, Secundaria");

    replies = await teacher.press("Enviar");
    expect(texts(replies)).toContain("Quedaste registrado(a) como docente");

    const person = await bot.app.services.db.person.findFirstOrThrow({
      where: { identities: { some: { channel: "telegram", externalId: "1001" } } },
      include: { school: true, ugel: true },
    });
    expect(person).toMatchObject({ role: "docente", levels: ["inicial", "primaria", "secundaria"], locale: "es" });
    expect(person.school?.codigoModular).toBe("0403691");
    expect(person.ugel?.name).toBe("UGEL Oxapampa");
    expect(person.consentAt).not.toBeNull();

    replies = await teacher.say("/perfil");
    expect(texts(replies)).toContain("IE N.° 34001 Daniel Alcides Carrión (0403691)");
  });

  it("answers a calendar question typed before the profile is done, then asks the pending step again", async () => {
    const teacher = new TelegramPerson(fake, () => bot.channel, { id: 1010, firstName: "Yeni", languageCode: "es" });
    const labels = (replies: Awaited<ReturnType<typeof teacher.say>>) => replies.at(-1)?.inlineKeyboard.flat().map((button) => button.text) ?? [];

    // First contact is a question, typed fast on a phone: the answer, then the first step (nothing to go back to).
    let replies = await teacher.say("kuando sierra la eureka");
    expect(texts(replies)).toMatch(/La inscripción de Eureka \d{4} cierra el \p{L}+ \d+ de \p{L}+ de \d{4}/u);
    expect(texts(replies)).toContain("registra tu perfil");
    expect(texts(replies)).toContain("Elige tu idioma");
    expect(texts(replies)).not.toContain("Esa opción no está en la lista");
    expect(labels(replies)).toEqual(["Español", "English", "✖ Cancelar"]);

    await teacher.press("Español");
    replies = await teacher.say("q concursos hay en junio");
    expect(texts(replies)).toContain("Concursos en junio de");
    expect(texts(replies)).toContain("Sigamos con tu registro donde lo dejaste");
    expect(texts(replies)).toContain("¿Aceptas el uso de tus datos");
    expect(labels(replies)).toContain("◀ Atrás");

    // Ordinary answers are still answers: a button, and a school whose name holds a contest's.
    await teacher.press("Acepto");
    await teacher.press("Docente");
    await teacher.press("UGEL Pasco");
    replies = await teacher.say("0999999");
    expect(texts(replies)).toContain("¿Cómo se llama tu institución educativa?");
    replies = await teacher.say("hasta cuando es la inscripcion de eureka");
    expect(texts(replies)).toContain("La inscripción de Eureka");
    expect(texts(replies)).toContain("¿Cómo se llama tu institución educativa?");
    replies = await teacher.say("IE Juegos Florales de Yanacancha");
    expect(texts(replies)).toContain("¿En qué niveles");
    await teacher.press("Primaria");
    await teacher.press("Listo");
    replies = await teacher.press("Enviar");
    expect(texts(replies)).toContain("Quedaste registrado(a) como docente");
    const person = await bot.app.services.db.person.findFirstOrThrow({ where: { identities: { some: { channel: "telegram", externalId: "1010" } } }, include: { school: true } });
    expect(person.school?.name).toBe("IE Juegos Florales de Yanacancha");
  });

  it("takes every answer typed as people type them on a phone, none tapped", async () => {
    const teacher = new TelegramPerson(fake, () => bot.channel, { id: 1011, firstName: "Nélida", languageCode: "es" });
    await teacher.say("/start");
    await teacher.say("español");
    let replies = await teacher.say("si");
    expect(texts(replies)).toContain("¿Cuál es tu rol?");
    replies = await teacher.say("soy profe");
    expect(texts(replies)).toContain("¿A qué UGEL pertenece tu institución educativa?");
    await teacher.say("la de oxapampa");
    await teacher.say("0512345");
    await teacher.say("IE 34050 Villa Rica");
    await teacher.say("secundaria");
    await teacher.say("listo");
    replies = await teacher.say("enviar");
    expect(texts(replies)).toContain("Quedaste registrado(a) como docente");

    const director = new TelegramPerson(fake, () => bot.channel, { id: 1012, firstName: "Wilber", languageCode: "es" });
    await director.say("/start");
    await director.say("1");
    await director.say("ya");
    replies = await director.say("soy el dire de la ie");
    expect(texts(replies)).toContain("¿A qué UGEL pertenece tu institución educativa?");
  });

  it("keeps a profile typed the way a tired teacher types it: castellano, spaced code, curly quotes, a list of levels, «ya»", async () => {
    const teacher = new TelegramPerson(fake, () => bot.channel, { id: 1013, firstName: "Yolanda", languageCode: "es" });
    await teacher.say("buenas noches");
    let replies = await teacher.say("Castellano");
    expect(texts(replies)).toContain("tu consentimiento");
    await teacher.say("ok");
    await teacher.say("soy profesora");
    await teacher.say("ugel daniel a. carrion");
    replies = await teacher.say("05 12 346");
    expect(texts(replies)).toContain("¿Cómo se llama tu institución educativa?");
    replies = await teacher.say("I.E. “César Vallejo” – Yanahuanca");
    expect(texts(replies)).toContain("¿En qué niveles o modalidades trabajas?");
    replies = await teacher.say("primaria y secundaria");
    const ticked = replies.flatMap((message) => message.inlineKeyboard.flat().map((button) => button.text)).filter((text) => text.startsWith("☑"));
    expect(ticked).toEqual(["☑ Primaria", "☑ Secundaria"]);
    replies = await teacher.say("ya");
    expect(texts(replies)).toContain("Revisa tu registro de perfil");
    replies = await teacher.say("enviar");
    expect(texts(replies)).toContain("Quedaste registrado(a) como docente");
    const person = await bot.app.services.db.person.findFirstOrThrow({ where: { identities: { some: { channel: "telegram", externalId: "1013" } } }, include: { school: true } });
    expect(person).toMatchObject({ role: "docente", ugelId: "190002", locale: "es", levels: ["primaria", "secundaria"] });
    expect(person.school).toMatchObject({ codigoModular: "0512346", name: "I.E. “César Vallejo” – Yanahuanca" });

    replies = await teacher.say("muchas gracias profe!");
    expect(texts(replies)).toContain("¡De nada!");
    replies = await teacher.say("ayuda");
    expect(texts(replies)).toContain("Esto es lo que puedes hacer como docente");
    replies = await teacher.say("me equivoqué de colegio");
    expect(texts(replies)).toContain("👤 Tu perfil");
    expect(texts(replies)).toContain("UGEL Daniel Alcides Carrión");
  });

  it("answers every callback query, including stale and unknown ones", async () => {
    const callbacks = fake.calls.filter((call) => call.method === "answerCallbackQuery").length;
    const presses = fake.calls.length > 0 ? fake.answeredCallbacks.length : 0;
    expect(callbacks).toBe(presses);
    expect(callbacks).toBeGreaterThan(5);
  });

  it("leaves any flow with /cancelar and offers to continue it later", async () => {
    const director = new TelegramPerson(fake, () => bot.channel, { id: 1002, firstName: "Luis" });
    await director.say("/start");
    await director.press("Español");
    await director.press("Acepto");
    let replies = await director.say("/cancelar");
    expect(texts(replies)).toContain("Saliste del registro de perfil. Tus respuestas quedaron guardadas: para continuar, usa /start.");
    replies = await director.say("/start");
    expect(texts(replies)).toContain("¿Cuál es tu rol?");
  });

  it("handles an update delivered twice only once", async () => {
    const person = new TelegramPerson(fake, () => bot.channel, { id: 1003 });
    const first = fake.sendCommand(person.user, "start");
    await bot.channel.handled(first.update_id);
    const count = fake.messagesTo(1003).length;
    const again = fake.redeliver(first.update_id);
    await bot.channel.handled(again.update_id);
    expect(fake.messagesTo(1003).length).toBe(count);
  });

  it("marks a person who blocks the bot as unreachable", async () => {
    const person = new TelegramPerson(fake, () => bot.channel, { id: 1004 });
    await person.say("/start");
    const update = fake.blockBot(person.user);
    await bot.channel.handled(update.update_id);
    const identity = await bot.app.services.db.channelIdentity.findUniqueOrThrow({ where: { channel_externalId: { channel: "telegram", externalId: "1004" } } });
    expect(identity.unreachable).toBe(true);
  });

  it("makes nobody a specialist without an invite, and an admin's invite works once", async () => {
    const stranger = new TelegramPerson(fake, () => bot.channel, { id: 1005 });
    await stranger.say("/start");
    await stranger.press("Español");
    await stranger.press("Acepto");
    await stranger.press("código de invitación");
    let replies = await stranger.say("ABCD-EFGH-JKMN");
    expect(texts(replies)).toContain("Ese código no es válido");
    replies = await stranger.say("/invitar");
    expect(texts(replies)).toContain("Primero terminemos tu registro");

    const admin = new TelegramPerson(fake, () => bot.channel, { id: 900 });
    await admin.say("/start");
    await admin.press("Español");
    await admin.press("Acepto");
    await admin.press("Director");
    await admin.press("Pasco");
    let adminReplies = await admin.say("0403691"); // a school the bot already knows: its name is not asked again
    expect(texts(adminReplies)).toContain("¿En qué niveles");
    await admin.press("Secundaria");
    adminReplies = await admin.press("Listo");
    expect(texts(adminReplies)).toContain("IE N.° 34001 Daniel Alcides Carrión");
    await admin.press("Enviar");
    const school = await bot.app.services.db.school.findUniqueOrThrow({ where: { codigoModular: "0403691" } });
    expect(school.name).toBe("IE N.° 34001 Daniel Alcides Carrión");
    await admin.say("/invitar");
    await admin.press("especialista de UGEL");
    replies = await admin.press("UGEL Pasco");
    const code = /([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})/.exec(texts(replies))?.[1];
    expect(code).toBeDefined();

    replies = await stranger.say(code!);
    expect(texts(replies)).toContain("Revisa tu registro de perfil");
    replies = await stranger.press("Enviar");
    expect(texts(replies)).toContain("especialista de UGEL");
    const specialist = await bot.app.services.db.person.findFirstOrThrow({ where: { identities: { some: { externalId: "1005" } } } });
    expect(specialist).toMatchObject({ role: "especialista_ugel", ugelId: "190001" });

    const other = new TelegramPerson(fake, () => bot.channel, { id: 1006 });
    await other.say("/start");
    await other.press("Español");
    await other.press("Acepto");
    await other.press("código de invitación");
    replies = await other.say(code!);
    expect(texts(replies)).toContain("ya fue usado");

    const audit = await bot.app.services.db.auditLog.findMany({ where: { action: { in: ["invite.created", "invite.used"] } } });
    expect(audit.map((entry) => entry.action).sort()).toEqual(["invite.created", "invite.used"]);
    const stored = await bot.app.services.db.invite.findFirstOrThrow();
    expect(stored.codeHash).not.toContain(code!.replace(/-/g, ""));

    const expired = await createInvite(bot.app.services.db, { role: "especialista_dre", createdByLabel: "server", ttlHours: 1, now: new Date(Date.now() - 2 * 3_600_000) });
    replies = await other.say(expired.code);
    expect(texts(replies)).toContain("ya venció");
  });

  it("refuses /invitar to someone who is not an admin", async () => {
    const teacher = new TelegramPerson(fake, () => bot.channel, { id: 1001 });
    const replies = await teacher.say("/invitar");
    expect(texts(replies)).toContain("no está disponible para tu rol");
  });
});
