/**
 * /vincular: joins this person's Telegram and Slack identities. Without arguments it gives a one-time code to
 * enter in the other channel; with a code (`/vincular ABCD-EFGH-JKMN`, or the code typed after the button) it
 * joins this identity to the person who created it. Works before onboarding, so someone who already has a
 * profile on one channel does not fill it again on the other.
 */
import type { Reply } from "../../core/types.js";
import { textReply } from "../../core/types.js";
import { linkPayload, telegramStartLink } from "../../core/deep-link.js";
import { normalizeCode } from "../../domain/codes.js";
import { createLinkCode, LINK_CODE_TTL_MINUTES, LinkError, redeemLinkCode } from "../../domain/identity-links.js";
import type { Feature, TurnContext } from "../context.js";

export const LINK_FLOW = "link";
const CODE_SHAPE = /^[A-Z0-9]{12}$/;

async function offerCode(ctx: TurnContext): Promise<Reply[]> {
  const { code } = await createLinkCode(ctx.services.db, { personId: ctx.person.id, actorLabel: ctx.actorLabel, now: ctx.now });
  const buttons = ctx.person.onboardedAt ? [[{ label: ctx.t("link-button-enter"), data: "lk:enter" }]] : undefined;
  const text = ctx.t("link-code-created", { code, minutes: LINK_CODE_TTL_MINUTES });
  // From Slack (or the console), a link that opens the bot on Telegram with the code already in.
  const link = ctx.sender.channel === "telegram" ? undefined : telegramStartLink(ctx.services.settings.telegramBotUsername, linkPayload(code));
  return [textReply(link ? `${text}\n${ctx.t("link-deeplink", { link })}` : text, buttons)];
}

async function redeem(ctx: TurnContext, typed: string): Promise<Reply[]> {
  const code = normalizeCode(typed);
  if (!CODE_SHAPE.test(code)) return [textReply(ctx.t("link-error-invalid"))];
  try {
    const result = await redeemLinkCode(ctx.services.db, { code, personId: ctx.person.id, actorLabel: ctx.actorLabel, now: ctx.now });
    // This person row is gone now (merged into the keeper, its flow with it): nothing more is written for it.
    ctx.notePersonRemoved?.();
    const keeper = await ctx.services.db.person.findUniqueOrThrow({ where: { id: result.personId }, include: { identities: true } });
    // Either side may have been a specialist: each channel's role-based settings (Telegram's menu) follow the merged person.
    ctx.noteRoleChange?.(keeper.id);
    const channels = [...new Set(keeper.identities.map((identity) => ctx.t(`link-channel-${identity.channel}`)))].join(", ");
    return [textReply(ctx.t("link-done", { channels }), [[{ label: ctx.t("help-button"), data: "cmd:ayuda" }]])];
  } catch (error) {
    if (error instanceof LinkError) return [textReply(ctx.t(`link-error-${error.reason}`))];
    throw error;
  }
}

export const linkFeature: Feature = {
  name: "link",
  commands: [
    {
      name: "vincular",
      aliases: ["link"],
      helpKey: "help-vincular",
      beforeOnboarding: true,
      run: async (ctx, args) => (args.trim() ? redeem(ctx, args) : offerCode(ctx)),
    },
  ],
  buttons: {
    lk: async (ctx, data) => {
      if (data !== "lk:enter") return [textReply(ctx.t("button-unknown"))];
      await ctx.setFlow(LINK_FLOW);
      return [textReply(ctx.t("link-enter-code"))];
    },
  },
  flows: {
    [LINK_FLOW]: async (ctx, input) => {
      if (input.type !== "text") return [textReply(ctx.t("link-enter-code"))];
      return redeem(ctx, input.text);
    },
  },
};
