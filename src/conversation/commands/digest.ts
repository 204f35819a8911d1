/**
 * /resumen_semanal and the "dig:" buttons: a specialist sees whether they get the weekly digest and turns it
 * off or on (the digest itself carries «No recibir más el resumen»). Kept on the person (digestMuted).
 *   dig:off   stop the digest      dig:on   get it again
 */
import type { Reply } from "../../core/types.js";
import { textReply } from "../../core/types.js";
import { audit } from "../../domain/audit.js";
import { DIGEST_OFF_BUTTON } from "../../domain/digest/build.js";
import type { Feature, TurnContext } from "../context.js";

const DIGEST_ON_BUTTON = "dig:on";
const DEFAULT_DIGEST = { day: 1, hour: 8 };

function when(ctx: TurnContext): { day: string; time: string } {
  const digest = ctx.services.settings.digest ?? DEFAULT_DIGEST;
  return { day: ctx.t("digest-weekday", { day: digest.day }), time: `${String(digest.hour).padStart(2, "0")}:00` };
}

function toggleButton(ctx: TurnContext, muted: boolean) {
  return muted ? [{ label: ctx.t("digest-button-on"), data: DIGEST_ON_BUTTON }] : [{ label: ctx.t("digest-button-off"), data: DIGEST_OFF_BUTTON }];
}

async function showDigest(ctx: TurnContext): Promise<Reply[]> {
  const person = await ctx.services.db.person.findUniqueOrThrow({ where: { id: ctx.person.id }, select: { digestMuted: true } });
  return [textReply(ctx.t(person.digestMuted ? "digest-status-off" : "digest-status-on", when(ctx)), [toggleButton(ctx, person.digestMuted)])];
}

async function setDigest(ctx: TurnContext, muted: boolean): Promise<Reply[]> {
  await ctx.services.db.person.update({ where: { id: ctx.person.id }, data: { digestMuted: muted } });
  await audit(ctx.services.db, { actorId: ctx.person.id, actorLabel: ctx.actorLabel, action: muted ? "digest.off" : "digest.on" });
  return [textReply(ctx.t(muted ? "digest-turned-off" : "digest-turned-on", when(ctx)), [toggleButton(ctx, muted)])];
}

async function onButton(ctx: TurnContext, data: string): Promise<Reply[]> {
  if (data !== DIGEST_OFF_BUTTON && data !== DIGEST_ON_BUTTON) return [textReply(ctx.t("button-unknown"))];
  return setDigest(ctx, data === DIGEST_OFF_BUTTON);
}

export const digestFeature: Feature = {
  name: "digest",
  commands: [{ name: "resumen_semanal", aliases: ["resumen"], helpKey: "help-resumen-semanal", run: showDigest }],
  buttons: { dig: onButton },
};
