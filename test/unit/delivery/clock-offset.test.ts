import { describe, expect, it } from "vitest";
import { ClockOffset, MAX_DRIFT } from "../../../src/delivery/clock-offset.js";

// The database's clock reads 1,000,000 ms more than ours: local = remote - 1_000_000.
const TRUE_OFFSET = -1_000_000;
const remoteAt = (local: number) => local - TRUE_OFFSET;

describe("the database clock's offset, learnt from round trips", () => {
  it("keeps the quick round trip's offset when later ones are slow and lopsided", () => {
    const clock = new ClockOffset();
    clock.sample(100, 102, remoteAt(101)); // 2 ms there and back, read in the middle
    // 80 ms: read 5 ms after sending, the answer then waited 75 ms for a busy event loop.
    clock.sample(200, 280, remoteAt(205));
    expect(clock.toLocal(remoteAt(300))).toBeCloseTo(300, 6);
    expect(clock.errorBoundMs(280)).toBeCloseTo(1 + 178 * MAX_DRIFT, 6);
  });

  it("takes a slow sample while nothing better is known, and a quick one as soon as it comes", () => {
    const clock = new ClockOffset();
    clock.sample(0, 80, remoteAt(5));
    expect(clock.toLocal(remoteAt(500)) - 500).toBeCloseTo(35, 6); // off by 35 ms, within its bound of 40
    expect(clock.errorBoundMs(80)).toBe(40);
    clock.sample(1000, 1004, remoteAt(1003));
    expect(Math.abs(clock.toLocal(remoteAt(2000)) - 2000)).toBeLessThanOrEqual(2);
  });

  it("lets a fresh sample replace one that has aged past its own error", () => {
    const clock = new ClockOffset();
    clock.sample(0, 2, remoteAt(1));
    clock.sample(10, 30, remoteAt(20)); // 10 ms of error now: the 1 ms one stays
    expect(clock.errorBoundMs(30)).toBeLessThan(2);
    const later = 60_000; // a minute on, the quick sample may have drifted 30 ms
    clock.sample(later, later + 20, remoteAt(later + 10));
    expect(clock.errorBoundMs(later + 20)).toBe(10);
  });

  it("says it knows nothing before the first sample", () => {
    const clock = new ClockOffset();
    expect(clock.errorBoundMs(0)).toBe(Number.POSITIVE_INFINITY);
    expect(() => clock.toLocal(0)).toThrow();
  });
});
