/**
 * ATA announcements in the conversation: /ata (specialists) walks the form and previews; the preview's
 * Confirmar queues the deliveries; /ata_estado shows the figures, re-sends and cancels. Recipients answer with
 * Recibido / Asistiré / No podré asistir. Every action checks who is asking, whatever the button says.
 */
import type { Reply } from "../../../core/types.js";
import { closeOrigin, inPlace, textReply } from "../../../core/types.js";
import {
  acknowledge,
  cancelAnnouncement,
  confirmAnnouncement,
  discardDraft,
  resendToUnconfirmed,
  type AckAction,
} from "../../../domain/ata/announcements.js";
import { AtaError } from "../../../domain/ata/audience.js";
import { SUMMARY_STEP } from "../../../forms/types.js";
import type { FormRunner } from "../../form-runner.js";
import type { Feature, TurnContext } from "../../context.js";
import { ATA_FORM, answersFromDraft, ataForm } from "./form.js";
import { sendNowText, whenText } from "./preview.js";
import { announcementList, announcementStatus } from "./status-view.js";
import { ataWish } from "./typed-wish.js";

const ACKS: Record<string, AckAction> = { r: "received", a: "attending", n: "not_attending" };

function failure(ctx: TurnContext, error: unknown): Reply[] {
  if (error instanceof AtaError) return [textReply(ctx.t(`ata-error-${error.reason}`))];
  throw error;
}

async function specialistAction(ctx: TurnContext, action: string, id: number, extra: string | undefined): Promise<Reply[]> {
  const { db } = ctx.services;
  switch (action) {
    case "p":
      return [textReply(ctx.t("ata-preview-button"))];
    case "c": {
      const { announcement, recipients } = await confirmAnnouncement(db, ctx.person, id, ctx.now, ctx.actorLabel);
      const when = announcement.status === "programado" && announcement.scheduledFor ? whenText(ctx, announcement.scheduledFor) : sendNowText(ctx, "ata-confirmed-now");
      return [closeOrigin(), textReply(ctx.t("ata-confirmed", { count: recipients, when }), [[{ label: ctx.t("ata-button-status"), data: `ata:s:${id}` }]])];
    }
    case "e": {
      const draft = await db.ataAnnouncement.findUnique({ where: { id } });
      if (!draft || draft.authorId !== ctx.person.id) throw new AtaError("not-yours");
      if (draft.status !== "borrador") throw new AtaError("not-draft");
      const answers = await answersFromDraft(ctx, draft);
      await discardDraft(db, ctx.person, id);
      return [closeOrigin(), ...(await ctx.forms.begin(ctx, ATA_FORM, answers, SUMMARY_STEP))];
    }
    case "x":
      await discardDraft(db, ctx.person, id);
      return [closeOrigin(), textReply(ctx.t("ata-discarded"))];
    case "s":
      // «Actualizar», the list's entry and «Volver»: the status takes the place of the message pressed.
      return (await announcementStatus(ctx, id)).map(inPlace);
    case "rs": {
      const round = Number(extra);
      if (!Number.isInteger(round) || round < 1) return [textReply(ctx.t("button-unknown"))];
      const count = await resendToUnconfirmed(db, ctx.person, id, round, ctx.now, ctx.actorLabel);
      return [inPlace(textReply(ctx.t("ata-resent", { count }), [[{ label: ctx.t("ata-button-status"), data: `ata:s:${id}` }]]))];
    }
    case "k":
      return [
        inPlace(textReply(ctx.t("ata-cancel-confirm"), [
          [
            { label: ctx.t("ata-button-cancel-yes"), data: `ata:kk:${id}` },
            { label: ctx.t("ata-button-cancel-no"), data: `ata:s:${id}` },
          ],
        ])),
      ];
    case "kk": {
      const count = await cancelAnnouncement(db, ctx.person, id, ctx.now, ctx.actorLabel);
      return [inPlace(textReply(ctx.t("ata-cancelled", { count })))];
    }
    default:
      return [textReply(ctx.t("button-unknown"))];
  }
}

export function ataFeature(forms: FormRunner): Feature {
  forms.register(ataForm, { resumeCommand: "ata" });
  return {
    name: "ata",
    commands: [
      {
        name: "ata",
        helpKey: "help-ata",
        run: (ctx) => ctx.forms.offerOrBegin(ctx, ATA_FORM),
      },
      {
        name: "ata_estado",
        helpKey: "help-ata-estado",
        run: (ctx) => announcementList(ctx),
      },
    ],
    wish: (text) => {
      const wish = ataWish(text);
      return wish ? { command: wish === "write" ? "ata" : "ata_estado" } : null;
    },
    buttons: {
      ata: async (ctx, data) => {
        const [, action = "", rawId = "", extra] = data.split(":");
        const id = Number(rawId);
        if (!/^\d{1,9}$/.test(rawId)) return [textReply(ctx.t("button-unknown"))];
        try {
          const ack = ACKS[action];
          if (ack) {
            const announcement = await acknowledge(ctx.services.db, ctx.person.id, id, ack, ctx.now);
            // The announcement's buttons become the recorded answer, under its text.
            return [closeOrigin(ctx.t(`ata-ack-${ack}`, { title: announcement.title }))];
          }
          return await specialistAction(ctx, action, id, extra);
        } catch (error) {
          return failure(ctx, error);
        }
      },
    },
  };
}
