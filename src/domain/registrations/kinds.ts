/** The two kinds of registration and the names they go by: code prefix, short button id, form ids. */
import type { RegistrationKind, RegistrationStatus } from "../../generated/prisma/enums.js";

export type { RegistrationKind, RegistrationStatus };

export const REGISTRATION_KINDS = ["buena_practica", "proyecto_innovacion"] as const satisfies readonly RegistrationKind[];
export const REGISTRATION_STATUSES = ["enviada", "observada", "aceptada", "ganadora", "no_ganadora", "retirada"] as const satisfies readonly RegistrationStatus[];

/** Prefix of the registration code: BP-2026-0031, PI-2026-0066. */
export const CODE_PREFIX: Record<RegistrationKind, string> = { buena_practica: "BP", proyecto_innovacion: "PI" };

/** Short ids used in button data (which must stay under 64 bytes). */
export const KIND_SHORT: Record<RegistrationKind, "bp" | "pi"> = { buena_practica: "bp", proyecto_innovacion: "pi" };
export const STATUS_SHORT: Record<RegistrationStatus, string> = {
  enviada: "env",
  observada: "obs",
  aceptada: "acc",
  ganadora: "gan",
  no_ganadora: "nog",
  retirada: "ret",
};

/** The form that registers a kind, and the one that corrects an observed registration (its own draft). */
export const REGISTRATION_FORM: Record<RegistrationKind, string> = { buena_practica: "buena_practica", proyecto_innovacion: "proyecto_innovacion" };
export const CORRECTION_FORM: Record<RegistrationKind, string> = {
  buena_practica: "buena_practica_correccion",
  proyecto_innovacion: "proyecto_innovacion_correccion",
};

export function kindFromShort(value: string | undefined): RegistrationKind | undefined {
  return REGISTRATION_KINDS.find((kind) => KIND_SHORT[kind] === value);
}

export function statusFromShort(value: string | undefined): RegistrationStatus | undefined {
  return REGISTRATION_STATUSES.find((status) => STATUS_SHORT[status] === value);
}

export function isRegistrationKind(value: unknown): value is RegistrationKind {
  return typeof value === "string" && (REGISTRATION_KINDS as readonly string[]).includes(value);
}
