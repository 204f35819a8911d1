// Drafts are easy to find and to come back to: /mis_registros lists them with «Continuar», /cancelar says which
// command comes back, the resume question says the step and when it was saved (Lima), and /mis_datos gives
// everything held, drafts included, in Spanish.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../../src/app.js";
import { createTestApp } from "../../helpers/app.js";
import { createTestDatabase, resetTestData, type TestDatabase } from "../../helpers/db.js";
import { Chat } from "../registrations/helpers.js";

let database: TestDatabase;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
});

afterAll(async () => {
  await app?.close();
});

beforeEach(async () => {
  await resetTestData(database);
});

/** When the draft was saved, as Lima reads it ("viernes 12 de junio de 2026, 10:40"; Lima is UTC-5 all year). */
async function savedAt(chat: Chat): Promise<RegExp> {
  const row = await app.services.db.conversationDraft.findFirstOrThrow({ where: { personId: chat.personId } });
  const lima = new Date(row.updatedAt.getTime() - 5 * 3_600_000);
  const time = `${String(lima.getUTCHours()).padStart(2, "0")}:${String(lima.getUTCMinutes()).padStart(2, "0")}`;
  return new RegExp(`(lunes|martes|miércoles|jueves|viernes|sábado|domingo) ${lima.getUTCDate()} de \\p{L}+ de ${lima.getUTCFullYear()}, ${time}`, "u");
}

async function halfFilled(chat: Chat): Promise<void> {
  await chat.say("/registrar");
  await chat.press("Buena práctica");
  await chat.press("2026");
  await chat.press("Pedagógica");
  await chat.press("Lectura y escritura");
  await chat.press("Educación Primaria");
  await chat.say("Leemos en familia con los cuentos de los abuelos del barrio");
  if (chat.button("(")) await chat.press("(");
  await chat.say("Rosa Elena");
  await chat.say("Quispe Huamán");
  await chat.say("45781236");
}

describe("drafts", () => {
  it("are listed, resumed from /mis_registros, and /cancelar says how to come back", async () => {
    const chat = await Chat.of(app);
    await halfFilled(chat);
    const cancelled = await chat.say("/cancelar");
    expect(cancelled).toContain("/mis_registros");
    expect(cancelled).toContain("quedaron guardadas");

    const mine = await chat.say("/mis_registros");
    expect(mine).toContain("1 registro sin enviar");
    expect(mine).toContain("«Leemos en familia con los cuentos de…»"); // a long title is cut with «…»
    expect(mine).toMatch(/paso \d+ de \d+ \(«¿Qué cargo tiene en la institución\?»\)/);
    expect(mine).toMatch(await savedAt(chat));
    const resumed = await chat.press("Continuar");
    expect(resumed).toContain("¿Qué cargo tiene en la institución?");

    await chat.say("/cancelar");
    await chat.say("/registrar");
    const offer = await chat.press("Buena práctica");
    expect(offer).toMatch(new RegExp(`guardado el ${(await savedAt(chat)).source}`, "u"));
    expect(offer).toMatch(/Te quedaste en el paso \d+ de \d+ \(«¿Qué cargo tiene en la institución\?»\)/);
  });

  it("/mis_datos holds the draft's answers, in Spanish with Lima times, as a message and as a file", async () => {
    const chat = await Chat.of(app);
    await halfFilled(chat);
    await chat.say("/cancelar");
    const text = await chat.say("/mis_datos");
    expect(text).toContain("Borradores sin enviar (1)");
    expect(text).toContain("45781236");
    expect(text).toContain("Quispe Huamán");
    expect(text).toMatch(await savedAt(chat));
    const file = chat.replies.find((reply) => reply.type === "file");
    if (file?.type !== "file") throw new Error("no file");
    const content = new TextDecoder().decode(file.content);
    expect(content).toContain("45781236");
    expect(content).toContain("Tu perfil");
    for (const englishOrUtc of ["createdAt", "personId", "consentAt", "2026-06-12T", "Z\""]) expect(content).not.toContain(englishOrUtc);
  });
});
