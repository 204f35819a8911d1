import { readFileSync } from "node:fs";

interface QuestionSet {
  questions: Array<{ q: string; expect: { intent: string } }>;
}

/**
 * The questions of the two calendar question sets (test/calendar/) that the calendar answers, as typed (not
 * those it must not take, like «hola»): for checks that words meant for another feature (a wish, thanks, help)
 * never take a calendar question away from the calendar.
 */
export function calendarQuestionTexts(): string[] {
  return ["../calendar/questions.json", "../calendar/second/questions.json"].flatMap((path) =>
    (JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as QuestionSet).questions.filter((question) => question.expect.intent !== "unknown").map((question) => question.q),
  );
}
