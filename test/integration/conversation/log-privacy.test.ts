// No log line, at any level, carries a DNI, phone or e-mail a person typed: a whole registration (with wrong
// answers on the way, a forged button and a stray message full of personal data) is walked with pino at trace.
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../../src/app.js";
import { loadConfig } from "../../../src/config.js";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.js";
import { Chat, words } from "../registrations/helpers.js";

const lines: string[] = [];
let database: TestDatabase;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  const logger = pino({ level: "trace" }, sink);
  app = await createApp({ config: loadConfig({ NODE_ENV: "test", DATA_DIR: "/nonexistent", LOG_LEVEL: "trace" }), logger, database });
});

afterAll(async () => {
  await app?.close();
});

const DNI = "45781236";
const OTHER_DNI = "47120398";
const PHONE = "987654321";
const EMAIL = "rosa.quispe@gmail.com";

describe("log privacy", () => {
  it("keeps typed DNIs, phones and e-mails out of every log line", async () => {
    const chat = await Chat.of(app, { ugelId: "190001", codigoModular: "0403691" });
    await chat.say(`mi DNI es ${DNI} y mi celular ${PHONE}, correo ${EMAIL}`);
    await chat.say("/registrar");
    await chat.press("Buena práctica");
    await chat.press("2026");
    await chat.press("Pedagógica");
    await chat.press("Pensamiento matemático");
    await chat.press("Educación Primaria");
    await chat.say("Matemática con las cuentas del mercado");
    if (chat.button("(")) await chat.press("(");
    await chat.say("Rosa Elena");
    await chat.say("Quispe Huamán");
    await chat.say(`${DNI}9`); // one digit too many: refused, the step kept
    await chat.say(DNI);
    await chat.press("Docente");
    await chat.press("Nombrado");
    await chat.say(`${PHONE}${PHONE}`); // not a phone
    await chat.say(EMAIL);
    await chat.press("Agregar otro");
    await chat.say("Juan");
    await chat.say("Huamán Rojas");
    await chat.say(DNI); // repeated in the team: refused
    await chat.say(OTHER_DNI);
    await chat.press("Directivo");
    await chat.press("Contratado");
    await chat.say(PHONE);
    await chat.data(`f:999:${DNI.slice(0, 3)}`);
    await chat.press("Listo");
    for (const section of ["proposito", "descripcion", "resultado", "evidencia"]) {
      await chat.say(words(30, section));
      await chat.press("Listo");
    }
    await chat.file(`dni-${DNI}.pdf`, "application/pdf", 100_000);
    await chat.press("Listo");
    await chat.press("lo declaro");
    if (chat.button("Es un registro distinto")) await chat.press("Es un registro distinto");
    const sent = await chat.press("Enviar");
    expect(sent).toMatch(/BP-2026-\d{4}/);
    await chat.say("/mis_datos");
    await app.conversation.drain();

    const members = await app.services.db.registrationMember.findMany();
    expect(members.map((member) => member.dni).sort()).toEqual([DNI, OTHER_DNI].sort());
    expect(lines.length).toBeGreaterThan(0); // the logger did write (trace is on)
    for (const secret of [DNI, OTHER_DNI, PHONE, EMAIL, "rosa.quispe"]) {
      expect(lines.filter((line) => line.includes(secret)), secret).toEqual([]);
    }
  });
});
