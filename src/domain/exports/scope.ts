/**
 * What an export may contain, decided from the actor alone (button data only names a year and a UGEL, and may
 * be forged):
 * - a UGEL specialist exports their own UGEL, whatever UGEL the request names;
 * - a DRE specialist or an admin exports the region, or one UGEL they name;
 * - anyone else exports nothing.
 *
 * DNI rule (team members, directors): a DNI is shown in full to the reviewers of that registration's UGEL (its
 * UGEL specialists), to the DRE and admins, and to the registration's owner (who typed it); anyone else would read
 * it masked ("••••5678"). Exports only ever hold rows the reader reviews, so the mask is the second line of
 * defence, applied row by row all the same.
 */
import { canReview, isOwner, reviewScope, type Actor } from "../registrations/authorization.js";

export interface ExportScope {
  year: number;
  /** null: every UGEL (DRE, admins). */
  ugelId: string | null;
}

export const ALL_UGELS = "all";

/** The scope this actor gets for a request; null when they may not export at all. */
export function exportScope(actor: Actor, year: number, requestedUgel: string | null): ExportScope | null {
  const scope = reviewScope(actor);
  if (!scope) return null;
  if (!scope.all) return { year, ugelId: scope.ugelId };
  return { year, ugelId: requestedUgel && requestedUgel !== ALL_UGELS ? requestedUgel : null };
}

export function mayReadDni(actor: Actor, registration: { ownerId: number; ugelId: string }): boolean {
  return isOwner(actor, registration) || canReview(actor, registration);
}

/** The last four digits only. */
export function maskDni(dni: string): string {
  return `••••${dni.slice(-4)}`;
}

export function dniFor(actor: Actor, registration: { ownerId: number; ugelId: string }, dni: string | null | undefined): string {
  if (!dni) return "";
  return mayReadDni(actor, registration) ? dni : maskDni(dni);
}
