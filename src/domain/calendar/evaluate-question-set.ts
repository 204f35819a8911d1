/**
 * Scores question answering against a labelled question set (test/calendar/questions.json) and counts
 * "confident wrong dates": an answer that states a date for a contest the question did not ask about, or
 * any date when the right answer is "I do not know that contest". Used by the unit test and by benchmarks.
 *
 * Intent compatibility: a "registration" answer states both opening and closing dates, so it satisfies an
 * expected registration_open or registration_close, and either of those satisfies an expected
 * "registration". A "details" answer includes the full schedule, so it satisfies an expected "schedule".
 */
import type { AnswerPart, CalendarAnswer } from "./answer-types.js";
import { answerQuestion } from "./answer-question.js";
import { toCalendarIndex, type CalendarIndex } from "./calendar-index.js";
import type { ListFilter, QueryIntent, StageTarget } from "./parse-question.js";
import type { ContestData, IsoDate, Level } from "./types.js";

export interface QuestionExpectation {
  intent: QueryIntent;
  contests?: string[];
  stage?: StageTarget;
  /** null: the answer must have no window ("qué concursos hay"); absent: not checked. */
  window?: { start: IsoDate; end: IsoDate } | null;
  filter?: ListFilter;
  levels?: Level[];
  /**
   * The day the answer must give: the closing day (registration_close), the opening day (registration_open)
   * or the stage's first day (stage). An answer that states another day is a confident wrong date.
   */
  date?: IsoDate;
}

export interface QuestionCase {
  id?: string;
  q: string;
  /** ISO instant; defaults to the set's defaultNow. */
  now?: string;
  expect: QuestionExpectation;
}

export interface QuestionSet {
  defaultNow: string;
  questions: QuestionCase[];
}

export interface QuestionFailure {
  id?: string;
  q: string;
  expected: QuestionExpectation;
  got: string;
  reasons: string[];
}

export interface QuestionSetReport {
  total: number;
  correct: number;
  accuracy: number;
  failures: QuestionFailure[];
  confidentWrongDates: QuestionFailure[];
  elapsedMs: number;
  questionsPerSecond: number;
}

const COMPATIBLE: Partial<Record<QueryIntent, QueryIntent[]>> = {
  registration_close: ["registration"],
  registration_open: ["registration"],
  registration: ["registration_close", "registration_open"],
  schedule: ["details"],
};

function intentMatches(expected: QueryIntent, actual: QueryIntent): boolean {
  return expected === actual || (COMPATIBLE[expected] ?? []).includes(actual);
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Slugs of contests the part states at least one date for. */
function datedSlugs(part: AnswerPart): string[] {
  switch (part.type) {
    case "registration":
      return part.opens !== undefined || part.closes !== undefined ? [part.contest.slug] : [];
    case "stage":
      return part.event !== undefined ? [part.contest.slug] : [];
    case "schedule":
    case "details":
      return part.facts.length > 0 ? [part.contest.slug] : [];
    case "list":
      return part.months.flatMap((m) => m.items.map((i) => i.contest.slug));
    case "contest-list":
      return part.items.filter((i) => i.next !== undefined).map((i) => i.contest.slug);
    case "unknown":
      return [];
  }
}

/** The day a contest part leads with: what a teacher reads as "the date" of the answer. */
function keyDay(part: AnswerPart): IsoDate | undefined {
  switch (part.type) {
    case "registration": {
      const fact = part.focus === "open" ? (part.opens ?? part.closes) : (part.closes ?? part.opens);
      return fact?.start.slice(0, 10);
    }
    case "stage":
      return part.event?.start.slice(0, 10);
    default:
      return undefined;
  }
}

function describe(answer: CalendarAnswer): string {
  const q = answer.query;
  const bits = [q.intent, q.contests.map((c) => c.slug).join("+")];
  if (q.stage !== undefined) bits.push(`stage=${q.stage}`);
  if (q.window !== undefined) bits.push(`window=${q.window.start}..${q.window.end}`);
  if (q.filter !== "any") bits.push(`filter=${q.filter}`);
  if (q.levels.length > 0) bits.push(`levels=${q.levels.join(",")}`);
  if (q.unknownReason !== undefined) bits.push(`reason=${q.unknownReason}`);
  return bits.filter((b) => b !== "").join(" ");
}

/** Why the answer is wrong (empty when right), and whether it is a confident wrong date. */
export function judgeAnswer(expect: QuestionExpectation, answer: CalendarAnswer): { reasons: string[]; wrongDate: boolean } {
  const q = answer.query;
  const reasons: string[] = [];
  if (!intentMatches(expect.intent, q.intent)) reasons.push(`intent ${q.intent} instead of ${expect.intent}`);
  const dated = answer.parts.flatMap(datedSlugs);
  const contestParts = answer.parts.filter((p) => p.type !== "list" && p.type !== "contest-list" && p.type !== "unknown");
  let wrongDate = false;
  if (expect.intent === "unknown") {
    wrongDate = dated.length > 0;
  } else if (expect.intent === "list") {
    wrongDate = contestParts.some((p) => datedSlugs(p).length > 0);
    if (expect.window !== undefined) {
      const w = q.window;
      const ok = expect.window === null ? w === undefined : w !== undefined && w.start === expect.window.start && w.end === expect.window.end;
      if (!ok) reasons.push(`window ${w === undefined ? "none" : `${w.start}..${w.end}`}`);
    }
    if (expect.filter !== undefined && expect.filter !== q.filter) reasons.push(`filter ${q.filter}`);
    if (expect.levels !== undefined && !sameSet(expect.levels, q.levels)) reasons.push(`levels ${q.levels.join(",")}`);
  } else {
    const expected = expect.contests ?? [];
    wrongDate = dated.some((slug) => !expected.includes(slug));
    const answered = contestParts.map((p) => ("contest" in p ? p.contest.slug : ""));
    if (!sameSet(expected, answered)) reasons.push(`contests ${answered.join("+") || "none"}`);
    if (expect.stage !== undefined && expect.stage !== q.stage) reasons.push(`stage ${q.stage ?? "none"}`);
    if (expect.date !== undefined) {
      const days = contestParts.map(keyDay).filter((d): d is IsoDate => d !== undefined);
      if (!days.includes(expect.date)) reasons.push(`date ${days.join("+") || "none"} instead of ${expect.date}`);
      if (days.some((d) => d !== expect.date)) wrongDate = true;
    }
  }
  if (wrongDate) reasons.push("confident wrong date");
  return { reasons, wrongDate };
}

export function evaluateQuestionSet(
  set: QuestionSet,
  source: CalendarIndex | readonly ContestData[],
): QuestionSetReport {
  const index = toCalendarIndex(source);
  const failures: QuestionFailure[] = [];
  const confidentWrongDates: QuestionFailure[] = [];
  const started = performance.now();
  for (const item of set.questions) {
    const now = new Date(item.now ?? set.defaultNow);
    const answer = answerQuestion(item.q, index, now);
    const { reasons, wrongDate } = judgeAnswer(item.expect, answer);
    if (reasons.length === 0) continue;
    const failure: QuestionFailure = { q: item.q, expected: item.expect, got: describe(answer), reasons };
    if (item.id !== undefined) failure.id = item.id;
    failures.push(failure);
    if (wrongDate) confidentWrongDates.push(failure);
  }
  const elapsedMs = performance.now() - started;
  const total = set.questions.length;
  const correct = total - failures.length;
  return {
    total,
    correct,
    accuracy: total === 0 ? 1 : correct / total,
    failures,
    confidentWrongDates,
    elapsedMs,
    questionsPerSecond: elapsedMs === 0 ? Infinity : (total * 1000) / elapsedMs,
  };
}
