import { readFileSync } from "node:fs";

/**
 * Every question of the two calendar question sets (test/calendar/), as typed: for checks that words meant for
 * another feature (a wish, thanks, help) never take a calendar question away from the calendar.
 */
export function calendarQuestionTexts(): string[] {
  return ["../calendar/questions.json", "../calendar/second/questions.json"].flatMap(
    (path) => (JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as { questions: Array<{ q: string }> }).questions.map((question) => question.q),
  );
}
