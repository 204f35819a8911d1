// A teacher who types the words of a button under the bot's last reply instead of tapping it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../../src/app.js";
import { createTestApp } from "../../helpers/app.js";
import { createTestDatabase, resetTestData, testDatabaseUrl, type TestDatabase } from "../../helpers/db.js";
import { Chat } from "./helpers.js";

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

describe(`buttons pressed by typing (${testDatabaseUrl() ? "PostgreSQL" : "PGlite"})`, () => {
  it("starts the form a teacher names under «¿Qué quieres registrar?», and answers a question typed there", async () => {
    const teacher = await Chat.of(app);
    expect(await teacher.say("/registrar")).toContain("¿Qué quieres registrar?");
    expect(await teacher.say("la buena práctica")).toContain("¿A qué convocatoria (año) corresponde tu registro?");

    await teacher.say("/cancelar");
    expect(await teacher.say("/registrar")).toContain("¿Qué quieres registrar?");
    const answer = await teacher.say("hasta cuando hay plazo para eureka");
    expect(answer).toContain("Eureka");
    expect(answer).not.toContain("¿A qué convocatoria");
  });
});
