/**
 * /recordatorios: which contests remind this person and when. Mute or turn back on one contest, all
 * reminders, or choose the days before a date (7, 3, 1, the same day...). The "Silenciar este concurso" button
 * of every reminder lands here too (rem:m:<contestId>).
 */
import type { Button, Reply } from "../../core/types.js";
import { textReply } from "../../core/types.js";
import { formatDate, formatMonthHeading, todayInLima } from "../../domain/calendar/lima-time.js";
import { offeredOffsets } from "../../domain/reminders/offsets.js";
import {
  followContest,
  muteContest,
  reminderContests,
  reminderOffsetsOf,
  setAllRemindersMuted,
  setReminderOffsets,
} from "../../domain/reminders/subscriptions.js";
import type { Feature, TurnContext } from "../context.js";

async function freshPerson(ctx: TurnContext) {
  return ctx.services.db.person.findUniqueOrThrow({ where: { id: ctx.person.id } });
}

function offsetsText(ctx: TurnContext, offsets: number[]): string {
  const parts = [...offsets].sort((a, b) => b - a).map((days) => ctx.t("reminders-offset", { days }));
  return new Intl.ListFormat(ctx.locale === "en" ? "en" : "es", { type: "conjunction" }).format(parts);
}

/** Contests per page of /recordatorios (each has its own button). */
export const REMINDERS_PAGE_SIZE = 8;

async function overview(ctx: TurnContext, notice?: string, page = 1): Promise<Reply[]> {
  const person = await freshPerson(ctx);
  const offsets = reminderOffsetsOf(person, ctx.services.settings.reminderOffsetsDays);
  const contests = await reminderContests(ctx.services.db, person, todayInLima(ctx.now));
  const pages = Math.max(1, Math.ceil(contests.length / REMINDERS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const shown = contests.slice((current - 1) * REMINDERS_PAGE_SIZE, current * REMINDERS_PAGE_SIZE);
  const lines = notice ? [notice, ""] : [];
  lines.push(ctx.t("reminders-heading"), ctx.t(person.remindersMuted ? "reminders-all-muted" : "reminders-active", { when: offsetsText(ctx, offsets) }));
  const buttons: Button[][] = [];
  if (contests.length === 0) lines.push(ctx.t("reminders-no-contests"));
  else lines.push(ctx.t("reminders-contests-by-month", { count: contests.length, page: current, pages }));
  let month = "";
  for (const contest of shown) {
    if (contest.nextDate.slice(0, 7) !== month) {
      month = contest.nextDate.slice(0, 7);
      lines.push("", ctx.t("reminders-month-heading", { month: formatMonthHeading(month, ctx.locale) }));
    }
    const state = contest.muted ? "muted" : contest.followed ? "followed" : "default";
    const name = editionName(ctx, contest);
    lines.push(ctx.t("reminders-contest-line", { contest: name, state, date: formatDate(contest.nextDate, ctx.locale) }));
    buttons.push([
      contest.muted
        ? { label: ctx.t("reminders-button-unmute", { contest: name }), data: `rem:u:${contest.contestId}` }
        : { label: ctx.t("reminders-button-mute", { contest: name }), data: `rem:m:${contest.contestId}` },
    ]);
  }
  const paging: Button[] = [];
  if (current > 1) paging.push({ label: ctx.t("reg-button-previous"), data: `rem:p:${current - 1}` });
  if (current < pages) paging.push({ label: ctx.t("reg-button-next"), data: `rem:p:${current + 1}` });
  if (paging.length > 0) buttons.push(paging);
  buttons.push([
    person.remindersMuted
      ? { label: ctx.t("reminders-button-unmute-all"), data: "rem:all:0" }
      : { label: ctx.t("reminders-button-mute-all"), data: "rem:all:1" },
    { label: ctx.t("reminders-button-when"), data: "rem:o" },
  ]);
  return [textReply(lines.join("\n"), buttons)];
}

async function offsetsMenu(ctx: TurnContext, notice?: string): Promise<Reply[]> {
  const person = await freshPerson(ctx);
  const current = new Set(reminderOffsetsOf(person, ctx.services.settings.reminderOffsetsDays));
  const buttons: Button[][] = offeredOffsets(ctx.services.settings.reminderOffsetsDays).map((days) => [
    { label: `${current.has(days) ? "☑" : "☐"} ${ctx.t("reminders-offset", { days })}`, data: `rem:t:${days}` },
  ]);
  buttons.push([
    { label: ctx.t("reminders-button-default"), data: "rem:d" },
    { label: ctx.t("reminders-button-done"), data: "rem:v" },
  ]);
  const lines = notice ? [notice, ctx.t("reminders-when-intro")] : [ctx.t("reminders-when-intro")];
  return [textReply(lines.join("\n"), buttons)];
}

/** "Eureka 2027": the 2026 and 2027 editions may both have dates ahead. */
function editionName(ctx: TurnContext, contest: { name: string; year: number }): string {
  return ctx.t("calendar-contest-edition", { name: contest.name, year: String(contest.year) });
}

async function contestName(ctx: TurnContext, rawId: string): Promise<{ id: number; name: string } | null> {
  if (!/^\d{1,9}$/.test(rawId)) return null;
  const contest = await ctx.services.db.contest.findUnique({ where: { id: Number(rawId) }, select: { id: true, name: true, shortName: true, year: true } });
  return contest ? { id: contest.id, name: editionName(ctx, { name: contest.shortName ?? contest.name, year: contest.year }) } : null;
}

export const remindersFeature: Feature = {
  name: "reminders",
  commands: [{ name: "recordatorios", aliases: ["reminders"], helpKey: "help-recordatorios", run: (ctx) => overview(ctx) }],
  buttons: {
    rem: async (ctx, data) => {
      const [, action = "", value = ""] = data.split(":");
      const { db } = ctx.services;
      switch (action) {
        case "m":
        case "u":
        case "f": {
          const contest = await contestName(ctx, value);
          if (!contest) return [textReply(ctx.t("button-unknown"))];
          if (action === "m") {
            await muteContest(db, ctx.person.id, contest.id);
            return [
              textReply(ctx.t("reminders-muted-one", { contest: contest.name }), [
                [{ label: ctx.t("reminders-button-undo"), data: `rem:u:${contest.id}` }],
                [{ label: ctx.t("reminders-button-settings"), data: "rem:v" }],
              ]),
            ];
          }
          await followContest(db, ctx.person.id, contest.id);
          return overview(ctx, ctx.t(action === "f" ? "reminders-followed-one" : "reminders-unmuted-one", { contest: contest.name }));
        }
        case "all":
          await setAllRemindersMuted(db, ctx.person.id, value === "1");
          return overview(ctx, ctx.t(value === "1" ? "reminders-muted-all" : "reminders-unmuted-all"));
        case "o":
          return offsetsMenu(ctx);
        case "t": {
          const days = Number(value);
          const offered = offeredOffsets(ctx.services.settings.reminderOffsetsDays);
          if (!/^\d{1,2}$/.test(value) || !offered.includes(days)) return [textReply(ctx.t("button-unknown"))];
          const person = await freshPerson(ctx);
          const chosen = new Set(reminderOffsetsOf(person, ctx.services.settings.reminderOffsetsDays));
          if (chosen.has(days)) chosen.delete(days);
          else chosen.add(days);
          if (chosen.size === 0) return offsetsMenu(ctx, ctx.t("reminders-at-least-one"));
          await setReminderOffsets(db, ctx.person.id, [...chosen]);
          return offsetsMenu(ctx);
        }
        case "d":
          await setReminderOffsets(db, ctx.person.id, null);
          return offsetsMenu(ctx);
        case "v":
          return overview(ctx);
        case "p":
          return /^\d{1,4}$/.test(value) ? overview(ctx, undefined, Number(value)) : [textReply(ctx.t("button-unknown"))];
        default:
          return [textReply(ctx.t("button-unknown"))];
      }
    },
  },
};
