/**
 * Calendar questions typed in the chat, /concurso and the contest buttons: parse and answer on the cached
 * calendar (no query per question), render in the person's language, and offer what fits the answer —
 * "Agregar a mi calendario" and "Recordarme" for a contest, the closest contests when the question names
 * none the calendar has (names only: a suggestion never carries a date).
 */
import type { Button, Reply } from "../../../core/types.js";
import { textReply } from "../../../core/types.js";
import {
  answerQuery,
  isConfidentCalendarQuestion,
  matchContests,
  parseQuestion,
  suggestContests,
  tokenize,
  renderAnswer,
  type CalendarAnswer,
  type CalendarQuery,
  type ContestData,
  type ContestRef,
} from "../../../domain/calendar/index.js";
import type { CalendarSnapshot } from "../../../domain/contests/index.js";
import type { TurnContext } from "../../context.js";
import { PREFIX, renderContext, snapshotFor } from "./shared.js";

/** Longer messages are not calendar questions; reading only the start keeps a pasted essay cheap. */
const MAX_QUESTION_CHARS = 400;
const MAX_CONTEST_BUTTONS = 8;

function contestActions(ctx: TurnContext, snapshot: CalendarSnapshot, refs: ContestRef[]): Button[][] {
  const ids = refs.map((ref) => snapshot.idOf(ref)).filter((id): id is number => id !== undefined);
  const unique = [...new Set(ids)].slice(0, 3);
  if (unique.length === 1) {
    const id = unique[0]!;
    return [[{ label: ctx.t("calendar-button-ics"), data: `${PREFIX}:i:${id}` }, { label: ctx.t("calendar-button-follow"), data: `${PREFIX}:f:${id}` }]];
  }
  return unique.map((id) => {
    const contest = snapshot.byId(id)!;
    const name = contest.shortName ?? contest.name;
    return [
      { label: ctx.t("calendar-button-ics-named", { contest: name }), data: `${PREFIX}:i:${id}` },
      { label: ctx.t("calendar-button-follow-named", { contest: name }), data: `${PREFIX}:f:${id}` },
    ];
  });
}

/** Contest names as buttons, two per row; each opens that contest. */
function contestButtons(snapshot: CalendarSnapshot, refs: ContestRef[]): Button[][] {
  const buttons: Button[] = [];
  for (const ref of refs) {
    const id = snapshot.idOf(ref);
    if (id === undefined || buttons.some((b) => b.data === `${PREFIX}:c:${id}`)) continue;
    buttons.push({ label: ref.displayName, data: `${PREFIX}:c:${id}` });
    if (buttons.length >= MAX_CONTEST_BUTTONS) break;
  }
  const rows: Button[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return rows;
}

function browseButton(ctx: TurnContext): Button {
  return { label: ctx.t("calendar-button-browse"), data: `${PREFIX}:p:1` };
}

export function answerButtons(ctx: TurnContext, snapshot: CalendarSnapshot, answer: CalendarAnswer): Button[][] {
  const rows: Button[][] = [];
  const contests: ContestRef[] = [];
  for (const part of answer.parts) {
    switch (part.type) {
      case "unknown":
        rows.push(...contestButtons(snapshot, part.suggestions), [browseButton(ctx)]);
        break;
      case "contest-list":
        rows.push(...contestButtons(snapshot, part.items.map((item) => item.contest)), [browseButton(ctx)]);
        break;
      case "list":
        rows.push([browseButton(ctx)]);
        break;
      default:
        contests.push(part.contest);
    }
  }
  return [...contestActions(ctx, snapshot, contests), ...rows];
}

function reply(ctx: TurnContext, snapshot: CalendarSnapshot, answer: CalendarAnswer): Reply {
  return textReply(renderAnswer(answer, renderContext(ctx)), answerButtons(ctx, snapshot, answer));
}

/** Free text: an answer when it is a calendar question (even an unanswerable one), null when it is not. */
export async function answerFreeText(ctx: TurnContext, text: string): Promise<Reply[] | null> {
  const question = text.slice(0, MAX_QUESTION_CHARS);
  const snapshot = await snapshotFor(ctx);
  const query = parseQuestion(question, snapshot.index, ctx.now);
  if (query.intent === "unknown" && query.unknownReason === "not-understood") return null;
  return [reply(ctx, snapshot, answerQuery(query, snapshot.index, ctx.now))];
}

/**
 * A question typed before onboarding is finished: answered only when it surely is one (see
 * isConfidentCalendarQuestion), without buttons (following a contest needs a profile).
 */
export async function answerPublicQuestion(ctx: TurnContext, text: string): Promise<Reply[] | null> {
  const snapshot = await snapshotFor(ctx);
  const query = parseQuestion(text.slice(0, MAX_QUESTION_CHARS), snapshot.index, ctx.now);
  if (!isConfidentCalendarQuestion(query)) return null;
  return [textReply(renderAnswer(answerQuery(query, snapshot.index, ctx.now), renderContext(ctx)))];
}

function baseQuery(text: string, intent: CalendarQuery["intent"]): CalendarQuery {
  return { text, intent, contests: [], suggestions: [], unknownTerms: [], filter: "any", levels: [], areas: [] };
}

/** Everything about the contests a name designates (/concurso Eureka), or the closest ones when none. */
export async function answerContestName(ctx: TurnContext, name: string): Promise<Reply[]> {
  const snapshot = await snapshotFor(ctx);
  const text = name.slice(0, MAX_QUESTION_CHARS);
  const parsed = parseQuestion(text, snapshot.index, ctx.now);
  let query: CalendarQuery = parsed;
  if (parsed.contests.length > 0) {
    query = { ...parsed, intent: "details" };
  } else if (parsed.unknownReason !== "ambiguous") {
    // "/concurso xyz" always names a contest: report it as not found, with the closest ones by name.
    const tokens = tokenize(text);
    const suggestions = suggestContests(snapshot.index.matcher, tokens, matchContests(snapshot.index.matcher, tokens));
    query = { ...baseQuery(text, "unknown"), unknownReason: "no-match", unknownTerms: [text.trim()], suggestions };
  }
  return [reply(ctx, snapshot, answerQuery(query, snapshot.index, ctx.now))];
}

function editionQuery(contest: ContestData): CalendarQuery {
  return {
    ...baseQuery(contest.name, "details"),
    contests: [{ slug: contest.slug, name: contest.shortName ?? contest.name, score: 1, positions: [], confident: true }],
    year: contest.year,
  };
}

/** One edition, by id (a contest button): all its stages, with its buttons. */
export async function answerContestById(ctx: TurnContext, id: number): Promise<Reply[]> {
  const snapshot = await snapshotFor(ctx);
  const contest = snapshot.byId(id);
  if (contest === undefined) return [textReply(ctx.t("calendar-contest-gone"), [[browseButton(ctx)]])];
  return [reply(ctx, snapshot, answerQuery(editionQuery(contest), snapshot.index, ctx.now))];
}

/** /concurso with nothing after it: how to use it, and the contests with dates ahead as buttons. */
export async function contestPicker(ctx: TurnContext): Promise<Reply[]> {
  const snapshot = await snapshotFor(ctx);
  const answer = answerQuery(baseQuery("", "list"), snapshot.index, ctx.now, { maxListItems: MAX_CONTEST_BUTTONS });
  const refs = answer.parts.flatMap((part) => (part.type === "contest-list" ? part.items.map((item) => item.contest) : []));
  return [textReply(ctx.t("calendar-concurso-usage"), [...contestButtons(snapshot, refs), [browseButton(ctx)]])];
}
