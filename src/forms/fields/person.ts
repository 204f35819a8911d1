/**
 * People on a registration (team members, the director responsible for a CNPIE grant): names, DNI, phone and
 * e-mail, each validated with a message that says which rule failed and shows a good example.
 */
import { z } from "zod";
import type { Answers, FieldDef } from "../types.js";

/** Letters (with accents and ñ), spaces, apostrophes and hyphens. */
const NAME = /^\p{L}[\p{L}\p{M} '’.-]*$/u;

/** Words of a name written in lower case: «María del Carmen de la Cruz». */
const PARTICLES = new Set(["de", "del", "la", "las", "los", "y", "e", "da", "di", "van", "von"]);

/**
 * A name typed all in lower or all in upper case («rosa elena», «QUISPE HUAMÁN», as the DNI prints it) is written
 * as names are («Rosa Elena», «Quispe Huamán»); one typed with its own capitals is kept as typed («McDonald»).
 */
export function nameCase(name: string): string {
  if (name !== name.toLowerCase() && name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(" ")
    .map((word, index) => (index > 0 && PARTICLES.has(word) ? word : word.replace(/(^|[-'’])(\p{L})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase())))
    .join(" ");
}

function nameSchema(errorKey: string) {
  return z
    .string()
    .transform((value) => value.normalize("NFC").replace(/\s+/g, " ").trim())
    .pipe(z.string().min(2, errorKey).max(60, errorKey).regex(NAME, errorKey))
    .transform(nameCase);
}

/** A DNI: 8 digits (spaces and dots tolerated). Says whether it had letters or how many digits it had. */
export const dniSchema = z
  .string()
  .transform((value) => value.replace(/[\s.]/g, ""))
  .superRefine((value, ctx) => {
    if (!/^\d+$/.test(value)) ctx.addIssue({ code: "custom", message: "reg-error-dni-digits" });
    else if (value.length !== 8) ctx.addIssue({ code: "custom", message: `reg-error-dni-length|digits=${value.length}` });
  });

/** A Peruvian mobile: 9 digits starting with 9; "+51", spaces and hyphens tolerated. */
export const mobileSchema = z
  .string()
  .transform((value) => value.replace(/[\s-]/g, "").replace(/^\+?51(?=9\d{8}$)/, ""))
  .pipe(z.string().regex(/^9\d{8}$/, "reg-error-mobile"));

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("reg-error-email").max(120, "reg-error-email"));

/** Either a mobile or an e-mail, normalised. */
export const contactSchema = z.string().trim().transform((value, ctx) => {
  const mobile = mobileSchema.safeParse(value);
  if (mobile.success) return mobile.data;
  const email = emailSchema.safeParse(value);
  if (email.success) return email.data;
  ctx.addIssue({ code: "custom", message: "reg-error-contact" });
  return z.NEVER;
});

export function namesField(key = "names", promptKey = "reg-member-names", labelKey = "reg-member-names-label"): FieldDef {
  return { key, kind: "text", promptKey, labelKey, schema: nameSchema("reg-error-names") };
}

export function surnamesField(key = "surnames", promptKey = "reg-member-surnames", labelKey = "reg-member-surnames-label"): FieldDef {
  return { key, kind: "text", promptKey, labelKey, schema: nameSchema("reg-error-surnames") };
}

/**
 * A DNI field. Inside a list (`listKey`), a DNI already given for another item of the same list is refused,
 * and so is the director's (`otherKeys`) when given.
 */
export function dniField(options: { key?: string; promptKey?: string; labelKey?: string; listKey?: string; otherKeys?: string[] } = {}): FieldDef {
  const { key = "dni", promptKey = "reg-member-dni", labelKey = "reg-member-dni-label", listKey, otherKeys = [] } = options;
  return {
    key,
    kind: "text",
    promptKey,
    labelKey,
    schema: dniSchema,
    check: async (value, answers: Answers) => {
      const taken = new Set<string>(otherKeys.map((other) => String(answers[other] ?? "")));
      if (listKey) for (const item of (answers[listKey] as Answers[] | undefined) ?? []) taken.add(String(item[key] ?? ""));
      return taken.has(String(value)) ? { key: "reg-error-dni-repeated", args: { dni: String(value) } } : null;
    },
  };
}

export function mobileField(key: string, promptKey: string, labelKey: string, optional = false): FieldDef {
  return { key, kind: "text", promptKey, labelKey, optional, schema: mobileSchema };
}

export function emailField(key: string, promptKey: string, labelKey: string, optional = false): FieldDef {
  return { key, kind: "text", promptKey, labelKey, optional, schema: emailSchema };
}

export function contactField(): FieldDef {
  return { key: "contact", kind: "text", promptKey: "reg-member-contact", labelKey: "reg-member-contact-label", optional: true, schema: contactSchema };
}
