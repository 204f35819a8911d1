// «Descargar ficha»: the PDF of one registration for its owner, that UGEL's reviewers and the DRE; a forged
// button from anyone else is refused and audited. The PDF's text is read back by inflating its content streams.
import { inflateSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../../src/app.js";
import type { Reply } from "../../../src/core/types.js";
import { createTestApp } from "../../helpers/app.js";
import { createTestDatabase, resetTestData, testDatabaseUrl, type TestDatabase } from "../../helpers/db.js";
import { Chat } from "../registrations/helpers.js";
import { seedExports } from "./seed.js";

let database: TestDatabase;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database, {}, () => new Date("2026-06-10T15:00:00Z"));
});

afterAll(async () => {
  await app?.close();
});

beforeEach(async () => {
  await resetTestData(database);
});

/** The text a PDF shows: each content stream inflated, its <hex> strings decoded as WinAnsi (latin1). */
export function pdfText(content: Uint8Array): string {
  const raw = Buffer.from(content);
  const text: string[] = [];
  let at = 0;
  for (;;) {
    const start = raw.indexOf("stream\n", at);
    if (start < 0) break;
    const end = raw.indexOf("\nendstream", start);
    const body = raw.subarray(start + 7, end);
    at = end + 10;
    let decoded: string;
    try {
      decoded = inflateSync(body).toString("latin1");
    } catch {
      continue;
    }
    for (const line of decoded.split("\n")) {
      const chunks = [...line.matchAll(/<([0-9a-fA-F]+)>/g)].map((match) => Buffer.from(match[1]!, "hex").toString("latin1"));
      if (chunks.length > 0) text.push(chunks.join(""));
    }
  }
  return text.join("\n");
}

function pdfOf(replies: Reply[]): Extract<Reply, { type: "file" }> | undefined {
  return replies.find((reply): reply is Extract<Reply, { type: "file" }> => reply.type === "file" && reply.mimeType === "application/pdf");
}

describe(`ficha (${testDatabaseUrl() ? "PostgreSQL" : "PGlite"})`, () => {
  it("is offered on the registration and sends a PDF laid out like the national form", async () => {
    await seedExports(app);
    const registration = await app.services.db.registration.findUniqueOrThrow({ where: { code: "PI-2026-0001" } });
    const specialist = await Chat.of(app, { role: "especialista_ugel", ugelId: "190001" });
    await specialist.data(`reg:o:${registration.id}`);
    await specialist.press("Descargar ficha");
    const pdf = pdfOf(specialist.replies);
    expect(pdf?.fileName).toBe("ficha-PI-2026-0001.pdf");
    expect(Buffer.from(pdf!.content).subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf!.content);
    for (const expected of ["Ficha de registro PI-2026-0001", "UGEL Pasco", "Datos del formulario", "Baja comprensión lectora", "41000002", "AgAD-PI-2026-0001-0", "Historial de revisión", "jueves 5 de marzo de 2026, 14:30", "Página 1 de"]) {
      expect(text.replace(/\n/g, " ")).toContain(expected);
    }
  });

  it("goes to the owner and the DRE, never to another UGEL's specialist (refused and audited)", async () => {
    const seeded = await seedExports(app);
    const registration = await app.services.db.registration.findUniqueOrThrow({ where: { code: "PI-2026-0001" } });
    const owner = await app.services.db.channelIdentity.findFirstOrThrow({ where: { personId: seeded.ownerPasco } });
    const ownerReplies = await app.conversation.handle({ channel: owner.channel, externalId: owner.externalId }, { type: "button", data: `reg:pdf:${registration.id}` });
    expect(pdfOf(ownerReplies)).toBeDefined();
    const dre = await Chat.of(app, { role: "especialista_dre", ugelId: "190000" });
    await dre.data(`reg:pdf:${registration.id}`);
    expect(pdfOf(dre.replies)).toBeDefined();

    const other = await Chat.of(app, { role: "especialista_ugel", ugelId: "190003" });
    await other.data(`reg:pdf:${registration.id}`);
    expect(pdfOf(other.replies)).toBeUndefined();
    expect(other.text()).toContain("no existe o no tienes acceso");
    expect(await app.services.db.auditLog.count({ where: { actorId: other.personId, entityId: String(registration.id) } })).toBe(1);
    await other.data("reg:pdf:abc");
    expect(other.text()).toContain("Ese botón ya no está disponible");
  });
});
