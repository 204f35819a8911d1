/**
 * What can go wrong with a registration, as reasons the conversation turns into Spanish
 * (Fluent id `registration-error-<reason>`). "not-found" is also what someone without access gets, so a forged
 * id tells nothing about whether the registration exists.
 */
export type RegistrationErrorReason =
  | "not-found"
  | "not-allowed-now"
  | "changed"
  | "comment-required"
  | "edition-closed"
  | "category-unknown"
  | "no-ugel";

export class RegistrationError extends Error {
  override readonly name = "RegistrationError";
  constructor(
    readonly reason: RegistrationErrorReason,
    readonly detail: Record<string, string | number> = {},
  ) {
    super(`registration: ${reason}`);
  }

  get messageKey(): string {
    return `registration-error-${this.reason}`;
  }
}
