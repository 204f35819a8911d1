import { describe, expect, it } from "vitest";
import { retryDelayMs } from "../../../src/delivery/backoff.js";
import { isQuiet, lastQuietEnd, nextSendableAt, parseQuietHours } from "../../../src/delivery/quiet-hours.js";

describe("retry delays", () => {
  it("double each time, with jitter between half and all of the step, up to the cap", () => {
    const options = { baseMs: 1_000, maxMs: 10_000 };
    expect(retryDelayMs(1, options, () => 0)).toBe(500);
    expect(retryDelayMs(1, options, () => 1)).toBe(1_000);
    expect(retryDelayMs(2, options, () => 0)).toBe(1_000);
    expect(retryDelayMs(3, options, () => 1)).toBe(4_000);
    expect(retryDelayMs(10, options, () => 1)).toBe(10_000);
    expect(retryDelayMs(10, options, () => 0)).toBe(5_000);
  });
});

describe("quiet hours", () => {
  const quiet = parseQuietHours("21:00-07:00");
  const lima = (time: string) => new Date(`2026-05-05T${time}:00-05:00`);

  it("cover the night in Lima, whatever the server's zone", () => {
    expect(isQuiet(quiet, lima("20:59"))).toBe(false);
    expect(isQuiet(quiet, lima("21:00"))).toBe(true);
    expect(isQuiet(quiet, lima("23:30"))).toBe(true);
    expect(isQuiet(quiet, lima("03:00"))).toBe(true);
    expect(isQuiet(quiet, lima("06:59"))).toBe(true);
    expect(isQuiet(quiet, lima("07:00"))).toBe(false);
  });

  it("delay to their end, the same night or the next morning", () => {
    expect(nextSendableAt(quiet, lima("22:15")).toISOString()).toBe("2026-05-06T12:00:00.000Z"); // 07:00 next day
    expect(nextSendableAt(quiet, lima("05:00")).toISOString()).toBe("2026-05-05T12:00:00.000Z");
    expect(nextSendableAt(quiet, lima("12:00"))).toEqual(lima("12:00"));
    expect(lastQuietEnd(quiet, lima("12:00"))?.toISOString()).toBe("2026-05-05T12:00:00.000Z");
  });

  it("work for a range within one day, and an empty range means none", () => {
    const lunch = parseQuietHours("13:00-14:30");
    expect(isQuiet(lunch, lima("13:59"))).toBe(true);
    expect(isQuiet(lunch, lima("14:30"))).toBe(false);
    expect(isQuiet(parseQuietHours("07:00-07:00"), lima("07:00"))).toBe(false);
    expect(isQuiet(null, lima("23:00"))).toBe(false);
    expect(() => parseQuietHours("noche")).toThrow();
  });
});
