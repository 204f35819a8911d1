/**
 * Whether a parsed text is surely a calendar question, for places where free text normally means something
 * else (an onboarding step waiting for an answer). Only a question naming a contest the matcher is confident
 * about, or a list with a period or a deadline filter, counts; a bare name or a school's name never does.
 */
import type { CalendarQuery } from "./parse-question.js";

export function isConfidentCalendarQuestion(query: CalendarQuery): boolean {
  if (query.asks !== true || query.intent === "unknown") return false;
  if (query.intent === "list") return query.window !== undefined || query.filter !== "any";
  return query.contests.length > 0 && query.contests.every((contest) => contest.confident);
}
