/** Registration errors become a sentence for the person (never an apology for a crash, never a stack trace). */
import type { Reply } from "../../../core/types.js";
import { textReply } from "../../../core/types.js";
import { RegistrationError } from "../../../domain/registrations/errors.js";
import type { TurnContext } from "../../context.js";

export async function guarded(ctx: TurnContext, work: () => Promise<Reply[]>): Promise<Reply[]> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RegistrationError) return [textReply(ctx.t(error.messageKey, error.detail), [[{ label: ctx.t("help-button"), data: "cmd:ayuda" }]])];
    throw error;
  }
}
