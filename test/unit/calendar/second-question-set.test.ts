import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCalendarIndex } from "../../../src/domain/calendar/calendar-index.js";
import { evaluateQuestionSet, type QuestionSet } from "../../../src/domain/calendar/evaluate-question-set.js";
import { importCalendarCsv } from "../../../src/domain/calendar/import-file.js";

const dir = new URL("../../calendar/second/", import.meta.url);
const set = JSON.parse(readFileSync(new URL("questions.json", dir), "utf8")) as QuestionSet;
const imported = importCalendarCsv(readFileSync(new URL("calendario-oficial-2027.csv", dir)));

describe("second calendar and its question set (written outside the sample's wording)", () => {
  it("imports every contest of the official-style file", () => {
    expect(imported.errors.filter((e) => e.code !== "unknown-area")).toEqual([]);
    expect(imported.contests).toHaveLength(15);
    expect(set.questions.length).toBeGreaterThanOrEqual(100);
  });

  it("is answered right at least 95% of the time, with no confident wrong date", () => {
    const report = evaluateQuestionSet(set, buildCalendarIndex(imported.contests));
    console.log(
      `second question set: ${report.correct}/${report.total} correct (${(report.accuracy * 100).toFixed(1)}%), ` +
        `${report.confidentWrongDates.length} confident wrong dates`,
    );
    for (const failure of report.failures) console.log(`  ✗ ${failure.id} "${failure.q}" → ${failure.got}: ${failure.reasons.join("; ")}`);
    expect(report.confidentWrongDates).toEqual([]);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
