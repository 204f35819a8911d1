/** What the calendar's commands, buttons and flows share: the cached calendar, rendering, and who may do what. */
import type { Level, RenderContext } from "../../../domain/calendar/index.js";
import { contestCalendar, type CalendarSnapshot } from "../../../domain/contests/index.js";
import { isSpecialist } from "../../../domain/roles.js";
import type { TurnContext } from "../../context.js";
import { AUDIENCES } from "../../permissions.js";

/** Button data prefix of every calendar button ("cal:<action>:<value>"). */
export const PREFIX = "cal";

export function snapshotFor(ctx: TurnContext): Promise<CalendarSnapshot> {
  return contestCalendar(ctx.services.db).snapshot(ctx.now);
}

export function renderContext(ctx: TurnContext): RenderContext {
  return { t: ctx.t, locale: ctx.locale, now: ctx.now };
}

/** Levels whose contests this person sees in /calendario; null = every contest (specialists, admins, no levels yet). */
export function personLevels(ctx: TurnContext): Level[] | null {
  if (ctx.isAdmin || isSpecialist(ctx.person.role)) return null;
  return ctx.person.levels.length > 0 ? (ctx.person.levels as Level[]) : null;
}

/** The official calendar is loaded by DRE specialists and admins. */
export function canImportCalendar(ctx: TurnContext): boolean {
  return AUDIENCES.calendarImporters(ctx);
}

/** A positive whole number from button data or command arguments. */
export function positiveInt(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}
