import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  daysUntil,
  formatDate,
  formatDateRange,
  formatLimaInstant,
  formatMonth,
  isoWeekday,
  monthWindow,
  namedMonthWindow,
  soonWindow,
  todayInLima,
  weekWindow,
  yearWindow,
} from "../../../src/domain/calendar/lima-time.js";

describe("todayInLima", () => {
  it("is still the previous day in Lima before 05:00 UTC", () => {
    expect(todayInLima(new Date("2027-04-10T04:59:00Z"))).toBe("2027-04-09");
    expect(todayInLima(new Date("2027-04-10T05:00:00Z"))).toBe("2027-04-10");
  });

  it("crosses the year in Lima, not in UTC", () => {
    expect(todayInLima(new Date("2027-01-01T03:00:00Z"))).toBe("2026-12-31");
  });
});

describe("day arithmetic", () => {
  it("adds days across months and leap years", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
  });

  it("counts days between and until, ignoring a time part", () => {
    expect(daysBetween("2026-11-27", "2026-11-30")).toBe(3);
    expect(daysBetween("2026-11-27", "2026-11-20T09:00")).toBe(-7);
    const now = new Date("2026-11-28T02:00:00Z"); // 21:00 on the 27th in Lima
    expect(daysUntil("2026-11-27", now)).toBe(0);
    expect(daysUntil("2026-11-28", now)).toBe(1);
  });

  it("knows weekdays", () => {
    expect(isoWeekday("2026-11-23")).toBe(1);
    expect(isoWeekday("2026-11-27")).toBe(5);
    expect(isoWeekday("2026-11-29")).toBe(7);
  });
});

describe("windows", () => {
  const friday = new Date("2026-11-27T15:00:00Z");

  it("esta semana is Monday to Sunday in Lima, la próxima the one after", () => {
    expect(weekWindow(friday)).toEqual({ start: "2026-11-23", end: "2026-11-29" });
    expect(weekWindow(friday, 1)).toEqual({ start: "2026-11-30", end: "2026-12-06" });
    // Sunday night in Lima is still that week even though it is Monday in UTC.
    expect(weekWindow(new Date("2026-11-30T03:00:00Z"))).toEqual({ start: "2026-11-23", end: "2026-11-29" });
  });

  it("this month and next month, across the year", () => {
    expect(monthWindow(friday)).toEqual({ start: "2026-11-01", end: "2026-11-30" });
    expect(monthWindow(friday, 1)).toEqual({ start: "2026-12-01", end: "2026-12-31" });
    expect(monthWindow(friday, 3)).toEqual({ start: "2027-02-01", end: "2027-02-28" });
  });

  it("en junio is the next June not entirely past", () => {
    expect(namedMonthWindow(friday, 6)).toEqual({ start: "2027-06-01", end: "2027-06-30" });
    expect(namedMonthWindow(friday, 11)).toEqual({ start: "2026-11-01", end: "2026-11-30" });
    expect(namedMonthWindow(friday, 10)).toEqual({ start: "2027-10-01", end: "2027-10-31" });
    expect(namedMonthWindow(new Date("2027-06-30T20:00:00Z"), 6)).toEqual({ start: "2027-06-01", end: "2027-06-30" });
    expect(namedMonthWindow(new Date("2027-07-01T06:00:00Z"), 6)).toEqual({ start: "2028-06-01", end: "2028-06-30" });
    expect(namedMonthWindow(friday, 2, 2028)).toEqual({ start: "2028-02-01", end: "2028-02-29" });
  });

  it("pronto is today and the next 14 days; este año runs to December", () => {
    expect(soonWindow(friday)).toEqual({ start: "2026-11-27", end: "2026-12-11" });
    expect(yearWindow(friday)).toEqual({ start: "2026-11-27", end: "2026-12-31" });
    expect(yearWindow(friday, 2027)).toEqual({ start: "2027-01-01", end: "2027-12-31" });
  });
});

describe("formatting", () => {
  it("writes every Spanish day one way, the Peruvian long form with its year", () => {
    expect(formatDate("2026-12-04", "es")).toBe("viernes 4 de diciembre de 2026");
    expect(formatDate("2027-06-12", "es")).toBe("sábado 12 de junio de 2027");
    expect(formatDate("2027-09-20T09:00", "es")).toBe("lunes 20 de setiembre de 2027");
  });

  it("writes English dates", () => {
    expect(formatDate("2026-12-04", "en")).toBe("Friday, December 4, 2026");
    expect(formatDate("2027-06-12", "en")).toBe("Saturday, June 12, 2027");
  });

  it("starts a range without the month and year its end already says", () => {
    expect(formatDateRange("2027-06-01", "2027-06-05", "es")).toEqual({ start: "martes 1", end: "sábado 5 de junio de 2027" });
    expect(formatDateRange("2027-06-28", "2027-07-02", "es")).toEqual({ start: "lunes 28 de junio", end: "viernes 2 de julio de 2027" });
    expect(formatDateRange("2026-12-28", "2027-01-08", "es")).toEqual({ start: "lunes 28 de diciembre de 2026", end: "viernes 8 de enero de 2027" });
    expect(formatDateRange("2027-06-28", "2027-07-02", "en")).toEqual({ start: "Monday, June 28", end: "Friday, July 2, 2027" });
  });

  it("writes an instant in Lima time, whatever the server's zone", () => {
    // 02:30 UTC on 5 June is still 4 June in Lima.
    expect(formatLimaInstant(new Date("2027-06-05T02:30:00Z"), "es")).toBe("viernes 4 de junio de 2027, 21:30");
  });

  it("formats months", () => {
    expect(formatMonth("2027-06", "es")).toBe("junio de 2027");
    expect(formatMonth("2027-06", "en")).toBe("June 2027");
  });
});
