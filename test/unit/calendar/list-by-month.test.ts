import { describe, expect, it } from "vitest";
import { sampleCalendar } from "../../../prisma/seed/sample-calendar.js";
import { buildCalendarIndex } from "../../../src/domain/calendar/calendar-index.js";
import { listByMonth } from "../../../src/domain/calendar/list-by-month.js";
import { NOW } from "./fixtures.js";

const index = buildCalendarIndex(sampleCalendar);

describe("listByMonth", () => {
  it("lists what is open or coming from today, month by month, in date order", () => {
    const page = listByMonth(index, NOW, { pageSize: 50 });
    expect(page.months[0]?.month).toBe("2026-11");
    const days = page.months.flatMap((m) => m.items.map((i) => i.fact.end.slice(0, 10)));
    expect(days.every((d) => d >= "2026-11-27")).toBe(true);
    const months = page.months.map((m) => m.month);
    expect([...months].sort()).toEqual(months);
    expect(page.isSample).toBe(true);
  });

  it("shows running events first, under the current month", () => {
    const first = listByMonth(index, NOW, { pageSize: 3 }).months[0]!;
    expect(first.items[0]).toMatchObject({ ongoing: true });
  });

  it("pages, and marks a month that continues from the previous page", () => {
    const all = listByMonth(index, NOW, { pageSize: 1000 });
    const pageSize = 4;
    const pages = Array.from({ length: Math.ceil(all.totalItems / pageSize) }, (_, i) => listByMonth(index, NOW, { pageSize, page: i + 1 }));
    expect(pages[0]!.totalPages).toBe(pages.length);
    const flattened = pages.flatMap((p) => p.months.flatMap((m) => m.items));
    expect(flattened).toEqual(all.months.flatMap((m) => m.items));
    const continued = pages.slice(1).filter((p) => p.months[0]!.continued);
    expect(continued.length).toBeGreaterThan(0);
    for (const p of continued) {
      const previous = pages[p.page - 2]!;
      expect(previous.months[previous.months.length - 1]!.month).toBe(p.months[0]!.month);
    }
  });

  it("clamps the page number", () => {
    const page = listByMonth(index, NOW, { pageSize: 5, page: 999 });
    expect(page.page).toBe(page.totalPages);
    expect(listByMonth(index, NOW, { pageSize: 5, page: -3 }).page).toBe(1);
  });

  it("filters by level", () => {
    const page = listByMonth(index, NOW, { levels: ["inicial"], pageSize: 100 });
    const slugs = new Set(page.months.flatMap((m) => m.items.map((i) => i.contest.slug)));
    expect([...slugs].sort()).toEqual(["buenas-practicas-docentes", "cnpie"]);
  });

  it("is empty when nothing is ahead", () => {
    const page = listByMonth(index, new Date("2030-01-01T15:00:00Z"));
    expect(page).toMatchObject({ totalItems: 0, totalPages: 1, months: [], isSample: false });
  });
});
