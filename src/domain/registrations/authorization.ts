/**
 * Who may see and change a registration. Checked here, in the domain, on every read and every action: button
 * data can be forged, so nothing relies on what a menu showed.
 * - The owner (teacher or director who sent it) sees it, corrects it when observed and may withdraw it.
 * - A UGEL specialist sees and reviews the registrations of their own UGEL only.
 * - DRE specialists and admins see and review all of them.
 */
import { isSpecialist, seesAllUgels } from "../roles.js";
import type { Role } from "../db-types.js";
import { TRANSITIONS, type RegistrationAction } from "./status.js";
import type { RegistrationStatus } from "./kinds.js";

export interface Actor {
  personId: number;
  role: Role | null;
  ugelId: string | null;
  /** Named as admin by the environment (or holding the admin role). */
  isAdmin: boolean;
  /** "telegram:12", for the audit log. */
  label: string;
}

export interface RegistrationScope {
  ownerId: number;
  ugelId: string;
  status: RegistrationStatus;
}

export function isReviewer(actor: Actor): boolean {
  return actor.isAdmin || isSpecialist(actor.role);
}

/** Every UGEL (DRE specialists, admins), or only this one. */
export function reviewScope(actor: Actor): { all: true } | { all: false; ugelId: string } | null {
  if (actor.isAdmin || seesAllUgels(actor.role)) return { all: true };
  if (actor.role === "especialista_ugel" && actor.ugelId) return { all: false, ugelId: actor.ugelId };
  return null;
}

export function canReview(actor: Actor, registration: Pick<RegistrationScope, "ugelId">): boolean {
  const scope = reviewScope(actor);
  return scope !== null && (scope.all || scope.ugelId === registration.ugelId);
}

export function isOwner(actor: Actor, registration: Pick<RegistrationScope, "ownerId">): boolean {
  return registration.ownerId === actor.personId;
}

export function canView(actor: Actor, registration: Pick<RegistrationScope, "ownerId" | "ugelId">): boolean {
  return isOwner(actor, registration) || canReview(actor, registration);
}

/** May this actor take this action on this registration as it is now (role and status)? */
export function canAct(actor: Actor, registration: RegistrationScope, action: RegistrationAction): boolean {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(registration.status)) return false;
  return transition.by === "owner" ? isOwner(actor, registration) : canReview(actor, registration);
}

/** The actions to offer: the same rule as canAct, so a menu never shows what would be refused. */
export function allowedActions(actor: Actor, registration: RegistrationScope): RegistrationAction[] {
  return (Object.keys(TRANSITIONS) as RegistrationAction[]).filter((action) => canAct(actor, registration, action));
}

/** The actor of a conversation turn (structural, so the domain does not depend on the conversation layer). */
export function actorFrom(turn: { person: { id: number; role: Role | null; ugelId: string | null }; isAdmin: boolean; actorLabel: string }): Actor {
  return { personId: turn.person.id, role: turn.person.role, ugelId: turn.person.ugelId, isAdmin: turn.isAdmin, label: turn.actorLabel };
}
