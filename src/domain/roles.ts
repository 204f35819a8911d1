/** Who may do what. Checked on every privileged action, never only when a menu is drawn. */
import type { Role } from "./db-types.js";

export const SELF_SERVICE_ROLES = ["docente", "director"] as const satisfies readonly Role[];
export const INVITE_ROLES = ["especialista_ugel", "especialista_dre", "admin"] as const satisfies readonly Role[];
export const LEVELS = ["inicial", "primaria", "secundaria", "eba", "ebe"] as const;

export function isSpecialist(role: Role | null | undefined): boolean {
  return role === "especialista_ugel" || role === "especialista_dre" || role === "admin";
}

/** A DRE specialist or an admin sees every UGEL; a UGEL specialist only their own. */
export function seesAllUgels(role: Role | null | undefined): boolean {
  return role === "especialista_dre" || role === "admin";
}
