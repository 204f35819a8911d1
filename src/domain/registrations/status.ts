/**
 * The life of a registration: enviada → observada (the specialist's comment; the teacher corrects and re-sends,
 * back to enviada) → aceptada → ganadora / no ganadora, or retirada by its owner while it is still open.
 */
import type { RegistrationStatus } from "./kinds.js";

export const REVIEW_ACTIONS = ["observe", "accept", "win", "lose"] as const;
export const OWNER_ACTIONS = ["withdraw", "resubmit"] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];
export type OwnerAction = (typeof OWNER_ACTIONS)[number];
export type RegistrationAction = ReviewAction | OwnerAction;

interface Transition {
  from: readonly RegistrationStatus[];
  to: RegistrationStatus;
  by: "reviewer" | "owner";
}

export const TRANSITIONS: Record<RegistrationAction, Transition> = {
  observe: { from: ["enviada"], to: "observada", by: "reviewer" },
  accept: { from: ["enviada"], to: "aceptada", by: "reviewer" },
  win: { from: ["aceptada"], to: "ganadora", by: "reviewer" },
  lose: { from: ["aceptada"], to: "no_ganadora", by: "reviewer" },
  withdraw: { from: ["enviada", "observada", "aceptada"], to: "retirada", by: "owner" },
  resubmit: { from: ["observada"], to: "enviada", by: "owner" },
};

export function canTransition(action: RegistrationAction, from: RegistrationStatus): boolean {
  return TRANSITIONS[action].from.includes(from);
}

export function isReviewAction(value: string): value is ReviewAction {
  return (REVIEW_ACTIONS as readonly string[]).includes(value);
}
