// When a week's digest is due, in Lima time, and how DIGEST_DAY is written.
import { describe, expect, it } from "vitest";
import { loadConfig, ConfigError } from "../../../src/config.js";
import { isoWeekKey, latestDueWeek } from "../../../src/domain/digest/week.js";

describe("digest week", () => {
  it("is this week's once Monday 08:00 in Lima has come, last week's before", () => {
    // 13:00 UTC is 08:00 in Lima (UTC-5, no summer time).
    expect(latestDueWeek(new Date("2026-03-09T12:59:00Z"), 1, 8)).toEqual({ key: "2026-W10", dueDay: "2026-03-02" });
    expect(latestDueWeek(new Date("2026-03-09T13:00:00Z"), 1, 8)).toEqual({ key: "2026-W11", dueDay: "2026-03-09" });
    // Sunday 01:00 UTC on 15 March is still Saturday 14 in Lima.
    expect(latestDueWeek(new Date("2026-03-15T01:00:00Z"), 7, 8)).toEqual({ key: "2026-W10", dueDay: "2026-03-08" });
    expect(latestDueWeek(new Date("2026-03-15T14:00:00Z"), 7, 8)).toEqual({ key: "2026-W11", dueDay: "2026-03-15" });
  });

  it("numbers weeks the ISO way across a new year", () => {
    expect(isoWeekKey("2027-01-01")).toBe("2026-W53");
    expect(isoWeekKey("2027-01-04")).toBe("2027-W01");
  });

  it("reads DIGEST_DAY as a number or a Spanish day name, and refuses anything else", () => {
    const base = { NODE_ENV: "test", DATA_DIR: "/nonexistent" };
    expect(loadConfig(base).DIGEST_DAY).toBe(1);
    expect(loadConfig({ ...base, DIGEST_DAY: "Viernes" }).DIGEST_DAY).toBe(5);
    expect(loadConfig({ ...base, DIGEST_DAY: "miércoles", DIGEST_HOUR: "17" })).toMatchObject({ DIGEST_DAY: 3, DIGEST_HOUR: 17 });
    expect(loadConfig({ ...base, DIGEST_DAY: "7" }).DIGEST_DAY).toBe(7);
    expect(() => loadConfig({ ...base, DIGEST_DAY: "feriado" })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, DIGEST_DAY: "8" })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, DIGEST_HOUR: "24" })).toThrow(ConfigError);
  });
});
