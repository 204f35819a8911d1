/**
 * A wish to register typed in words instead of /registrar («quiero registrar mi buena práctica», «cómo inscribo
 * mi proyecto de innovación», «registrar proyecto»): the form of the kind it names, or the choice of kind. What
 * was sent already («mis registros», «ya envié mi proyecto»): /mis_registros. A specialist's «registros de mi
 * UGEL»: /registros (specialist-wish.ts). Left to the calendar: questions
 * about dates, who may take part or what is required («¿hasta cuándo se inscriben las buenas prácticas?»,
 * «requisitos para participar en buenas prácticas»), and a wish that names anything else (a contest this bot
 * does not register, like Eureka).
 */
import type { RegistrationKind } from "../../../domain/registrations/kinds.js";
import { normalizeForMatch } from "../../../forms/format.js";
import type { AskedCommand } from "../../context.js";
import { specialistWish } from "../specialist-wish.js";
import { guarded } from "./guard.js";
import { startRegistration } from "./register.js";

/** Registering, in the forms people use: registrar(me), inscribo, postular, presentar, participar, subir, enviar, mandar. */
const REGISTER_VERB = /^(registr|inscrib|postul|present|particip|sub(ir|o|imos)$|envi(ar|o)$|mand(ar|o)$)/;
/** Sent already: registré, inscribí, postulé, envié, mandé, subí. */
const DONE_VERB = /^(registre|inscribi|postule|envie|mande|subi)$/;
/** What was registered, as people name it. */
const MINE = /\bmis (registros|inscripciones|postulaciones|tramites)\b/;
/** Someone who wants to do it, or asks how: «quiero», «necesito», «voy a», «cómo», «ayúdame a». */
const WISH = new Set(["quiero", "quisiera", "deseo", "necesito", "gustaria", "voy", "vamos", "como", "ayudame", "ayudeme", "want", "how", "would", "like"]);
/** A question for the calendar: about dates, who may take part, what is required, whether it is still open. */
const ASKING = new Set(
  "cuando hasta fecha fechas plazo plazos cierra cierre abre vence dia dias hora cronograma quien quienes requisitos bases aun todavia sigue when deadline until who requirements".split(" "),
);
/** Words that say nothing about what to register. */
const FILLER = new Set(
  "quiero quisiera deseo necesito me gustaria voy vamos a como ayudame ayudeme hola buenas buenos dias tardes noches por favor porfa yo mi mis una un uno el la los las lo de del al para en se q que k ya este esta ano i want to how would like my a an the".split(" "),
);

const KIND_WORDS: Array<[RegistrationKind, RegExp]> = [
  ["buena_practica", /\b(buenas? practicas?|bpd|good practices?)\b/],
  ["proyecto_innovacion", /\b(proyectos?|innovacion|innovadores?|cnpie|fondep|innovation|projects?)\b/],
];

/** What a typed message asks of registrations, if anything: to see what was sent, or to register (which kind, if named). */
export type RegistrationWish = { wants: "mine" } | { wants: "register"; kind?: RegistrationKind };

export function registrationWish(text: string): RegistrationWish | null {
  const normalized = normalizeForMatch(text);
  const words = normalized.split(" ").filter(Boolean);
  if (words.some((word) => ASKING.has(word))) return null;
  if (MINE.test(normalized) || words.some((word) => DONE_VERB.test(word))) return { wants: "mine" };
  const verbAt = words.findIndex((word) => REGISTER_VERB.test(word));
  // «registrar proyecto» (the verb first) or «quiero / cómo … registrar»: a wish, not a question about the contest.
  if (verbAt < 0 || (verbAt > 0 && !words.slice(0, verbAt).some((word) => WISH.has(word)))) return null;
  const kinds = KIND_WORDS.filter(([, pattern]) => pattern.test(normalized)).map(([kind]) => kind);
  if (kinds.length === 1) return { wants: "register", kind: kinds[0] as RegistrationKind };
  const named = words.filter((word) => !FILLER.has(word) && !REGISTER_VERB.test(word));
  return kinds.length === 2 || named.length === 0 ? { wants: "register" } : null;
}

/** The registrations' command a message asks for (Feature.wish): a teacher's own, or a specialist's review list. */
export function askedRegistrationCommand(text: string): AskedCommand | null {
  const wish = registrationWish(text);
  if (!wish) return specialistWish(text) === "review" ? { command: "registros" } : null;
  if (wish.wants === "mine") return { command: "mis_registros" };
  const kind = wish.kind;
  // The kind named goes straight to its form; /registrar itself asks which.
  return kind ? { command: "registrar", run: (ctx) => guarded(ctx, () => startRegistration(ctx, kind)) } : { command: "registrar" };
}
