import { describe, expect, it } from "vitest";
import { missedDays, planOccasions, reminderKey, type StageDates } from "../../../src/domain/reminders/plan.js";
import { effectiveOffsets, offeredOffsets, storedChoice } from "../../../src/domain/reminders/offsets.js";

const stage = (values: Partial<StageDates>): StageDates => ({
  stageId: 1,
  contestId: 10,
  contestName: "Eureka",
  stageName: "Inscripción",
  levels: ["primaria"],
  closesDay: null,
  eventDay: null,
  place: null,
  ...values,
});

describe("reminder planning", () => {
  it("finds the offset of each date from the run day, for deadlines and events", () => {
    const occasions = planOccasions([stage({ closesDay: "2026-06-10", eventDay: "2026-06-12", place: "Cerro de Pasco" })], ["2026-06-03"], "2026-06-03");
    expect(occasions.map((occasion) => [occasion.kind, occasion.offset, occasion.payload.key])).toEqual([
      ["closes", 7, "reminder-closes"],
      ["event", 9, "reminder-event-place"],
    ]);
    expect(occasions[0]?.payload.args).toEqual({ contest: "Eureka", stage: "Inscripción", days: 7, closesDay: "2026-06-10" });
    expect(occasions[0]?.payload.buttons?.[0]?.[0]).toEqual({ labelKey: "reminder-button-mute", data: "rem:m:10" });
  });

  it("gives nothing for a stage already past, and counts days from today when catching up", () => {
    expect(planOccasions([stage({ closesDay: "2026-06-02" })], ["2026-06-01", "2026-06-02", "2026-06-03"], "2026-06-03")).toEqual([]);
    const late = planOccasions([stage({ closesDay: "2026-06-05" })], ["2026-06-02", "2026-06-03"], "2026-06-03");
    expect(late.map((occasion) => occasion.offset)).toEqual([2, 3]);
    expect(late.every((occasion) => occasion.payload.args?.days === 2)).toBe(true);
  });

  it("keys reminders by person, stage, kind and offset", () => {
    expect(reminderKey(5, 7, "closes", 3)).toBe("reminder:5:7:closes:3");
  });

  it("lists the days missed since the last run, most recent ones first kept", () => {
    expect(missedDays("2026-06-01", "2026-06-01", 60)).toEqual([]);
    expect(missedDays("2026-06-01", "2026-06-04", 60)).toEqual(["2026-06-02", "2026-06-03", "2026-06-04"]);
    expect(missedDays(null, "2026-06-04", 60)).toEqual(["2026-06-04"]);
    expect(missedDays("2026-01-01", "2026-06-04", 2)).toEqual(["2026-06-03", "2026-06-04"]);
  });

  it("uses the configured days until a person chooses their own", () => {
    expect(effectiveOffsets([7, 3, 1, 0], [5, 1])).toEqual([5, 1]);
    expect(effectiveOffsets(storedChoice([7, 3, 1, 0]), [5, 1])).toEqual([0, 1, 3, 7]);
    expect(storedChoice([3, 3, 14, 0])).toEqual([0, 3, 14]);
    expect(offeredOffsets([5, 1])).toEqual([14, 7, 5, 3, 2, 1, 0]);
  });
});
