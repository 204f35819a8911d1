// One permission check for every way in: every command, form, flow and button prefix the conversation
// registered (read from its own registries, so a new one is covered without touching this file) is refused
// politely to the roles that may not use it, with the database left exactly as it was; and no forged button
// data (random, truncated, wrong or other people's ids) reaches the internal-error apology.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LOCALES_DIR, type App } from "../../../src/app.js";
import { I18n } from "../../../src/i18n.js";
import type { Input } from "../../../src/core/types.js";
import {
  AUDIENCES,
  BUTTON_AUDIENCE,
  COMMAND_AUDIENCE,
  DELEGATED_BUTTON_PREFIXES,
  FLOW_AUDIENCE,
  FORM_RULES,
  type Audience,
} from "../../../src/conversation/permissions.js";
import { submitRegistration } from "../../../src/domain/registrations/submit.js";
import { createTestApp } from "../../helpers/app.js";
import { createTestDatabase, resetTestData, type TestDatabase } from "../../helpers/db.js";
import { Chat, createPerson, plainSubmission } from "../registrations/helpers.js";

let database: TestDatabase;
const t = new I18n(LOCALES_DIR).translator("es");
let app: App;
const INTERNAL_ERROR = t("error-unexpected");
const NOT_ALLOWED = t("command-not-allowed");
const NO_DRAFT = t("form-no-draft");

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

/**
 * Every row of every table, as text: two snapshots are equal only when nothing was written. The audit log's
 * record of a refused access is a write a refusal makes on purpose, so it is left out; so is the menu under
 * the refusal's reply (ConversationState.menu, with its updatedAt), which typed words may press next.
 */
let tables: string[] | undefined;

async function snapshot(): Promise<Map<string, string>> {
  const db = app.services.db;
  tables ??= (
    await db.$queryRawUnsafe<Array<{ name: string }>>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE '\\_%' AND tablename <> 'ProcessedUpdate' ORDER BY 1`,
    )
  ).map((row) => row.name);
  // One statement for every table: a digest of all its rows.
  const sql = tables
    .map((name) => {
      const where = name === "AuditLog" ? `WHERE action NOT LIKE '%.refused'` : "";
      // A state row with no flow and no data says nothing beyond the menu.
      const state = name === "ConversationState";
      const row = state ? `(t."personId", t.flow, t.data)::text` : "t::text";
      const only = state ? `WHERE t.flow IS NOT NULL OR t.data IS NOT NULL` : where;
      return `SELECT '${name}' AS name, md5(coalesce(string_agg(${row}, '|' ORDER BY ${row}), '')) AS digest FROM "${name}" t ${only}`;
    })
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<Array<{ name: string; digest: string }>>(sql);
  return new Map(rows.map((row) => [row.name, row.digest]));
}
/** The tables whose rows differ between two snapshots. */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((name) => before.get(name) !== after.get(name));
}

interface World {
  teacher: Chat;
  director: Chat;
  /** A specialist of UGEL Oxapampa; the registration and the announcement below belong to UGEL Pasco. */
  foreignSpecialist: Chat;
  owner: Chat;
  pascoSpecialist: Chat;
  registrationId: number;
  announcementId: number;
}

async function world(): Promise<World> {
  const teacher = await Chat.of(app, { role: "docente", ugelId: "190001" });
  const director = await Chat.of(app, { role: "director", ugelId: "190001" });
  const foreignSpecialist = await Chat.of(app, { role: "especialista_ugel", ugelId: "190003" });
  const owner = await Chat.of(app, { role: "docente", ugelId: "190001", codigoModular: "0403691" });
  const pascoSpecialist = await Chat.of(app, { role: "especialista_ugel", ugelId: "190001" });
  const sent = await submitRegistration(
    app.services.db,
    { personId: owner.personId, role: "docente", ugelId: "190001", isAdmin: false, label: "test" },
    plainSubmission("buena_practica", "Leemos con los abuelos del barrio"),
    new Date(),
  );
  const announcement = await app.services.db.ataAnnouncement.create({
    data: { milestone: "inicio", title: "Reunión de inicio", body: "Los esperamos.", authorId: pascoSpecialist.personId, audienceUgels: ["190001"], audienceRoles: ["docente"], audienceLevels: [] },
  });
  return { teacher, director, foreignSpecialist, owner, pascoSpecialist, registrationId: sent.id, announcementId: announcement.id };
}

const personas = (w: World) =>
  [
    ["a teacher", w.teacher],
    ["a director", w.director],
    ["a specialist of another UGEL", w.foreignSpecialist],
  ] as const;

/** What the roles of the personas are, as a Who for the audience functions (isAdmin: none of them is). */
const whoOf = async (chat: Chat) => {
  const person = await app.services.db.person.findUniqueOrThrow({ where: { id: chat.personId } });
  return { person: { role: person.role }, isAdmin: false };
};

async function expectRefusedAndUnchanged(chat: Chat, input: Input, refusal: string): Promise<void> {
  const before = await snapshot();
  const text = await chat.input(input);
  expect(text, JSON.stringify(input)).toContain(refusal);
  expect(text).not.toContain(INTERNAL_ERROR);
  expect(changed(before, await snapshot()), `${JSON.stringify(input)} changed the database`).toEqual([]);
}

describe("permissions", () => {
  it("names the audience of every command, form, flow and button prefix the conversation registered", () => {
    const conversation = app.conversation;
    expect(conversation.allCommands().map((command) => command.name).filter((name) => !(name in COMMAND_AUDIENCE))).toEqual([]);
    expect(conversation.forms.list().map((form) => form.id).filter((id) => !(id in FORM_RULES))).toEqual([]);
    expect(conversation.flowNames().filter((flow) => !(flow in FLOW_AUDIENCE))).toEqual([]);
    expect(conversation.buttonPrefixes().filter((prefix) => !(prefix in BUTTON_AUDIENCE))).toEqual([]);
    // And the tables name nothing that does not exist (a stale entry would hide a renamed command).
    const prefixes = new Set([...conversation.buttonPrefixes(), ...DELEGATED_BUTTON_PREFIXES]);
    expect(Object.keys(BUTTON_AUDIENCE).filter((key) => !prefixes.has(key.split(":")[0] ?? ""))).toEqual([]);
    expect(Object.keys(COMMAND_AUDIENCE).filter((name) => !conversation.allCommands().some((command) => command.name === name))).toEqual([]);
  });

  it("refuses every form, command and button a teacher, a director and another UGEL's specialist may not use, changing nothing", { timeout: 180_000 }, async () => {
    const w = await world();
    const conversation = app.conversation;
    const forms = conversation.forms.list().map((form) => form.id);
    const commands = conversation.allCommands().map((command) => command.name);
    let refusals = 0;
    for (const [label, chat] of personas(w)) {
      const who = await whoOf(chat);
      const refused = (audience: Audience) => !AUDIENCES[audience](who);
      for (const formId of forms) {
        const rule = FORM_RULES[formId];
        if (!rule) throw new Error(`no rule for ${formId}`);
        if (refused(rule.audience)) {
          for (const choice of ["c", "n"]) await expectRefusedAndUnchanged(chat, { type: "button", data: `rs:${formId}:${choice}` }, NOT_ALLOWED);
          refusals += 2;
        } else if (rule.draftOnly) {
          // Allowed to the role, but only with what its feature gives it (which registration it corrects).
          for (const choice of ["c", "n"]) await expectRefusedAndUnchanged(chat, { type: "button", data: `rs:${formId}:${choice}` }, NO_DRAFT);
          refusals += 2;
        }
      }
      for (const name of commands) {
        if (!refused(COMMAND_AUDIENCE[name] ?? "admins")) continue;
        await expectRefusedAndUnchanged(chat, { type: "command", command: name, args: "" }, NOT_ALLOWED);
        await expectRefusedAndUnchanged(chat, { type: "button", data: `cmd:${name}` }, NOT_ALLOWED);
        refusals += 2;
      }
      for (const [key, audience] of Object.entries(BUTTON_AUDIENCE)) {
        if (!refused(audience)) continue;
        for (const tail of ["1", `${w.registrationId}`, `${w.announcementId}:1`, "x"]) {
          await expectRefusedAndUnchanged(chat, { type: "button", data: `${key}:${tail}` }, NOT_ALLOWED);
          refusals += 1;
        }
      }
      expect(refusals, label).toBeGreaterThan(0);
    }
    // The cases the issue saw, by name (not through the tables above).
    await expectRefusedAndUnchanged(w.teacher, { type: "button", data: "rs:ata:n" }, NOT_ALLOWED);
    await expectRefusedAndUnchanged(w.director, { type: "command", command: "ata", args: "" }, NOT_ALLOWED);
    await expectRefusedAndUnchanged(w.foreignSpecialist, { type: "button", data: "rs:buena_practica:n" }, NOT_ALLOWED);
    await expectRefusedAndUnchanged(w.foreignSpecialist, { type: "button", data: "rs:proyecto_innovacion:c" }, NOT_ALLOWED);
    await expectRefusedAndUnchanged(w.teacher, { type: "button", data: "rs:buena_practica_correccion:n" }, NO_DRAFT);
    await expectRefusedAndUnchanged(w.teacher, { type: "command", command: "registros", args: "" }, NOT_ALLOWED);
  });

  it("keeps other people's registrations and announcements closed to the three, changing nothing", { timeout: 120_000 }, async () => {
    const w = await world();
    // Real buttons, from the screens of the registration's owner and of its UGEL's specialist.
    await w.owner.data(`reg:o:${w.registrationId}`);
    const ownerButtons = w.owner.buttons().map((button) => button.data ?? "");
    await w.pascoSpecialist.data(`reg:o:${w.registrationId}`);
    const reviewerButtons = w.pascoSpecialist.buttons().map((button) => button.data ?? "");
    expect(reviewerButtons.some((data) => data.startsWith("reg:ask:"))).toBe(true);
    const notFound = t("registration-error-not-found");
    for (const [, chat] of personas(w)) {
      for (const data of [...ownerButtons, ...reviewerButtons, `reg:fix:${w.registrationId}`, `reg:yes:${w.registrationId}:acc:env`, `reg:f:${w.registrationId}`]) {
        if (!data.startsWith("reg:") || data.startsWith("reg:mine") || data.startsWith("reg:ls")) continue;
        const before = await snapshot();
        const text = await chat.data(data);
        expect(text, data).not.toContain(INTERNAL_ERROR);
        expect([notFound, NOT_ALLOWED].some((refusal) => text.includes(refusal)), `${data}: ${text}`).toBe(true);
        expect(changed(before, await snapshot()), data).toEqual([]);
      }
      for (const action of ["s", "c", "e", "x", "k", "kk", "rs"]) {
        const before = await snapshot();
        const text = await chat.data(`ata:${action}:${w.announcementId}:1`);
        expect(text).not.toContain(INTERNAL_ERROR);
        expect(changed(before, await snapshot()), `ata:${action}`).toEqual([]);
      }
    }
    const registration = await app.services.db.registration.findUniqueOrThrow({ where: { id: w.registrationId } });
    expect(registration.status).toBe("enviada");
  });

  it("answers forged button data of every prefix without reaching the internal-error apology", { timeout: 120_000 }, async () => {
    const w = await world();
    const prefixes = [...app.conversation.buttonPrefixes(), ...DELEGATED_BUTTON_PREFIXES];
    const keys = Object.keys(BUTTON_AUDIENCE);
    const forms = app.conversation.forms.list().map((form) => form.id);
    let seed = 12;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed;
    };
    const junk = () => Array.from({ length: random() % 12 }, () => "az09:_-é🙂/".charAt(random() % 11)).join("");
    const ids = ["0", "-1", "1.5", "99999999999999", "2147483648", "abc", "", String(w.registrationId), String(w.announcementId), String(w.owner.personId)];
    const forged = new Set<string>();
    for (const prefix of prefixes) {
      forged.add(prefix);
      forged.add(`${prefix}:`);
      forged.add(`${prefix}::::`);
      for (let index = 0; index < 6; index++) forged.add(`${prefix}:${junk()}`);
    }
    for (const key of keys) for (const id of ids) forged.add(`${key}:${id}`).add(`${key}:${id}:${id}`).add(`${key}:a:${id}:x:1`);
    for (const formId of [...forms, "nada", "ata:extra", ""]) for (const choice of ["c", "n", "", "x", "c:1"]) forged.add(`rs:${formId}:${choice}`);
    // Truncations of real buttons the owner and the specialist were shown.
    await w.owner.say("/mis_registros");
    await w.pascoSpecialist.say("/registros");
    for (const data of [...w.owner.buttons(), ...w.pascoSpecialist.buttons()].map((button) => button.data ?? "")) {
      for (let cut = 1; cut < data.length; cut++) forged.add(data.slice(0, cut));
    }
    forged.add(`f:1:${"x".repeat(60)}`);
    for (let index = 0; index < 40; index++) forged.add(junk());

    const chats = [w.teacher, w.director, w.foreignSpecialist, w.pascoSpecialist];
    const failures: string[] = [];
    for (const data of forged) {
      for (const chat of chats) {
        const text = await chat.data(data);
        if (text.includes(INTERNAL_ERROR)) failures.push(data);
      }
    }
    expect(forged.size).toBeGreaterThan(300);
    expect(failures).toEqual([]);
    // Nobody's registration moved.
    expect((await app.services.db.registration.findUniqueOrThrow({ where: { id: w.registrationId } })).status).toBe("enviada");
  });

  it("opens a correction only from its own registration: a resume button without one is refused", async () => {
    const teacher = await createPerson(app, { role: "docente" });
    const chat = new Chat(app, teacher.sender, teacher.id);
    for (const data of ["rs:buena_practica_correccion:c", "rs:proyecto_innovacion_correccion:n"]) {
      const before = await snapshot();
      const text = await chat.data(data);
      expect(text).toContain(NO_DRAFT);
      expect(changed(before, await snapshot())).toEqual([]);
    }
  });
});
