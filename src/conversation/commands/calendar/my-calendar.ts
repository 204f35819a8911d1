/**
 * "Agregar a mi calendario" (an .ics file with one edition's dates, or with every contest of the person's levels
 * that has a date ahead) and "Recordarme" (follow a contest's reminders, sent by the reminders feature).
 */
import type { Reply } from "../../../core/types.js";
import { textReply } from "../../../core/types.js";
import { buildIcs, type ContestData } from "../../../domain/calendar/index.js";
import { upcomingContestsFor } from "../../../domain/contests/index.js";
import { followContest } from "../../../domain/reminders/subscriptions.js";
import type { TurnContext } from "../../context.js";
import { personLevels, PREFIX, snapshotFor } from "./shared.js";

const encoder = new TextEncoder();

function icsFile(ctx: TurnContext, contests: ContestData | ContestData[], fileName: string, caption: string): Reply {
  const content = encoder.encode(buildIcs(contests, { now: ctx.now, t: ctx.t }));
  const sample = (Array.isArray(contests) ? contests : [contests]).some((c) => c.isSample);
  const fullCaption = sample ? `${caption}\n\n${ctx.t("calendar-sample-disclaimer")}` : caption;
  return { type: "file", fileName, mimeType: "text/calendar", content, caption: fullCaption };
}

function editionLabel(ctx: TurnContext, contest: ContestData): string {
  return ctx.t("calendar-contest-edition", { name: contest.shortName ?? contest.name, year: String(contest.year) });
}

function goneReply(ctx: TurnContext): Reply[] {
  return [textReply(ctx.t("calendar-contest-gone"), [[{ label: ctx.t("calendar-button-browse"), data: `${PREFIX}:p:1` }]])];
}

/** eureka-2027.ics */
export async function contestIcs(ctx: TurnContext, id: number): Promise<Reply[]> {
  const snapshot = await snapshotFor(ctx);
  const contest = snapshot.byId(id);
  if (contest === undefined) return goneReply(ctx);
  return [icsFile(ctx, contest, `${contest.slug}-${contest.year}.ics`, ctx.t("calendar-ics-caption", { contest: editionLabel(ctx, contest) }))];
}

/** Every contest of the person's levels with a date ahead, in one file. */
export async function myContestsIcs(ctx: TurnContext): Promise<Reply[]> {
  const snapshot = await snapshotFor(ctx);
  const contests = upcomingContestsFor(snapshot.contests, personLevels(ctx), ctx.now);
  if (contests.length === 0) return [textReply(ctx.t("calendar-ics-all-empty"))];
  return [icsFile(ctx, contests, "mis-concursos.ics", ctx.t("calendar-ics-all-caption", { count: contests.length }))];
}

export async function follow(ctx: TurnContext, id: number): Promise<Reply[]> {
  const snapshot = await snapshotFor(ctx);
  const contest = snapshot.byId(id);
  // The cache may be a little behind: the row decides.
  const row = await ctx.services.db.contest.findUnique({ where: { id }, select: { id: true, name: true, shortName: true, year: true } });
  if (row === null) return goneReply(ctx);
  const label = contest === undefined ? ctx.t("calendar-contest-edition", { name: row.shortName ?? row.name, year: String(row.year) }) : editionLabel(ctx, contest);
  const changed = await followContest(ctx.services.db, ctx.person.id, row.id);
  return [textReply(ctx.t(changed ? "calendar-follow-done" : "calendar-follow-already", { contest: label }))];
}
