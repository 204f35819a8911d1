/** The App Home's «Revisar» button: opens the registration in the DM, where the review actions are offered. */
import { openButton } from "../../../conversation/commands/registrations/buttons.js";
import type { HomeOptions } from "./view.js";

export const openForReview: NonNullable<HomeOptions["reviewButton"]> = (registration, ctx) => ({ label: ctx.t("slack-home-review"), data: openButton(registration.id) });
