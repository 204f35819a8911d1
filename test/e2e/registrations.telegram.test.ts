/**
 * A good teaching practice registered in Spanish through the real Telegram channel and the fake Bot API: a
 * teacher answers wrongly at every validated step first, stops, the bot restarts, /registrar resumes at the same
 * step with every answer kept, she changes a field from the summary and sends. A specialist of her UGEL observes
 * it, she corrects and re-sends, the specialist accepts. A specialist of another UGEL sees nothing and is refused,
 * even with forged buttons.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInvite } from "../../src/domain/invites.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { RestartableTelegramBot, TelegramPerson, texts } from "../helpers/telegram.js";

let fake: FakeTelegram;
let bot: RestartableTelegramBot;

const words = (count: number, word: string) => Array.from({ length: count }, (_, index) => `${word}${index + 1}`).join(" ");

/** A forged button press: data the bot never showed, on the person's latest message. */
async function forge(person: TelegramPerson, data: string) {
  const seen = fake.messagesTo(person.user.id).length;
  const update = fake.pressButton(person.user, person.last().messageId, data, { force: true });
  await bot.channel.handled(update.update_id);
  return fake.messagesTo(person.user.id).slice(seen);
}

async function onboardTeacher(person: TelegramPerson): Promise<void> {
  await person.say("/start");
  await person.press("Español");
  await person.press("Acepto");
  await person.press("Docente");
  await person.press("UGEL Pasco");
  await person.say("0403691");
  await person.say("IE N.° 34001 Daniel Alcides Carrión");
  await person.press("Primaria");
  await person.press("Listo");
  await person.press("Enviar");
}

async function onboardSpecialist(person: TelegramPerson, ugelId: string): Promise<void> {
  const { code } = await createInvite(bot.app.services.db, { role: "especialista_ugel", ugelId, createdByLabel: "server", ttlHours: 1, now: new Date() });
  await person.say("/start");
  await person.press("Español");
  await person.press("Acepto");
  await person.press("código de invitación");
  await person.say(code);
  await person.press("Enviar");
}

beforeAll(async () => {
  fake = await startFakeTelegram();
  bot = new RestartableTelegramBot(fake);
  await bot.start();
});

afterAll(async () => {
  await bot?.close();
  await fake?.close();
});

describe("registering a good teaching practice through Telegram", () => {
  const teacher = () => new TelegramPerson(fake, () => bot.channel, { id: 3001, firstName: "Rosa", languageCode: "es" });
  const specialist = () => new TelegramPerson(fake, () => bot.channel, { id: 3002, firstName: "Carmen", languageCode: "es" });
  const stranger = () => new TelegramPerson(fake, () => bot.channel, { id: 3003, firstName: "Pedro", languageCode: "es" });

  it("walks the form, refusing each wrong answer on its step, survives a restart, and sends", async () => {
    const rosa = teacher();
    await onboardTeacher(rosa);
    await onboardSpecialist(specialist(), "190001");

    let replies = await rosa.say("/registrar");
    expect(texts(replies)).toContain("¿Qué quieres registrar?");
    replies = await rosa.press("Buena práctica docente");
    expect(texts(replies)).toContain("¿A qué convocatoria (año) corresponde tu registro?");
    replies = await rosa.say("2019");
    expect(texts(replies)).toContain("Esa opción no está en la lista");
    await rosa.press("2026");
    replies = await rosa.say("deportiva");
    expect(texts(replies)).toContain("Esa opción no está en la lista");
    replies = await rosa.press("Pedagógica");
    expect(texts(replies)).toContain("¿En qué categoría la presentas?");
    replies = await rosa.say("Robótica educativa"); // a category that does not exist
    expect(texts(replies)).toContain("Esa opción no está en la lista");
    replies = await rosa.say("lectura y escritura"); // typed, as it is written on its button
    expect(texts(replies)).toContain("¿Y en qué subcategoría de «Lectura y escritura»?");
    await rosa.press("Educación Primaria");

    replies = await rosa.say("Leer");
    expect(texts(replies)).toContain("de 10 a 200 caracteres");
    expect(texts(replies)).toContain("Ejemplo: Leemos en familia con cuentos andinos");
    replies = await rosa.say("Leemos con cuentos de la abuela");
    expect(texts(replies)).toContain("¿En qué institución educativa se desarrolla?");
    replies = await rosa.press("IE N.° 34001 Daniel Alcides Carrión (0403691)"); // prefilled from the profile; the level is the subcategory's
    expect(texts(replies)).toContain("Integrante 1:");

    replies = await rosa.say("R0sa 123");
    expect(texts(replies)).toContain("Escribe los nombres solo con letras");
    await rosa.say("Rosa Elena");
    await rosa.say("Quispe Huamán");
    replies = await rosa.say("4578123");
    expect(texts(replies)).toContain("El DNI tiene exactamente 8 dígitos y el que escribiste tiene 7");
    replies = await rosa.say("457812369");
    expect(texts(replies)).toContain("el que escribiste tiene 9. No incluyas el dígito verificador");
    replies = await rosa.say("4578ABCD");
    expect(texts(replies)).toContain("El DNI lleva solo números");
    expect(texts(replies)).toContain("Número de DNI: 8 dígitos"); // still on the same step
    replies = await rosa.say("45781236");
    expect(texts(replies)).toContain("¿Qué cargo tiene en la institución?");
    await rosa.press("Docente");
    await rosa.press("Nombrado");
    replies = await rosa.say("llámenme");
    expect(texts(replies)).toContain("Escribe un celular de 9 dígitos que empiece con 9 o un correo");
    replies = await rosa.say("987 654 321");
    expect(texts(replies)).toContain("1 integrante registrado:");
    expect(texts(replies)).toContain("Rosa Elena · Quispe Huamán · 45781236");
    replies = await rosa.press("Listo");
    expect(texts(replies)).toContain("Propósito de la práctica");
    expect(texts(replies)).toContain("Máximo 300 palabras");

    replies = await rosa.say(words(301, "palabra"));
    expect(texts(replies)).toContain("Con ese texto serían 301 palabras y el máximo es 300");
    replies = await rosa.say(words(150, "propósito"));
    expect(texts(replies)).toContain("Llevas 150 palabras");
    replies = await rosa.say(words(150, "familias")); // a long text in several messages
    expect(texts(replies)).toContain("Llevas 300 palabras");
    replies = await rosa.say("una más");
    expect(texts(replies)).toContain("serían 302 palabras");
    replies = await rosa.press("Listo");
    expect(texts(replies)).toContain("Descripción: ¿cómo se desarrolla la práctica");
    await rosa.say("Cada viernes las familias leen con sus hijos cuentos recogidos en la comunidad.");
    await rosa.press("Listo");
    expect(texts([rosa.last()])).toContain("Resultados: ¿qué cambios se lograron?");

    // The process is stopped here; days later, /registrar finds everything as it was.
    await bot.restart();
    const again = teacher();
    replies = await again.say("/registrar");
    replies = await again.press("Buena práctica docente");
    expect(texts(replies)).toContain("Tienes un registro de buena práctica docente a medio llenar");
    replies = await again.press("Continuar");
    expect(texts(replies)).toContain("Resultados: ¿qué cambios se lograron?");
    const draft = await bot.app.services.db.conversationDraft.findFirstOrThrow({ where: { formId: "buena_practica" } });
    expect(draft.answers).toMatchObject({
      year: "2026",
      practiceType: "pedagogica",
      category: "Lectura y escritura",
      subcategory: "Educación Primaria",
      title: "Leemos con cuentos de la abuela",
      level: "primaria",
      team: [{ names: "Rosa Elena", surnames: "Quispe Huamán", dni: "45781236", memberRole: "docente", condition: "nombrado", contact: "987654321" }],
      description: "Cada viernes las familias leen con sus hijos cuentos recogidos en la comunidad.",
    });

    await again.say("El 80 % de los estudiantes mejoró su comprensión lectora.");
    await again.press("Listo");
    await again.say("Fichas de lectura y grabaciones de los estudiantes.");
    replies = await again.press("Listo");
    expect(texts(replies)).toContain("Formatos: PDF, JPG, PNG");

    replies = await again.sendDocument("programa.exe", "application/x-msdownload", 2048);
    expect(texts(replies)).toContain("«programa.exe» no es de un formato aceptado. Formatos aceptados: PDF, JPG, PNG");
    replies = await again.sendDocument("video-clase.pdf", "application/pdf", 25 * 1_048_576);
    expect(texts(replies)).toContain("pesa más de 20 MB");
    replies = await again.sendDocument("informe.pdf", "application/pdf", 480_000);
    expect(texts(replies)).toContain("Recibí 1 archivo");
    const photo = fake.sendPhoto(again.user, { fileSize: 150_000 });
    await bot.channel.handled(photo.update_id);
    expect(texts([again.last()])).toContain("Recibí 2 archivos");
    replies = await again.press("Listo");
    expect(texts(replies)).toContain("Declaración jurada");
    replies = await again.press("Sí, lo declaro");
    expect(texts(replies)).toContain("Revisa tu registro de buena práctica docente");
    expect(texts(replies)).toContain("Nombre de la práctica: Leemos con cuentos de la abuela");

    replies = await again.press("✏️ Nombre de la práctica");
    expect(texts(replies)).toContain("¿Cómo se llama la buena práctica?");
    replies = await again.say("Leemos en familia con cuentos de la abuela");
    expect(texts(replies)).toContain("Nombre de la práctica: Leemos en familia con cuentos de la abuela");
    expect(texts(replies)).toContain("Archivos de evidencia: informe.pdf, foto-");

    replies = await again.press("Enviar");
    expect(texts(replies)).toContain("¡Registro enviado! Tu código es BP-2026-0001");

    const registration = await bot.app.services.db.registration.findFirstOrThrow({ include: { attachments: true, members: true } });
    expect(registration).toMatchObject({ code: "BP-2026-0001", status: "enviada", title: "Leemos en familia con cuentos de la abuela", ugelId: "190001" });
    expect(registration.attachments.map((file) => [file.fileName, file.mimeType, file.channel])).toEqual([
      ["informe.pdf", "application/pdf", "telegram"],
      [expect.stringMatching(/^foto-\d+\.jpg$/), "image/jpeg", "telegram"],
    ]);
    expect(registration.attachments.every((file) => file.fileRef.length > 0)).toBe(true);
    expect(registration.members).toEqual([expect.objectContaining({ dni: "45781236", phone: "987654321" })]);
    const notice = await bot.app.services.db.delivery.findFirstOrThrow({ where: { registrationId: registration.id } });
    expect(notice).toMatchObject({ status: "pending", kind: "notice" });
  });

  it("goes through observation, correction and acceptance between the UGEL's specialist and the teacher", async () => {
    const carmen = specialist();
    const rosa = teacher();
    let replies = await carmen.say("/registros");
    expect(texts(replies)).toContain("Registros de UGEL Pasco");
    expect(texts(replies)).toContain("BP-2026-0001 · Enviada · «Leemos en familia con cuentos de la abuela»");
    replies = await carmen.press("BP-2026-0001");
    expect(texts(replies)).toContain("Lectura y escritura");
    expect(texts(replies)).toContain("familias150"); // the whole text, not a preview
    // The evidence goes to her by the file_ids Telegram gave the teacher's uploads: nothing is downloaded.
    replies = await carmen.press("Ver archivos (2)");
    expect(texts(replies)).toContain("Archivos de BP-2026-0001 (2):");
    expect(texts(replies)).toContain("Esos son todos los archivos de BP-2026-0001.");
    const stored = await bot.app.services.db.registrationAttachment.findMany({ orderBy: { id: "asc" } });
    const toCarmen = (files: readonly { chatId: number; fileId: string; source: string }[]) => files.filter((file) => file.chatId === 3002).map((file) => [file.fileId, file.source]);
    expect(toCarmen(fake.documents)).toEqual([[stored[0]?.fileRef, "file_id"]]);
    expect(toCarmen(fake.photos)).toEqual([[stored[1]?.fileRef, "file_id"]]);
    replies = await carmen.press("Ver registro");
    replies = await carmen.press("Observar");
    expect(texts(replies)).toContain("Escribe tu observación para BP-2026-0001");
    replies = await carmen.say("Adjunte la ficha de lectura aplicada en junio.");
    expect(texts(replies)).toContain("BP-2026-0001 ahora está «Observada»");

    replies = await rosa.say("/mis_registros");
    expect(texts(replies)).toContain("BP-2026-0001 · Observada");
    replies = await rosa.press("BP-2026-0001");
    expect(texts(replies)).toContain("Observación: «Adjunte la ficha de lectura aplicada en junio.»");
    replies = await rosa.press("Corregir");
    expect(texts(replies)).toContain("Vas a corregir el registro BP-2026-0001");
    replies = await rosa.press("✏️ Archivos de evidencia");
    replies = await rosa.sendDocument("ficha-lectura-junio.pdf", "application/pdf", 120_000);
    expect(texts(replies)).toContain("Recibí 3 archivos");
    replies = await rosa.press("Listo");
    expect(texts(replies)).toContain("ficha-lectura-junio.pdf");
    replies = await rosa.press("Enviar");
    expect(texts(replies)).toContain("Tu registro BP-2026-0001 fue corregido y enviado de nuevo");

    replies = await carmen.say("/registros");
    replies = await carmen.press("BP-2026-0001");
    expect(texts(replies)).toContain("ficha-lectura-junio.pdf");
    replies = await carmen.press("Aceptar");
    expect(texts(replies)).toContain("¿Aceptar el registro BP-2026-0001");
    replies = await carmen.press("Sí, confirmar");
    expect(texts(replies)).toContain("BP-2026-0001 ahora está «Aceptada»");

    replies = await rosa.say("/mis_registros");
    expect(texts(replies)).toContain("BP-2026-0001 · Aceptada");
    const statuses = await bot.app.services.db.registrationStatusChange.findMany({ orderBy: { id: "asc" } });
    expect(statuses.map((change) => change.toStatus)).toEqual(["enviada", "observada", "enviada", "aceptada"]);
    const audit = await bot.app.services.db.auditLog.findMany({ where: { entity: "registration" }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["registration.submitted", "registration.status", "registration.resubmitted", "registration.status"]);
    const noticesToTeacher = await bot.app.services.db.delivery.count({ where: { person: { identities: { some: { externalId: "3001" } } } } });
    expect(noticesToTeacher).toBe(2); // observada, aceptada
  });

  it("understands a wish to register typed in words, and leaves questions about dates to the calendar", async () => {
    const nelly = new TelegramPerson(fake, () => bot.channel, { id: 3004, firstName: "Nelly", languageCode: "es" });
    await onboardTeacher(nelly);

    let replies = await nelly.say("buenas, quiero registrar mi buena práctica por favor");
    expect(texts(replies)).toContain("¿A qué convocatoria (año) corresponde tu registro?");
    // Every answer typed, none tapped, as a teacher on a phone would.
    await nelly.say("2026");
    await nelly.say("pedagogica");
    await nelly.say("lectura y escritura");
    await nelly.say("primaria");
    await nelly.say("Cuentos de mi abuela para leer en familia");
    replies = await nelly.say("mi colegio");
    expect(texts(replies)).toContain("Integrante 1:");
    await nelly.say("nelly maribel");
    await nelly.say("ROJAS DE LA CRUZ");
    await nelly.say("45781237");
    await nelly.say("docente");
    replies = await nelly.say("nombrada");
    expect(texts(replies)).toContain("Celular");
    replies = await nelly.say("987 654 321");
    expect(texts(replies)).toContain("1 integrante registrado");
    expect(texts(replies)).toContain("Nelly Maribel · Rojas de la Cruz");
    await nelly.say("/cancelar");
    replies = await nelly.say("como inscribo mi proyecto de innovacion?");
    expect(texts(replies)).toMatch(/Paso 1 de \d+/);
    expect(texts(replies)).not.toContain("Buena práctica");
    await nelly.say("/cancelar");
    replies = await nelly.say("quiero postular");
    expect(texts(replies)).toContain("¿Qué quieres registrar?");

    replies = await nelly.say("hasta cuando se puede inscribir las buenas practicas?");
    expect(texts(replies)).not.toContain("¿A qué convocatoria");
    expect(texts(replies)).toContain("Buenas Prácticas Docentes");
    replies = await nelly.say("quiero inscribirme en eureka");
    expect(texts(replies)).toContain("Eureka");
    expect(texts(replies)).not.toContain("¿Qué quieres registrar?");

    replies = await nelly.say("ya envie mi proyecto, como lo veo?");
    expect(texts(replies)).toContain("Todavía no tienes registros enviados");
  });

  it("refuses a specialist of another UGEL, even with forged buttons", async () => {
    const pedro = stranger();
    await onboardSpecialist(pedro, "190003");
    const registration = await bot.app.services.db.registration.findFirstOrThrow();

    let replies = await pedro.say("/registros");
    expect(texts(replies)).toContain("Registros de UGEL Oxapampa");
    expect(texts(replies)).not.toContain("BP-2026-0001");
    replies = await forge(pedro, `reg:o:${registration.id}`);
    expect(texts(replies)).toContain("Ese registro no existe o no tienes acceso a él");
    replies = await forge(pedro, `reg:yes:${registration.id}:win:acc`);
    expect(texts(replies)).toContain("Ese registro no existe o no tienes acceso a él");
    replies = await forge(pedro, `reg:ask:${registration.id}:obs`);
    expect(texts(replies)).toContain("Ese registro no existe o no tienes acceso a él");
    replies = await forge(pedro, `reg:f:${registration.id}`);
    expect(texts(replies)).toContain("Ese registro no existe o no tienes acceso a él");
    expect(fake.documents.filter((file) => file.chatId === pedro.user.id)).toEqual([]);
    replies = await forge(pedro, "reg:o:not-a-number");
    expect(texts(replies)).toContain("Ese botón ya no está disponible");

    expect(await bot.app.services.db.registration.findUniqueOrThrow({ where: { id: registration.id } })).toMatchObject({ status: "aceptada" });
    expect(await bot.app.services.db.auditLog.count({ where: { action: "registration.refused", actorLabel: { startsWith: "telegram:" } } })).toBe(4);
  });
});
