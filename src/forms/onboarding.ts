/**
 * Onboarding as a form: language, consent (Ley 29733), role, UGEL, school and levels.
 * Specialist roles come only from an invite code; /perfil reuses this form to change one answer.
 */
import { z } from "zod";
import { textReply } from "../core/types.js";
import type { TurnContext } from "../conversation/context.js";
import { SubmitRejected } from "../conversation/form-runner.js";
import { findUsableInvite, InviteError, redeemInvite } from "../domain/invites.js";
import { LEVELS } from "../domain/roles.js";
import { saveSchoolProfile } from "../domain/people.js";
import { findSchool } from "../domain/schools.js";
import type { Level, Role } from "../domain/db-types.js";
import { isLocale } from "../i18n.js";
import { fixedOptions } from "./format.js";
import { codigoModularSchema, schoolNameSchema } from "./fields/school.js";
import { AnswerRefused, type Answers, type FieldDef, type FormDef, type FormEnv } from "./types.js";

export const CONSENT_VERSION = "2026-11";
/**
 * An invite that came in a deep link (t.me/<bot>?start=inv_…), checked when the link was opened: the role and
 * code questions are skipped. Kept under a key that is not a field, so skipping those fields does not drop it.
 */
export const LINKED_INVITE = "linkedInvite";
const linkedInvite = (answers: Answers) => (typeof answers[LINKED_INVITE] === "string" ? (answers[LINKED_INVITE] as string) : undefined);
const usesInvite = (answers: Answers) => answers.role === "invitacion" || linkedInvite(answers) !== undefined;

const turn = (env: FormEnv) => env.services as TurnContext;

const fields: FieldDef[] = [
  {
    key: "locale",
    kind: "choice",
    promptKey: "onboarding-locale",
    labelKey: "onboarding-locale-label",
    options: () => fixedOptions("locale", ["es", "en"]),
    derive: async (value, _answers, env) => {
      if (isLocale(value)) await switchLocale(turn(env), value);
      return {};
    },
  },
  {
    key: "consent",
    kind: "choice",
    promptKey: "onboarding-consent",
    labelKey: "onboarding-consent-label",
    options: () => fixedOptions("consent", ["acepto", "no_acepto"]),
    check: async (value) => (value === "acepto" ? null : { key: "onboarding-consent-declined" }),
  },
  {
    key: "role",
    kind: "choice",
    promptKey: "onboarding-role",
    labelKey: "onboarding-role-label",
    skip: (answers) => answers.keepRole === true || linkedInvite(answers) !== undefined,
    options: () => fixedOptions("role", ["docente", "director", "invitacion"]),
  },
  {
    key: "inviteCode",
    kind: "text",
    promptKey: "onboarding-invite-code",
    labelKey: "onboarding-invite-code-label",
    skip: (answers) => !usesInvite(answers) || answers.keepRole === true || linkedInvite(answers) !== undefined,
    schema: z.string().trim().max(40, "onboarding-error-invite-invalid").regex(/^[A-Za-z0-9 -]{6,40}$/, "onboarding-error-invite-invalid"),
    check: async (value, _answers, env) => {
      const ctx = turn(env);
      try {
        await findUsableInvite(ctx.services.db, String(value), ctx.now);
        return null;
      } catch (error) {
        if (error instanceof InviteError) return { key: `onboarding-error-invite-${error.reason}` };
        throw error;
      }
    },
    format: () => "••••",
  },
  {
    key: "ugel",
    kind: "choice",
    promptKey: "onboarding-ugel",
    labelKey: "onboarding-ugel-label",
    skip: (answers) => usesInvite(answers) || answers.keepRole === true,
    options: async (_answers, env) => {
      const ugels = localUgels.length > 0 ? localUgels : await turn(env).services.db.ugel.findMany({ where: { isDre: false }, orderBy: { id: "asc" } });
      return ugels.map((ugel) => ({ value: ugel.id, label: ugel.name }));
    },
    format: (value) => ugelNames.get(String(value)) ?? String(value),
  },
  {
    key: "codigoModular",
    kind: "text",
    promptKey: "onboarding-codigo-modular",
    labelKey: "onboarding-codigo-modular-label",
    skip: (answers) => usesInvite(answers) || answers.keepRole === true,
    schema: codigoModularSchema("onboarding-error-codigo-modular"),
    derive: async (value, _answers, env) => {
      const school = await findSchool(turn(env).services.db, String(value));
      // The name of a known school is kept apart from the (then skipped) name question, whose answer is dropped.
      return school ? { schoolKnown: true, knownSchoolName: school.name } : { schoolKnown: false, knownSchoolName: undefined };
    },
    format: (value, _env, answers) => (typeof answers.knownSchoolName === "string" ? `${String(value)} — ${answers.knownSchoolName}` : String(value)),
  },
  {
    key: "schoolName",
    kind: "text",
    promptKey: "onboarding-school-name",
    labelKey: "onboarding-school-name-label",
    skip: (answers) => usesInvite(answers) || answers.keepRole === true || answers.schoolKnown === true,
    schema: schoolNameSchema,
  },
  {
    key: "levels",
    kind: "multiChoice",
    promptKey: "onboarding-levels",
    labelKey: "onboarding-levels-label",
    skip: (answers) => usesInvite(answers) || answers.keepRole === true,
    options: () => fixedOptions("levels", LEVELS),
  },
];

export const onboardingForm: FormDef = {
  id: "onboarding",
  titleKey: "onboarding-title",
  fields,
  confirm: true,
  async submit(answers, env) {
    const ctx = turn(env);
    const locale = isLocale(answers.locale) ? answers.locale : ctx.locale;
    const firstTime = ctx.person.onboardedAt === null;
    const withSchool = answers.keepRole !== true && !usesInvite(answers);
    const role = withSchool ? await saveWithSchool(ctx, answers, locale) : await saveKeptOrInvitedRole(ctx, answers, locale);
    ctx.person = { ...ctx.person, role, onboardedAt: ctx.person.onboardedAt ?? ctx.now };
    const roleName = ctx.t(`role-${role ?? "docente"}`);
    return [
      textReply(ctx.t(firstTime ? "onboarding-done" : "profile-saved", { role: roleName }), [
        [{ label: ctx.t("help-button"), data: "cmd:ayuda" }],
      ]),
    ];
  },
};

/** The role kept as it is (a profile edit), or given by an invite (specialists: no school, no levels). */
async function saveKeptOrInvitedRole(ctx: TurnContext, answers: Answers, locale: string): Promise<Role | null> {
  return ctx.services.db.$transaction(async (tx) => {
    let role: Role | null = ctx.person.role;
    let ugelId: string | null = ctx.person.ugelId;
    let schoolId: number | null = ctx.person.schoolId;
    let levels: Level[] = ctx.person.levels;
    if (answers.keepRole !== true) {
      const code = linkedInvite(answers) ?? String(answers.inviteCode);
      const redeemed = await redeemInvite(tx, code, ctx.person.id, ctx.actorLabel, ctx.now).catch((error: unknown) => {
        // A linked invite used or expired since the link was opened: ask for the role again, keep the rest.
        if (error instanceof InviteError && linkedInvite(answers)) throw new SubmitRejected(`onboarding-error-invite-${error.reason}`, {}, "role", [LINKED_INVITE]);
        // Someone else used (or the clock expired) the code between its check and this submit.
        throw error instanceof InviteError ? new AnswerRefused("inviteCode", `onboarding-error-invite-${error.reason}`) : error;
      });
      role = redeemed.role;
      const dre = await tx.ugel.findFirst({ where: { isDre: true } });
      ugelId = redeemed.ugelId ?? dre?.id ?? null;
      schoolId = null;
      levels = [];
    }
    await tx.person.update({
      where: { id: ctx.person.id },
      data: {
        locale,
        role,
        ugelId,
        schoolId,
        levels,
        displayName: ctx.sender.displayName ?? ctx.person.displayName,
        consentAt: ctx.person.consentAt ?? ctx.now,
        consentVersion: CONSENT_VERSION,
        onboardedAt: ctx.person.onboardedAt ?? ctx.now,
      },
    });
    return role;
  });
}

/** A teacher's or director's profile with their school: one statement (see saveSchoolProfile). */
async function saveWithSchool(ctx: TurnContext, answers: Answers, locale: string): Promise<Role> {
  const role = answers.role as Role;
  const known = answers.schoolKnown === true;
  await saveSchoolProfile(ctx.services.db, {
    personId: ctx.person.id,
    locale,
    role,
    ugelId: String(answers.ugel),
    levels: (answers.levels as Level[]) ?? [],
    displayName: ctx.sender.displayName ?? ctx.person.displayName,
    consentVersion: CONSENT_VERSION,
    now: ctx.now,
    school: { codigoModular: String(answers.codigoModular), name: String(known ? answers.knownSchoolName : answers.schoolName), known },
  });
  return role;
}

async function switchLocale(ctx: TurnContext, locale: "es" | "en"): Promise<void> {
  await ctx.services.sessions.setLocale(ctx.person.id, locale);
  ctx.locale = locale;
  ctx.t = ctx.services.i18n.translator(locale);
  ctx.person = { ...ctx.person, locale };
}

const ugelNames = new Map<string, string>();
/** The four UGELs (not the DRE), in id order: the choices of the UGEL question. */
let localUgels: Array<{ id: string; name: string }> = [];

/** Loaded once at start: UGEL names and choices (they are seed data and do not change at run time). */
export async function loadUgelNames(db: TurnContext["services"]["db"]): Promise<void> {
  const ugels = await db.ugel.findMany({ orderBy: { id: "asc" } });
  for (const ugel of ugels) ugelNames.set(ugel.id, ugel.name);
  localUgels = ugels.filter((ugel) => !ugel.isDre).map(({ id, name }) => ({ id, name }));
}
