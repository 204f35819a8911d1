/** /perfil: shows the profile and lets the person change one answer through the onboarding form. */
import type { Button, Reply } from "../../core/types.js";
import { textReply } from "../../core/types.js";
import { isSpecialist } from "../../domain/roles.js";
import type { Feature, TurnContext } from "../context.js";
import { ONBOARDING_FORM } from "../router.js";
import { profileWish } from "./profile-wish.js";

const EDITABLE_BY_EVERYONE = ["locale"] as const;
const EDITABLE_BY_SCHOOL_STAFF = ["role", "ugel", "codigoModular", "levels"] as const;

async function profileText(ctx: TurnContext): Promise<string> {
  const person = await ctx.services.db.person.findUniqueOrThrow({
    where: { id: ctx.person.id },
    include: { ugel: true, school: true },
  });
  const levels = person.levels.map((level) => ctx.t(`option-levels-${level}`)).join(", ") || "—";
  return ctx.t("profile-show", {
    role: ctx.t(`role-${person.role ?? "docente"}`),
    ugel: person.ugel?.name ?? "—",
    school: person.school ? `${person.school.name} (${person.school.codigoModular})` : "—",
    levels,
    language: ctx.t(`option-locale-${person.locale}`),
  });
}

function editButtons(ctx: TurnContext): Button[][] {
  const keys = isSpecialist(ctx.person.role) ? [...EDITABLE_BY_EVERYONE] : [...EDITABLE_BY_EVERYONE, ...EDITABLE_BY_SCHOOL_STAFF];
  const rows: Button[][] = keys.map((key) => [{ label: ctx.t(`profile-edit-${key}`), data: `pf:e:${key}` }]);
  rows.push([
    { label: ctx.t("profile-button-my-data"), data: "cmd:mis_datos" },
    { label: ctx.t("profile-button-delete"), data: "cmd:borrar_mis_datos" },
  ]);
  return rows;
}

/** The profile as answers of the onboarding form, so one field can be changed and the rest kept. */
async function profileAnswers(ctx: TurnContext): Promise<Record<string, unknown>> {
  const person = await ctx.services.db.person.findUniqueOrThrow({ where: { id: ctx.person.id }, include: { school: true } });
  if (isSpecialist(person.role)) return { locale: person.locale, consent: "acepto", role: "invitacion", keepRole: true };
  return {
    locale: person.locale,
    consent: "acepto",
    role: person.role ?? "docente",
    ugel: person.ugelId ?? undefined,
    codigoModular: person.school?.codigoModular,
    schoolName: person.school?.name,
    schoolKnown: false,
    levels: person.levels,
  };
}

export const profileFeature: Feature = {
  name: "profile",
  commands: [
    {
      name: "perfil",
      helpKey: "help-perfil",
      run: async (ctx): Promise<Reply[]> => [textReply(await profileText(ctx), editButtons(ctx))],
    },
  ],
  wish: (text) => (profileWish(text) === "profile" ? { command: "perfil" } : null),
  buttons: {
    pf: async (ctx, data) => {
      const key = data.split(":")[2] ?? "";
      const allowed: readonly string[] = isSpecialist(ctx.person.role) ? EDITABLE_BY_EVERYONE : [...EDITABLE_BY_EVERYONE, ...EDITABLE_BY_SCHOOL_STAFF];
      if (!allowed.includes(key)) return [textReply(ctx.t("button-unknown"))];
      return ctx.forms.begin(ctx, ONBOARDING_FORM, await profileAnswers(ctx), key);
    },
  },
};
