/**
 * Two people type the same invite code and press «Enviar» at the same moment: one becomes a specialist, the
 * other is told in Spanish that the code was used and is back on the invite question with the rest kept.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInvite } from "../../src/domain/invites.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { RestartableTelegramBot, TelegramPerson, texts } from "../helpers/telegram.js";

let fake: FakeTelegram;
let bot: RestartableTelegramBot;

beforeAll(async () => {
  fake = await startFakeTelegram();
  bot = new RestartableTelegramBot(fake);
  await bot.start();
});

afterAll(async () => {
  await bot?.close();
  await fake?.close();
});

async function upToSummary(person: TelegramPerson, code: string): Promise<void> {
  await person.say("/start");
  await person.press("Español");
  await person.press("Acepto");
  await person.press("código de invitación");
  const replies = await person.say(code);
  expect(texts(replies)).toContain("Revisa tu registro de perfil");
}

describe("one invite, two people at once", () => {
  it("gives the role to one and a clear message to the other, who stays on the invite question", async () => {
    const { code } = await createInvite(bot.app.services.db, { role: "especialista_dre", createdByLabel: "server", ttlHours: 24, now: new Date() });
    const ana = new TelegramPerson(fake, () => bot.channel, { id: 2101, firstName: "Ana" });
    const beto = new TelegramPerson(fake, () => bot.channel, { id: 2102, firstName: "Beto" });
    await upToSummary(ana, code);
    await upToSummary(beto, code);

    const [anaReplies, betoReplies] = await Promise.all([ana.press("Enviar"), beto.press("Enviar")]);
    const all = [texts(anaReplies), texts(betoReplies)];
    expect(all.join("\n")).not.toMatch(/algo salió mal/i);
    const winner = all.findIndex((text) => text.includes("especialista de la DRE"));
    expect(winner).toBeGreaterThanOrEqual(0);
    const loser = winner === 0 ? beto : ana;
    const loserText = all[1 - winner] as string;
    expect(loserText).toContain("ya fue usado");
    expect(loserText).toContain("código de invitación"); // asked again for a code

    const roles = await bot.app.services.db.person.findMany({ where: { identities: { some: { externalId: { in: ["2101", "2102"] } } } }, select: { role: true } });
    expect(roles.map((person) => person.role).sort()).toEqual(["especialista_dre", null]);
    expect(await bot.app.services.db.auditLog.count({ where: { action: "invite.used" } })).toBe(1);

    // The loser's consent and language were kept: a fresh code takes them straight to the summary.
    const fresh = await createInvite(bot.app.services.db, { role: "especialista_dre", createdByLabel: "server", ttlHours: 24, now: new Date() });
    const replies = await loser.say(fresh.code);
    expect(texts(replies)).toContain("Revisa tu registro de perfil");
  });
});
