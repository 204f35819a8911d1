// /recordatorios with many contests (the sample calendar, a director of every level): grouped under the month
// of each contest's next date, in date order, a page at a time, every contest reachable through the pages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../../src/app.js";
import { createTestApp } from "../../helpers/app.js";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.js";
import { Chat } from "../registrations/helpers.js";

let database: TestDatabase;
let app: App;
const clock = new Date("2026-12-02T15:00:00Z");
const MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre"];

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database, {}, () => clock);
});

afterAll(async () => {
  await app?.close();
});

/** "(month index, day)" of every contest line, in the order shown, and the month headings. */
function read(text: string): { headings: string[]; days: Array<[number, number]>; contests: string[] } {
  const headings = [...text.matchAll(/^📅 (\p{L}+) de (\d{4})$/gmu)].map((match) => `${match[1]} ${match[2]}`);
  const lines = [...text.matchAll(/^• (.+?), \p{L}+ (\d{1,2}) de (\p{L}+)(?: de (\d{4}))?: /gmu)];
  return {
    headings,
    days: lines.map((match) => [Number(match[4] ?? 2026) * 12 + MONTHS.indexOf(match[3] ?? "") , Number(match[2])]),
    contests: lines.map((match) => match[1] ?? ""),
  };
}

describe("/recordatorios", () => {
  it("groups contests by the month of their next date, in order, with pages of few buttons", async () => {
    const director = await Chat.of(app, { role: "director" });
    await app.services.db.person.update({ where: { id: director.personId }, data: { levels: ["inicial", "primaria", "secundaria", "eba", "ebe"] } });
    const seen: string[] = [];
    const days: Array<[number, number]> = [];
    let text = await director.say("/recordatorios");
    for (let page = 1; ; page++) {
      const shown = read(text);
      expect(shown.headings.length).toBeGreaterThan(0);
      expect(new Set(shown.headings).size).toBe(shown.headings.length); // one heading per month on a page
      expect(director.buttons().length).toBeLessThanOrEqual(12);
      seen.push(...shown.contests);
      days.push(...shown.days);
      if (!director.button("Siguientes")) break;
      text = await director.press("Siguientes");
      expect(text).toContain(`página ${page + 1} de`);
    }
    const sorted = [...days].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(days).toEqual(sorted);
    const total = Number(/\((\d+) en total/.exec(text)?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(new Set(seen).size).toBe(total);
  });
});
