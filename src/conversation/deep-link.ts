/**
 * `/start <payload>` from a t.me deep link (see core/deep-link.ts): an invite pre-fills onboarding so the
 * specialist does not type the code, a contest answers that contest's calendar, a link code joins this identity
 * to the person's other channel. A payload that is not one of ours is a plain /start.
 */
import { parseStartPayload } from "../core/deep-link.js";
import type { Reply } from "../core/types.js";
import { textReply } from "../core/types.js";
import { findUsableInvite, InviteError } from "../domain/invites.js";
import { LINKED_INVITE } from "../forms/onboarding.js";
import { answerContestById } from "./commands/calendar/answers.js";
import type { TurnContext } from "./context.js";

export interface DeepLinkRoutes {
  /** Where a person who has not finished onboarding is sent afterwards (their onboarding, resumed). */
  onboarding(ctx: TurnContext): Promise<Reply[]>;
  runCommand(ctx: TurnContext, name: string, args: string): Promise<Reply[]>;
  onboardingFormId: string;
}

/** Replies for a deep link, or null when the payload is not one (the caller handles a plain /start). */
export async function startWithPayload(ctx: TurnContext, args: string, routes: DeepLinkRoutes): Promise<Reply[] | null> {
  const payload = parseStartPayload(args);
  if (!payload) return null;
  const onboarded = ctx.person.onboardedAt !== null;
  switch (payload.kind) {
    case "link":
      return routes.runCommand(ctx, "vincular", payload.code);
    case "contest": {
      const answer = await answerContestById(ctx, payload.contestId);
      return onboarded ? answer : [...answer, ...(await routes.onboarding(ctx))];
    }
    case "invite": {
      if (onboarded) return [textReply(ctx.t("deeplink-invite-onboarded"))];
      try {
        await findUsableInvite(ctx.services.db, payload.code, ctx.now);
      } catch (error) {
        if (!(error instanceof InviteError)) throw error;
        return [textReply(ctx.t(`onboarding-error-invite-${error.reason}`)), ...(await routes.onboarding(ctx))];
      }
      // Onboarding starts again with the invite in hand: language, consent, and the summary to send.
      await ctx.services.sessions.deleteDraft(ctx.person.id, routes.onboardingFormId);
      return [textReply(ctx.t("deeplink-invite-ready")), ...(await ctx.forms.begin(ctx, routes.onboardingFormId, { [LINKED_INVITE]: payload.code }))];
    }
  }
}
