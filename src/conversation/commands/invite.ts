/**
 * /invitar (admins only): pick a role, and for a UGEL specialist the UGEL; the bot answers with a
 * single-use code that expires. The code is shown once and stored only hashed.
 */
import type { Reply } from "../../core/types.js";
import { invitePayload, telegramStartLink } from "../../core/deep-link.js";
import { textReply } from "../../core/types.js";
import { createInvite, type InviteRole } from "../../domain/invites.js";
import { INVITE_ROLES } from "../../domain/roles.js";
import type { Feature, TurnContext } from "../context.js";

const isInviteRole = (value: string): value is InviteRole => (INVITE_ROLES as readonly string[]).includes(value);

async function issue(ctx: TurnContext, role: InviteRole, ugelId: string | null): Promise<Reply[]> {
  const ttlHours = ctx.services.settings.inviteTtlHours;
  const { code, invite } = await createInvite(ctx.services.db, {
    role,
    ugelId,
    createdById: ctx.person.id,
    createdByLabel: ctx.actorLabel,
    ttlHours,
    now: ctx.now,
  });
  const ugel = invite.ugelId ? await ctx.services.db.ugel.findUnique({ where: { id: invite.ugelId } }) : null;
  const text = ctx.t("invite-created", { code, role: ctx.t(`role-${role}`), ugel: ugel?.name ?? "—", hours: ttlHours });
  const link = telegramStartLink(ctx.services.settings.telegramBotUsername, invitePayload(code));
  return [textReply(link ? `${text}\n${ctx.t("invite-deeplink", { link })}` : text)];
}

export const inviteFeature: Feature = {
  name: "invite",
  commands: [
    {
      name: "invitar",
      helpKey: "help-invitar",
      run: async (ctx) => [
        textReply(
          ctx.t("invite-choose-role"),
          INVITE_ROLES.map((role) => [{ label: ctx.t(`role-${role}`), data: `inv:r:${role}` }]),
        ),
      ],
    },
  ],
  buttons: {
    inv: async (ctx, data) => {
      if (!ctx.isAdmin) return [textReply(ctx.t("command-not-allowed"))];
      const [, step, value = ""] = data.split(":");
      if (step === "r" && isInviteRole(value)) {
        if (value !== "especialista_ugel") return issue(ctx, value, null);
        const ugels = await ctx.services.db.ugel.findMany({ where: { isDre: false }, orderBy: { id: "asc" } });
        return [textReply(ctx.t("invite-choose-ugel"), ugels.map((ugel) => [{ label: ugel.name, data: `inv:u:${ugel.id}` }]))];
      }
      if (step === "u") {
        const ugel = await ctx.services.db.ugel.findFirst({ where: { id: value, isDre: false } });
        if (ugel) return issue(ctx, "especialista_ugel", ugel.id);
      }
      return [textReply(ctx.t("button-unknown"))];
    },
  },
};
