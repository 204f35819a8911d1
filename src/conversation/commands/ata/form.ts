/**
 * /ata as a form: milestone, title, message, an optional session (day, time, place or link), the audience
 * (UGELs — a UGEL specialist's own, without asking —, roles, levels, optionally one school) and when to send.
 * Submitting saves a draft and shows the preview; nothing is queued before "Confirmar" (see feature.ts).
 */
import { z } from "zod";
import { formatDate, formatLimaInstant } from "../../../domain/calendar/lima-time.js";
import { AUDIENCE_ROLES, allowedUgelIds, AtaError } from "../../../domain/ata/audience.js";
import { createAtaDraft, limaDayAndTime, type AtaInput } from "../../../domain/ata/announcements.js";
import { LEVELS } from "../../../domain/roles.js";
import { findSchool } from "../../../domain/schools.js";
import { codigoModularSchema } from "../../../forms/fields/school.js";
import type { Level, Role } from "../../../domain/db-types.js";
import type { AtaAnnouncement } from "../../../generated/prisma/client.js";
import type { AtaMilestone } from "../../../generated/prisma/enums.js";
import { textReply } from "../../../core/types.js";
import { fixedOptions } from "../../../forms/format.js";
import type { Answers, FieldDef, FormDef, FormEnv } from "../../../forms/types.js";
import type { TurnContext } from "../../context.js";
import { previewReplies } from "./preview.js";
import { exampleDates, formatLimaDateTime, formatLimaDay, parseLimaDateTime, parseLimaDay, parseTime, readLimaDay } from "./when.js";

export const ATA_FORM = "ata";
export const MILESTONES = ["inicio", "proceso", "cierre"] as const;
export const TITLE_MAX = 120;
export const BODY_MAX = 2500;

const turn = (env: FormEnv) => env.services as TurnContext;
const hasSession = (answers: Answers) => answers.hasSession === "si";
const isUgelSpecialist = (env: FormEnv) => turn(env).person.role === "especialista_ugel";

const ugelNames = new Map<string, string>();

async function ugelOptions(env: FormEnv) {
  const ctx = turn(env);
  const ids = await allowedUgelIds(ctx.services.db, ctx.person);
  const ugels = await ctx.services.db.ugel.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
  for (const ugel of ugels) ugelNames.set(ugel.id, ugel.name);
  return ugels.map((ugel) => ({ value: ugel.id, label: ugel.name }));
}

/** The UGELs of the audience: a UGEL specialist's own one, or the ones chosen. */
function audienceUgels(answers: Answers, env: FormEnv): string[] {
  const ctx = turn(env);
  if (ctx.person.role === "especialista_ugel") return ctx.person.ugelId ? [ctx.person.ugelId] : [];
  return Array.isArray(answers.ugels) ? (answers.ugels as string[]) : [];
}

const fields: FieldDef[] = [
  {
    key: "milestone",
    kind: "choice",
    promptKey: "ata-ask-milestone",
    labelKey: "ata-label-milestone",
    options: () => fixedOptions("milestone", MILESTONES),
  },
  {
    key: "title",
    kind: "text",
    promptKey: "ata-ask-title",
    labelKey: "ata-label-title",
    schema: z.string().trim().min(5, "ata-error-title").max(TITLE_MAX, "ata-error-title"),
  },
  {
    key: "body",
    kind: "longText",
    promptKey: "ata-ask-body",
    labelKey: "ata-label-body",
    maxChars: BODY_MAX,
  },
  {
    key: "hasSession",
    kind: "choice",
    promptKey: "ata-ask-has-session",
    labelKey: "ata-label-has-session",
    options: () => fixedOptions("hasSession", ["si", "no"]),
  },
  {
    key: "sessionDate",
    kind: "date",
    promptKey: "ata-ask-session-date",
    promptArgs: (_answers, env) => exampleDates(env.now),
    labelKey: "ata-label-session-date",
    skip: (answers) => !hasSession(answers),
    schema: z.string().trim().max(20, "ata-error-date-format"),
    check: async (value, _answers, env) => {
      const typed = readLimaDay(String(value), env.now);
      if (!typed) return { key: "ata-error-date", args: exampleDates(env.now) };
      const today = limaDayAndTime(env.now).day;
      if (typed.day >= today) return null;
      if (!typed.yearGuessed) return { key: "ata-error-date-past" };
      const [year, month, day] = typed.day.split("-");
      return { key: "ata-error-date-past-no-year", args: { date: formatDate(typed.day, env.locale === "en" ? "en" : "es"), example: `${day}/${month}/${Number(year) + 1}` } };
    },
    format: (value, env) => {
      const day = parseLimaDay(String(value), env.now);
      return day ? formatDate(day, env.locale === "en" ? "en" : "es") : String(value);
    },
  },
  {
    key: "sessionTime",
    emptyKey: "ata-session-time-none",
    kind: "text",
    promptKey: "ata-ask-session-time",
    labelKey: "ata-label-session-time",
    optional: true,
    skip: (answers) => !hasSession(answers),
    schema: z.string().trim().max(20, "ata-error-time").refine((text) => parseTime(text) !== null, "ata-error-time"),
    format: (value) => (value ? (parseTime(String(value)) ?? String(value)) : "—"),
  },
  {
    key: "sessionWhere",
    emptyKey: "ata-session-where-none",
    kind: "text",
    promptKey: "ata-ask-session-where",
    labelKey: "ata-label-session-where",
    optional: true,
    skip: (answers) => !hasSession(answers),
    schema: z.string().trim().min(3, "ata-error-where").max(300, "ata-error-where"),
  },
  {
    key: "ugels",
    kind: "multiChoice",
    promptKey: "ata-ask-ugels",
    labelKey: "ata-label-ugels",
    skip: (_answers, env) => isUgelSpecialist(env),
    options: (_answers, env) => ugelOptions(env),
    derive: async (value, answers) => {
      // A school chosen before must still be in one of the UGELs: otherwise it is dropped (the summary shows it).
      if (typeof answers.schoolUgel !== "string" || (value as string[]).includes(answers.schoolUgel)) return {};
      return { codigoModular: undefined, schoolId: undefined, schoolName: undefined, schoolUgel: undefined };
    },
    format: (value) => (Array.isArray(value) ? value.map((id) => ugelNames.get(String(id)) ?? String(id)).join(", ") : "—"),
  },
  {
    key: "audienceRoles",
    kind: "multiChoice",
    promptKey: "ata-ask-roles",
    labelKey: "ata-label-roles",
    options: () => fixedOptions("audienceRoles", AUDIENCE_ROLES),
  },
  {
    key: "levels",
    emptyKey: "ata-levels-all",
    kind: "multiChoice",
    promptKey: "ata-ask-levels",
    labelKey: "ata-label-levels",
    optional: true,
    options: () => fixedOptions("levels", LEVELS),
  },
  {
    key: "codigoModular",
    kind: "text",
    promptKey: "ata-ask-school",
    labelKey: "ata-label-school",
    emptyKey: "ata-school-all",
    optional: true,
    schema: codigoModularSchema("ata-error-codigo-modular"),
    check: async (value, answers, env) => {
      const school = await findSchool(turn(env).services.db, String(value));
      if (!school) return { key: "ata-error-school-unknown" };
      if (!school.ugelId || !audienceUgels(answers, env).includes(school.ugelId)) return { key: "ata-error-school-outside" };
      return null;
    },
    derive: async (value, _answers, env) => {
      const school = await findSchool(turn(env).services.db, String(value));
      return { schoolId: school?.id, schoolName: school?.name, schoolUgel: school?.ugelId ?? undefined };
    },
    format: (value) => (value ? String(value) : "—"),
  },
  {
    key: "when",
    kind: "choice",
    promptKey: "ata-ask-when",
    labelKey: "ata-label-when",
    options: () => fixedOptions("when", ["ahora", "programar"]),
  },
  {
    key: "scheduledAt",
    kind: "text",
    promptKey: "ata-ask-scheduled-at",
    promptArgs: (_answers, env) => exampleDates(env.now),
    labelKey: "ata-label-scheduled-at",
    skip: (answers) => answers.when !== "programar",
    schema: z.string().trim().max(30, "ata-error-datetime-format"),
    check: async (value, _answers, env) => {
      const instant = parseLimaDateTime(String(value), env.now);
      if (!instant) return { key: "ata-error-datetime", args: exampleDates(env.now) };
      if (instant.getTime() <= env.now.getTime()) return { key: "ata-error-datetime-past" };
      if (instant.getTime() > env.now.getTime() + 366 * 86_400_000) return { key: "ata-error-datetime-far" };
      return null;
    },
    format: (value, env) => {
      const instant = parseLimaDateTime(String(value), env.now);
      return instant ? formatLimaInstant(instant, env.locale === "en" ? "en" : "es") : String(value);
    },
  },
];

export function inputFromAnswers(answers: Answers, env: FormEnv): AtaInput {
  const day = hasSession(answers) ? parseLimaDay(String(answers.sessionDate), env.now) : null;
  const time = hasSession(answers) && answers.sessionTime ? parseTime(String(answers.sessionTime)) : null;
  return {
    milestone: answers.milestone as AtaMilestone,
    title: String(answers.title).trim(),
    body: String(answers.body).trim(),
    session: day ? { day, time } : null,
    sessionWhere: hasSession(answers) && typeof answers.sessionWhere === "string" ? answers.sessionWhere : null,
    audience: {
      ugelIds: audienceUgels(answers, env),
      roles: (answers.audienceRoles as Role[]) ?? [],
      levels: (answers.levels as Level[] | undefined) ?? [],
      schoolId: typeof answers.schoolId === "number" ? answers.schoolId : null,
    },
    scheduledFor: answers.when === "programar" ? parseLimaDateTime(String(answers.scheduledAt), env.now) : null,
  };
}

/** The form's answers for an existing draft, to edit it from the summary. */
export async function answersFromDraft(ctx: TurnContext, draft: AtaAnnouncement): Promise<Answers> {
  const school = draft.audienceSchoolId ? await ctx.services.db.school.findUnique({ where: { id: draft.audienceSchoolId } }) : null;
  const session = draft.sessionAt ? limaDayAndTime(draft.sessionAt) : null;
  return {
    milestone: draft.milestone,
    title: draft.title,
    body: draft.body,
    hasSession: session ? "si" : "no",
    ...(session ? { sessionDate: formatLimaDay(session.day), sessionTime: session.time ?? undefined, sessionWhere: draft.sessionPlace ?? draft.sessionLink ?? undefined } : {}),
    ...(ctx.person.role === "especialista_ugel" ? {} : { ugels: draft.audienceUgels }),
    audienceRoles: draft.audienceRoles,
    levels: draft.audienceLevels,
    ...(school ? { codigoModular: school.codigoModular, schoolId: school.id, schoolName: school.name, schoolUgel: school.ugelId ?? undefined } : {}),
    when: draft.scheduledFor ? "programar" : "ahora",
    ...(draft.scheduledFor ? { scheduledAt: formatLimaDateTime(draft.scheduledFor) } : {}),
  };
}

export const ataForm: FormDef = {
  id: ATA_FORM,
  titleKey: "ata-title",
  fields,
  confirm: true,
  async submit(answers, env) {
    const ctx = turn(env);
    try {
      const draft = await createAtaDraft(ctx.services.db, ctx.person, inputFromAnswers(answers, env));
      return previewReplies(ctx, draft);
    } catch (error) {
      if (error instanceof AtaError) return [textReply(ctx.t(`ata-error-${error.reason}`))];
      throw error;
    }
  },
};
