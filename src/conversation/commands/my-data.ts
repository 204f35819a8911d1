/** Rights of access and cancellation (Ley 29733): see everything stored, or delete it. */
import { textReply } from "../../core/types.js";
import { audit } from "../../domain/audit.js";
import { deletePersonData, exportPersonData } from "../../domain/people.js";
import type { Feature } from "../context.js";
import { splitText } from "../../core/split-text.js";
import { myDataText } from "./my-data-text.js";
import { profileWish } from "./profile-wish.js";

/** Under Telegram's 4096 characters per message, with room for the channel's formatting. */
const MESSAGE_MAX_CHARS = 3500;

export const myDataFeature: Feature = {
  name: "my-data",
  wish: (text) => (profileWish(text) === "my-data" ? { command: "mis_datos" } : null),
  commands: [
    {
      name: "mis_datos",
      run: async (ctx) => {
        const text = myDataText(ctx, await exportPersonData(ctx.services.db, ctx.person.id));
        return [
          ...splitText(text, MESSAGE_MAX_CHARS).map((part) => textReply(part)),
          { type: "file", fileName: ctx.t("my-data-file-name"), mimeType: "text/plain", content: new TextEncoder().encode(`${text}\n`), caption: ctx.t("my-data-file-caption") },
        ];
      },
    },
    {
      name: "borrar_mis_datos",
      run: async (ctx) => [
        textReply(ctx.t("delete-confirm"), [
          [
            { label: ctx.t("delete-button-yes"), data: "del:yes" },
            { label: ctx.t("delete-button-no"), data: "del:no" },
          ],
        ]),
      ],
    },
  ],
  buttons: {
    del: async (ctx, data) => {
      if (data !== "del:yes") return [textReply(ctx.t("delete-kept"))];
      await ctx.services.db.$transaction(async (tx) => {
        await deletePersonData(tx, ctx.person.id);
        await audit(tx, { actorId: ctx.person.id, actorLabel: ctx.actorLabel, action: "person.deleted", entity: "person", entityId: ctx.person.id });
      });
      ctx.person = { ...ctx.person, role: null, onboardedAt: null };
      ctx.notePersonRemoved?.();
      return [textReply(ctx.t("delete-done"))];
    },
  },
};
