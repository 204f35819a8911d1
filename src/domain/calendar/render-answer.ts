/**
 * Structured answer → text, through an injected Fluent translator. Every sentence lives in
 * the calendar section of locales/*.ftl; this file only chooses the message and formats dates as arguments.
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
import type { ContestRef, DateFact } from "./facts.js";
import type { ListItem, MonthGroup, MonthPage } from "./list-by-month.js";
import { daysBetween, formatDate, formatDateRange, formatMonth, formatMonthHeading, timeOf, type CalendarLocale } from "./lima-time.js";
import type { Level } from "./types.js";

export type Translate = (key: string, args?: Record<string, string | number>) => string;

export interface RenderContext {
  t: Translate;
  locale: CalendarLocale;
  /** Today in Lima, for "en N días" and the periods of a list. */
  now: Date;
}

const listFormats = new Map<string, Intl.ListFormat>();

function joinList(items: readonly string[], locale: CalendarLocale, type: "conjunction" | "disjunction"): string {
  const key = `${locale}|${type}`;
  let format = listFormats.get(key);
  if (format === undefined) {
    format = new Intl.ListFormat(locale, { type });
    listFormats.set(key, format);
  }
  return format.format(items);
}

class Renderer {
  constructor(private readonly ctx: RenderContext) {}

  private t(key: string, args?: Record<string, string | number>): string {
    return this.ctx.t(key, args);
  }

  contest(ref: ContestRef): string {
    return this.t("calendar-contest-edition", { name: ref.displayName, year: String(ref.year) });
  }

  private withTime(date: string, value: string): string {
    const time = timeOf(value);
    return time === undefined ? date : this.t("calendar-date-with-time", { date, time });
  }

  date(value: string): string {
    return this.withTime(formatDate(value, this.ctx.locale), value);
  }

  /** Both ends of "del … al …", the start without the month and year its end repeats. */
  range(startValue: string, endValue: string): { start: string; end: string } {
    const { start, end } = formatDateRange(startValue, endValue, this.ctx.locale);
    return { start: this.withTime(start, startValue), end: this.withTime(end, endValue) };
  }

  levels(levels: readonly Level[]): string {
    return joinList(levels.map((l) => this.t(`calendar-level-${l}`)), this.ctx.locale, "conjunction");
  }

  private missingYear(part: { contest: ContestRef; missingYear?: number }): string[] {
    if (part.missingYear === undefined) return [];
    return [
      this.t("calendar-missing-year", {
        name: part.contest.displayName,
        year: String(part.missingYear),
        shown: String(part.contest.year),
      }),
    ];
  }

  private closesLine(contest: string, fact: DateFact): string {
    const date = this.date(fact.start);
    if (fact.status === "past") return this.t("calendar-reg-closes-past", { contest, date });
    if (fact.status === "today") return this.t("calendar-reg-closes-today", { contest, date });
    return this.t("calendar-reg-closes-upcoming", { contest, date, days: fact.daysUntilStart });
  }

  private opensLine(contest: string, fact: DateFact): string {
    const date = this.date(fact.start);
    if (fact.status === "past") return this.t("calendar-reg-opens-past", { contest, date });
    if (fact.status === "today") return this.t("calendar-reg-opens-today", { contest, date });
    return this.t("calendar-reg-opens-upcoming", { contest, date, days: fact.daysUntilStart });
  }

  registration(part: RegistrationPart): string[] {
    const contest = this.contest(part.contest);
    const lines = this.missingYear(part);
    const { opens, closes } = part;
    if (opens === undefined && closes === undefined) return [...lines, this.t("calendar-reg-none", { contest })];
    const opensLine = opens === undefined ? this.t("calendar-reg-opens-missing", { contest }) : this.opensLine(contest, opens);
    const closesLine = closes === undefined ? this.t("calendar-reg-closes-missing", { contest }) : this.closesLine(contest, closes);
    if (part.focus === "close") {
      // Not open yet: say when it opens too, first, so the two dates read in the order they come.
      if (opens !== undefined && opens.status === "upcoming") lines.push(opensLine);
      lines.push(closesLine);
    } else {
      lines.push(opensLine);
      if (closes !== undefined || part.focus === "both") lines.push(closesLine);
    }
    return lines;
  }

  stage(part: StagePart): string[] {
    const contest = this.contest(part.contest);
    const lines = this.missingYear(part);
    if (part.stage === undefined) {
      return [...lines, this.t("calendar-stage-missing", { contest, kind: this.t(`calendar-stage-kind-${part.target}`) })];
    }
    const stage = part.stage.name;
    const event = part.event;
    if (event === undefined) return [...lines, this.t("calendar-stage-undated", { contest, stage })];
    if (event.singleDay) {
      const date = this.date(event.start);
      if (event.status === "past") lines.push(this.t("calendar-stage-day-past", { contest, stage, date }));
      else if (event.status === "upcoming") lines.push(this.t("calendar-stage-day-upcoming", { contest, stage, date, days: event.daysUntilStart }));
      else lines.push(this.t("calendar-stage-day-today", { contest, stage, date }));
    } else {
      const { start, end } = this.range(event.start, event.end);
      if (event.status === "past") lines.push(this.t("calendar-stage-range-past", { contest, stage, start, end }));
      else if (event.status === "upcoming") lines.push(this.t("calendar-stage-range-upcoming", { contest, stage, start, end, days: event.daysUntilStart }));
      else lines.push(this.t("calendar-stage-range-ongoing", { contest, stage, start, end, days: event.daysUntilEnd }));
    }
    if (part.stage.place !== undefined) lines.push(this.t("calendar-stage-place", { place: part.stage.place }));
    return lines;
  }

  private timelineLines(part: SchedulePart | DetailsPart): string[] {
    const lines: string[] = [];
    for (const fact of part.facts) {
      const mark = this.t(fact === part.next ? "calendar-mark-next" : fact.status === "past" ? "calendar-mark-past" : "calendar-mark-other");
      const stage = fact.stage.name;
      if (fact.kind === "registration-opens") lines.push(this.t("calendar-schedule-registration-opens", { mark, stage, date: this.date(fact.start) }));
      else if (fact.kind === "registration-closes") lines.push(this.t("calendar-schedule-registration-closes", { mark, stage, date: this.date(fact.start) }));
      else if (fact.singleDay) lines.push(this.t("calendar-schedule-event-day", { mark, stage, date: this.date(fact.start) }));
      else lines.push(this.t("calendar-schedule-event-range", { mark, stage, ...this.range(fact.start, fact.end) }));
    }
    for (const stage of part.undated) lines.push(this.t("calendar-schedule-undated", { stage: stage.name }));
    if (part.next === undefined && part.facts.length > 0) lines.push(this.t("calendar-schedule-all-past"));
    return lines;
  }

  schedule(part: SchedulePart): string[] {
    return [
      ...this.missingYear(part),
      this.t("calendar-schedule-header", { contest: this.contest(part.contest) }),
      ...this.timelineLines(part),
    ];
  }

  details(part: DetailsPart): string[] {
    const { summary } = part;
    const lines = [
      ...this.missingYear(part),
      this.t("calendar-details-header", { name: part.contest.name, year: String(part.contest.year) }),
      this.t("calendar-details-organizer", { organizer: summary.organizer }),
      this.t("calendar-details-area", { area: this.t(`calendar-area-${summary.area}`) }),
    ];
    if (summary.levels.length > 0) lines.push(this.t("calendar-details-levels", { levels: this.levels(summary.levels) }));
    if (summary.grades !== undefined) lines.push(this.t("calendar-details-grades", { grades: summary.grades }));
    if (summary.categories.length > 0) {
      lines.push(this.t("calendar-details-categories", { categories: summary.categories.join("; ") }));
    }
    if (summary.basesUrl !== undefined) lines.push(this.t("calendar-details-bases", { url: summary.basesUrl }));
    if (part.levelsMatch === true) lines.push(this.t("calendar-details-levels-yes", { levels: this.levels(part.askedLevels) }));
    if (part.levelsMatch === false) {
      lines.push(this.t("calendar-details-levels-no", { asked: this.levels(part.askedLevels), levels: this.levels(summary.levels) }));
    }
    lines.push("", this.t("calendar-schedule-header", { contest: this.contest(part.contest) }), ...this.timelineLines(part));
    return lines;
  }

  private period(part: ListPart): string {
    const w = part.window;
    if (w === undefined) return this.t("calendar-period-upcoming");
    const { start, end } = this.range(w.start, w.end);
    const month = formatMonth(w.start.slice(0, 7), this.ctx.locale);
    switch (w.kind) {
      case "named-month":
        return w.start.slice(0, 7) === w.end.slice(0, 7)
          ? this.t("calendar-period-named-month", { month })
          : this.t("calendar-period-year", { start, end });
      case "soon":
      case "days":
        return this.t(`calendar-period-${w.kind}`, { days: daysBetween(w.start, w.end) });
      default:
        return this.t(`calendar-period-${w.kind}`, { start, end, month });
    }
  }

  listItem(item: ListItem): string {
    const { fact } = item;
    const contest = this.contest(item.contest);
    const day = this.date(fact.start);
    const stage = fact.stage.name;
    switch (fact.kind) {
      case "registration-opens":
        return this.t("calendar-list-registration-opens", { day, contest });
      case "registration-closes":
        if (item.ongoing) return this.t("calendar-list-registration-ongoing", { contest, end: this.date(fact.end) });
        if (fact.status === "past") return this.t("calendar-list-registration-closed", { day, contest });
        return this.t("calendar-list-registration-closes", { day, contest, days: fact.daysUntilEnd });
      default:
        if (item.ongoing) return this.t("calendar-list-event-ongoing", { contest, stage, end: this.date(fact.end) });
        if (fact.singleDay) return this.t("calendar-list-event-day", { day, contest, stage });
        return this.t("calendar-list-event-range", { ...this.range(fact.start, fact.end), contest, stage });
    }
  }

  months(groups: readonly MonthGroup[]): string[] {
    const lines: string[] = [];
    for (const group of groups) {
      const month = formatMonthHeading(group.month, this.ctx.locale);
      lines.push(this.t(group.continued ? "calendar-list-month-continued" : "calendar-list-month", { month }));
      for (const item of group.items) lines.push(this.listItem(item));
    }
    return lines;
  }

  list(part: ListPart): string[] {
    const levels = part.levels.length > 0 ? this.levels(part.levels) : "none";
    const lines = [this.t("calendar-list-header", { filter: part.filter, period: this.period(part), levels })];
    if (part.total === 0) return [...lines, this.t("calendar-list-empty")];
    lines.push(...this.months(part.months));
    if (part.total > part.shown) lines.push(this.t("calendar-list-more", { count: part.total - part.shown }));
    return lines;
  }

  contestList(part: ContestListPart): string[] {
    const levels = part.levels.length > 0 ? this.levels(part.levels) : undefined;
    if (part.items.length === 0) {
      return [levels === undefined ? this.t("calendar-contests-empty") : this.t("calendar-contests-empty-levels", { levels })];
    }
    const lines = [levels === undefined ? this.t("calendar-contests-header") : this.t("calendar-contests-header-levels", { levels })];
    for (const { contest: ref, next } of part.items) {
      if (next === undefined) continue;
      const contest = this.contest(ref);
      if (next.kind === "registration-closes") lines.push(this.t("calendar-contests-registration-closes", { contest, date: this.date(next.start) }));
      else if (next.kind === "registration-opens") lines.push(this.t("calendar-contests-registration-opens", { contest, date: this.date(next.start) }));
      else if (next.status === "ongoing") lines.push(this.t("calendar-contests-event-ongoing", { contest, stage: next.stage.name, end: this.date(next.end) }));
      else lines.push(this.t("calendar-contests-event", { contest, stage: next.stage.name, date: this.date(next.start) }));
    }
    return lines;
  }

  unknown(part: UnknownPart): string[] {
    const names = part.suggestions.map((s) => s.displayName);
    const list = joinList(names, this.ctx.locale, "disjunction");
    switch (part.reason) {
      case "ambiguous":
        return names.length > 0 ? [this.t("calendar-unknown-ambiguous", { list })] : [this.t("calendar-unknown-no-match")];
      case "need-contest":
        return [names.length > 0 ? this.t("calendar-unknown-need-contest", { list }) : this.t("calendar-unknown-need-contest-plain")];
      case "no-match": {
        const first =
          part.terms.length > 0 ? this.t("calendar-unknown-no-match-terms", { terms: part.terms.join(" ") }) : this.t("calendar-unknown-no-match");
        return [first, names.length > 0 ? this.t("calendar-unknown-suggestions", { list }) : this.t("calendar-unknown-browse")];
      }
      default:
        return [this.t("calendar-unknown-not-understood")];
    }
  }

  part(part: AnswerPart): string[] {
    switch (part.type) {
      case "registration":
        return this.registration(part);
      case "stage":
        return this.stage(part);
      case "schedule":
        return this.schedule(part);
      case "details":
        return this.details(part);
      case "list":
        return this.list(part);
      case "contest-list":
        return this.contestList(part);
      case "unknown":
        return this.unknown(part);
    }
  }
}

export function renderAnswer(answer: CalendarAnswer, ctx: RenderContext): string {
  const renderer = new Renderer(ctx);
  const blocks = answer.parts.map((part) => renderer.part(part).join("\n"));
  if (answer.isSample) blocks.push(ctx.t("calendar-sample-disclaimer"));
  return blocks.join("\n\n");
}

/** One page of `/calendario` (see listByMonth). */
export function renderMonthPage(page: MonthPage, ctx: RenderContext): string {
  const renderer = new Renderer(ctx);
  if (page.totalItems === 0) return ctx.t("calendar-page-empty");
  const lines = [ctx.t("calendar-page-header", { page: page.page, pages: page.totalPages }), ...renderer.months(page.months)];
  if (page.page < page.totalPages) lines.push("", ctx.t("calendar-page-next", { next: page.page + 1 }));
  if (page.isSample) lines.push("", ctx.t("calendar-sample-disclaimer"));
  return lines.join("\n");
}
