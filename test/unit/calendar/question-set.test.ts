import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sampleCalendar } from "../../../prisma/seed/sample-calendar.js";
import { answerQuestion } from "../../../src/domain/calendar/answer-question.js";
import { buildCalendarIndex } from "../../../src/domain/calendar/calendar-index.js";
import { evaluateQuestionSet, judgeAnswer, type QuestionSet } from "../../../src/domain/calendar/evaluate-question-set.js";

const set = JSON.parse(readFileSync(new URL("../../calendar/questions.json", import.meta.url), "utf8")) as QuestionSet;
const index = buildCalendarIndex(sampleCalendar);

describe("question set", () => {
  it("has at least 100 questions, several nows, and every kind of expectation", () => {
    expect(set.questions.length).toBeGreaterThanOrEqual(100);
    expect(new Set(set.questions.map((q) => q.now ?? set.defaultNow)).size).toBeGreaterThanOrEqual(3);
    const intents = new Set(set.questions.map((q) => q.expect.intent));
    for (const intent of ["registration_close", "registration_open", "stage", "schedule", "details", "list", "unknown"]) {
      expect(intents.has(intent as never), intent).toBe(true);
    }
  });

  it("is answered correctly at least 90% of the time, with no confident wrong date", () => {
    const report = evaluateQuestionSet(set, index);
    console.log(
      `calendar question set: ${report.correct}/${report.total} correct (${(report.accuracy * 100).toFixed(1)}%), ` +
        `${report.confidentWrongDates.length} confident wrong dates`,
    );
    for (const failure of report.failures) console.log(`  ✗ ${failure.id} "${failure.q}" → ${failure.got}: ${failure.reasons.join("; ")}`);
    expect(report.confidentWrongDates).toEqual([]);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("flags a date for a contest the question did not ask about", () => {
    const answer = answerQuestion("cuando cierra eureka", index, new Date(set.defaultNow));
    expect(judgeAnswer({ intent: "unknown" }, answer)).toMatchObject({ wrongDate: true });
    expect(judgeAnswer({ intent: "registration_close", contests: ["onem"] }, answer)).toMatchObject({ wrongDate: true });
    expect(judgeAnswer({ intent: "registration_close", contests: ["eureka"] }, answer)).toEqual({ reasons: [], wrongDate: false });
  });

  it("answers at least 500 questions per second", () => {
    const questions = set.questions.map((q) => ({ text: q.q, now: new Date(q.now ?? set.defaultNow) }));
    for (const q of questions) answerQuestion(q.text, index, q.now); // warm-up
    const rounds = Math.ceil(2000 / questions.length);
    // CPU time of this process, so other work on the machine does not make the test flaky.
    const started = process.cpuUsage();
    for (let r = 0; r < rounds; r++) for (const q of questions) answerQuestion(q.text, index, q.now);
    const used = process.cpuUsage(started);
    const perSecond = (rounds * questions.length * 1e6) / (used.user + used.system);
    console.log(`calendar answering: ${perSecond.toFixed(0)} questions/s`);
    expect(perSecond).toBeGreaterThan(500);
  });
});
