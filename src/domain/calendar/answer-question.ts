/**
 * Structured query + contests + now → structured answer. Picks the edition that matters today (the first one
 * whose relevant date is not past, else the latest), and reports exactly the dates present in the data.
 */
import type {
  AnswerPart,
  CalendarAnswer,
  ContestListPart,
  DetailsPart,
  ListPart,
  RegistrationPart,
  SchedulePart,
  StagePart,
  UnknownPart,
} from "./answer-types.js";
import { selectEntries, stageEntries } from "./calendar-entries.js";
import { toCalendarIndex, type CalendarIndex } from "./calendar-index.js";
import { contestRef, contestSummary, dateFact, stageRef, type ContestRef, type DateFact } from "./facts.js";
import { groupByMonth, toListItem } from "./list-by-month.js";
import { dayOf, todayInLima } from "./lima-time.js";
import { parseQuestion, type CalendarQuery, type StageTarget } from "./parse-question.js";
import { tokenize } from "./normalize.js";
import type { ContestData, IsoDate, StageData, StageKind } from "./types.js";

export interface AnswerOptions {
  /** Most dated items a list answer carries (the rest is counted). */
  maxListItems?: number;
  /** Most contests suggested when a name is not understood. */
  maxSuggestions?: number;
}

const COMPETITIVE_STAGES: readonly StageKind[] = ["ie", "ugel", "regional", "macroregional", "nacional"];

function registrationStage(contest: ContestData, target?: StageTarget): StageData | undefined {
  const withDates = contest.stages
    .filter((s) => s.registrationOpens !== undefined || s.registrationCloses !== undefined)
    .sort((a, b) => a.order - b.order);
  return (
    withDates.find((s) => target !== undefined && s.kind === target) ??
    withDates.find((s) => s.kind === "inscripcion") ??
    withDates[0]
  );
}

function stageEnd(stage: StageData | undefined): IsoDate | undefined {
  if (stage === undefined) return undefined;
  const value = stage.eventEnd ?? stage.eventStart ?? stage.registrationCloses ?? stage.registrationOpens;
  return value === undefined ? undefined : dayOf(value);
}

function findStage(contest: ContestData, target: StageTarget, today: IsoDate, stageName?: string): StageData | undefined {
  const stages = [...contest.stages].sort((a, b) => a.order - b.order);
  if (stageName !== undefined) {
    const named = stages.find((s) => tokenize(s.name).join(" ") === stageName);
    if (named !== undefined) return named;
  }
  if (target === "final") {
    const competitive = stages.filter((s) => COMPETITIVE_STAGES.includes(s.kind));
    return competitive[competitive.length - 1];
  }
  const same = stages.filter((s) => s.kind === target);
  return same.find((s) => (stageEnd(s) ?? "") >= today) ?? same[same.length - 1];
}

function latestEnd(contest: ContestData): IsoDate | undefined {
  let latest: IsoDate | undefined;
  for (const stage of contest.stages) {
    const end = stageEnd(stage);
    const closes = stage.registrationCloses;
    for (const day of [end, closes]) if (day !== undefined && (latest === undefined || day > latest)) latest = day;
  }
  return latest;
}

interface EditionChoice {
  edition: ContestData;
  missingYear?: number;
}

/** The edition asked for, else the first whose relevant date is today or later, else the latest dated one. */
function pickEdition(
  editions: readonly ContestData[],
  today: IsoDate,
  relevantEnd: (c: ContestData) => IsoDate | undefined,
  year?: number,
): EditionChoice {
  let missingYear: number | undefined;
  if (year !== undefined) {
    const exact = editions.find((e) => e.year === year);
    if (exact !== undefined) return { edition: exact };
    missingYear = year;
  }
  const dated = editions.filter((e) => relevantEnd(e) !== undefined);
  const edition =
    dated.find((e) => relevantEnd(e)! >= today) ?? dated[dated.length - 1] ?? editions[editions.length - 1]!;
  return missingYear === undefined ? { edition } : { edition, missingYear };
}

function withMissingYear<T extends { missingYear?: number }>(part: T, choice: EditionChoice): T {
  if (choice.missingYear !== undefined) part.missingYear = choice.missingYear;
  return part;
}

function registrationPart(editions: readonly ContestData[], query: CalendarQuery, today: IsoDate): RegistrationPart {
  const focus = query.intent === "registration_close" ? "close" : query.intent === "registration_open" ? "open" : "both";
  const choice = pickEdition(
    editions,
    today,
    (c) => {
      const stage = registrationStage(c, query.stage);
      return stage?.registrationCloses ?? stage?.registrationOpens;
    },
    query.year,
  );
  const part: RegistrationPart = { type: "registration", contest: contestRef(choice.edition), focus };
  const stage = registrationStage(choice.edition, query.stage);
  if (stage !== undefined) {
    part.stage = stageRef(stage);
    for (const entry of stageEntries(choice.edition, stage)) {
      if (entry.kind === "registration-opens") part.opens = dateFact(entry, today);
      if (entry.kind === "registration-closes") part.closes = dateFact(entry, today);
    }
  }
  return withMissingYear(part, choice);
}

function stagePart(editions: readonly ContestData[], query: CalendarQuery, today: IsoDate): StagePart {
  const target = query.stage ?? "final";
  const choice = pickEdition(editions, today, (c) => stageEnd(findStage(c, target, today, query.stageName)), query.year);
  const part: StagePart = { type: "stage", contest: contestRef(choice.edition), target };
  const stage = findStage(choice.edition, target, today, query.stageName);
  if (stage !== undefined) {
    part.stage = stageRef(stage);
    const event = stageEntries(choice.edition, stage).find((e) => e.kind === "event");
    if (event !== undefined) part.event = dateFact(event, today);
  }
  return withMissingYear(part, choice);
}

function timeline(contest: ContestData, today: IsoDate): { facts: DateFact[]; undated: SchedulePart["undated"]; next?: DateFact } {
  const stages = [...contest.stages].sort((a, b) => a.order - b.order);
  const facts: DateFact[] = [];
  const undated: SchedulePart["undated"] = [];
  for (const stage of stages) {
    const entries = stageEntries(contest, stage);
    if (entries.length === 0) undated.push(stageRef(stage));
    for (const entry of entries) facts.push(dateFact(entry, today));
  }
  const next = facts
    .filter((f) => f.status !== "past")
    .sort((a, b) => (dayOf(a.start) < dayOf(b.start) ? -1 : dayOf(a.start) > dayOf(b.start) ? 1 : 0))[0];
  return next === undefined ? { facts, undated } : { facts, undated, next };
}

function schedulePart(editions: readonly ContestData[], query: CalendarQuery, today: IsoDate): SchedulePart {
  const choice = pickEdition(editions, today, latestEnd, query.year);
  const part: SchedulePart = { type: "schedule", contest: contestRef(choice.edition), ...timeline(choice.edition, today) };
  return withMissingYear(part, choice);
}

function detailsPart(editions: readonly ContestData[], query: CalendarQuery, today: IsoDate): DetailsPart {
  const choice = pickEdition(editions, today, latestEnd, query.year);
  const contest = choice.edition;
  const part: DetailsPart = {
    type: "details",
    contest: contestRef(contest),
    summary: contestSummary(contest),
    ...timeline(contest, today),
    askedLevels: query.levels,
  };
  if (query.levels.length > 0) part.levelsMatch = contest.levels.some((l) => query.levels.includes(l));
  return withMissingYear(part, choice);
}

function listPart(index: CalendarIndex, query: CalendarQuery, today: IsoDate, max: number): ListPart {
  const selected = selectEntries(index.entries, {
    today,
    window: query.window,
    filter: query.filter,
    levels: query.levels,
    areas: query.areas,
  });
  const shown = selected.slice(0, max);
  const part: ListPart = {
    type: "list",
    filter: query.filter,
    levels: query.levels,
    areas: query.areas,
    months: groupByMonth(shown.map((item) => ({ ...toListItem(item, today), day: item.day }))),
    total: selected.length,
    shown: shown.length,
  };
  if (query.window !== undefined) part.window = query.window;
  return part;
}

/** Each contest with its next date from today, soonest first; contests with nothing ahead are left out. */
function contestListPart(index: CalendarIndex, query: CalendarQuery, today: IsoDate, max: number): ContestListPart {
  const seen = new Set<string>();
  const items: ContestListPart["items"] = [];
  const upcoming = selectEntries(index.entries, { today, levels: query.levels, areas: query.areas });
  for (const item of upcoming) {
    const contest = item.entry.contest;
    if (seen.has(contest.slug)) continue;
    seen.add(contest.slug);
    items.push({ contest: contestRef(contest), next: dateFact(item.entry, today) });
    if (items.length >= max) break;
  }
  return { type: "contest-list", levels: query.levels, areas: query.areas, items };
}

function suggestionRef(index: CalendarIndex, slug: string, today: IsoDate): ContestRef | undefined {
  const editions = index.editions.get(slug);
  if (editions === undefined || editions.length === 0) return undefined;
  return contestRef(pickEdition(editions, today, latestEnd).edition);
}

function unknownPart(index: CalendarIndex, query: CalendarQuery, today: IsoDate, max: number): UnknownPart {
  let slugs = query.suggestions.map((s) => s.slug);
  if (query.unknownReason === "need-contest") {
    // Contests whose registration is open or coming, soonest closing first: names only.
    slugs = [];
    for (const item of selectEntries(index.entries, { today, filter: "closes" })) {
      if (!slugs.includes(item.entry.contest.slug)) slugs.push(item.entry.contest.slug);
    }
  }
  const suggestions = slugs
    .slice(0, max)
    .map((slug) => suggestionRef(index, slug, today))
    .filter((ref): ref is ContestRef => ref !== undefined);
  return { type: "unknown", reason: query.unknownReason ?? "not-understood", terms: query.unknownTerms, suggestions };
}

function citedContests(part: AnswerPart): ContestRef[] {
  switch (part.type) {
    case "list":
      return part.months.flatMap((m) => m.items.map((i) => i.contest));
    case "contest-list":
      return part.items.map((i) => i.contest);
    case "unknown":
      return part.suggestions;
    default:
      return [part.contest];
  }
}

export function answerQuery(
  query: CalendarQuery,
  source: CalendarIndex | readonly ContestData[],
  now: Date,
  options: AnswerOptions = {},
): CalendarAnswer {
  const index = toCalendarIndex(source);
  const today = todayInLima(now);
  const maxList = options.maxListItems ?? 15;
  const maxSuggestions = options.maxSuggestions ?? 3;
  const parts: AnswerPart[] = [];
  if (query.intent === "unknown") {
    parts.push(unknownPart(index, query, today, maxSuggestions));
  } else if (query.intent === "list") {
    const byContest = query.window === undefined && query.filter === "any";
    parts.push(byContest ? contestListPart(index, query, today, maxList) : listPart(index, query, today, maxList));
  } else {
    for (const match of query.contests) {
      const editions = index.editions.get(match.slug);
      if (editions === undefined || editions.length === 0) continue;
      switch (query.intent) {
        case "registration_close":
        case "registration_open":
        case "registration":
          parts.push(registrationPart(editions, query, today));
          break;
        case "stage":
          parts.push(stagePart(editions, query, today));
          break;
        case "schedule":
          parts.push(schedulePart(editions, query, today));
          break;
        default:
          parts.push(detailsPart(editions, query, today));
      }
    }
  }
  return { query, isSample: parts.some((p) => citedContests(p).some((c) => c.isSample)), parts };
}

/** Parse and answer in one call. */
export function answerQuestion(
  text: string,
  source: CalendarIndex | readonly ContestData[],
  now: Date,
  options: AnswerOptions = {},
): CalendarAnswer {
  const index = toCalendarIndex(source);
  return answerQuery(parseQuestion(text, index, now), index, now, options);
}
