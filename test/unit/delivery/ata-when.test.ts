import { describe, expect, it } from "vitest";
import { exampleDates, formatLimaDateTime, parseLimaDateTime, parseLimaDay, parseTime, readLimaDay } from "../../../src/conversation/commands/ata/when.js";

const now = new Date("2026-06-15T15:00:00Z"); // 10:00 in Lima

describe("dates and times as people type them", () => {
  it("reads days; without a year, this year's, saying the year was left out (never next year silently)", () => {
    expect(parseLimaDay("20/06", now)).toBe("2026-06-20");
    expect(parseLimaDay("10/06", now)).toBe("2026-06-10");
    expect(readLimaDay("10/06", now)).toEqual({ day: "2026-06-10", yearGuessed: true });
    expect(readLimaDay("10/06/2027", now)).toEqual({ day: "2027-06-10", yearGuessed: false });
    expect(readLimaDay("1 de diciembre", now)).toEqual({ day: "2026-12-01", yearGuessed: true });
    expect(readLimaDay("martes 1 de Setiembre de 2026", now)).toEqual({ day: "2026-09-01", yearGuessed: false });
    expect(readLimaDay("1 de brumario", now)).toBeNull();
    expect(parseLimaDay("15/06", now)).toBe("2026-06-15");
    expect(parseLimaDay("3-7-26", now)).toBe("2026-07-03");
    expect(parseLimaDay("2026-12-01", now)).toBe("2026-12-01");
    expect(parseLimaDay("31/02/2026", now)).toBeNull();
    expect(parseLimaDay("mañana", now)).toBeNull();
  });

  it("reads times in 24-hour and am/pm forms", () => {
    expect(parseTime("15:00")).toBe("15:00");
    expect(parseTime("3:30 pm")).toBe("15:30");
    expect(parseTime("12 am")).toBe("00:00");
    expect(parseTime("9h")).toBe("09:00");
    expect(parseTime("15")).toBeNull();
    expect(parseTime("25:00")).toBeNull();
  });

  it("reads a Lima date and time as an instant, and writes it back the same way", () => {
    const instant = parseLimaDateTime("01/07/2026 08:00", now);
    expect(instant?.toISOString()).toBe("2026-07-01T13:00:00.000Z");
    expect(formatLimaDateTime(instant as Date)).toBe("01/07/2026 08:00");
    expect(parseLimaDateTime("01/07/2026 a las 8:30 am", now)?.toISOString()).toBe("2026-07-01T13:30:00.000Z");
    expect(parseLimaDateTime("01/07/2026", now)).toBeNull();
  });

  it("gives example dates that a person can type as they are: ahead of today, in Lima, across a year's end", () => {
    const lateNight = new Date("2027-01-01T03:30:00Z"); // still 31 December in Lima
    expect(exampleDates(lateNight)).toEqual({ example: "14/01/2027", short: "14/01" });
    const { example, short } = exampleDates(now);
    expect(readLimaDay(example, now)).toEqual({ day: "2026-06-29", yearGuessed: false });
    expect(readLimaDay(short, now)?.day).toBe("2026-06-29");
  });
});
