/**
 * The evidence and attachments of a registration, for whoever may open it (its owner, the reviewers of its
 * UGEL, the DRE). Files are kept as the channel's references; a file Telegram holds goes back to a Telegram
 * reader by its file_id, so nothing is downloaded. For a reader on another channel the file is fetched into
 * memory and sent as content (the console saves such files in DATA_DIR/console-files).
 */
import { FileUnavailableError } from "../../../core/files.js";
import type { Reply } from "../../../core/types.js";
import { textReply } from "../../../core/types.js";
import { actorFrom } from "../../../domain/registrations/authorization.js";
import { getRegistration, type RegistrationDetail } from "../../../domain/registrations/queries.js";
import type { TurnContext } from "../../context.js";
import { openButton } from "./buttons.js";

/** Telegram's own limit for a file a bot sends. */
const MAX_RELAY_BYTES = 50 * 1_048_576;

type Attachment = RegistrationDetail["attachments"][number];

export async function showFiles(ctx: TurnContext, registrationId: number): Promise<Reply[]> {
  const registration = await getRegistration(ctx.services.db, actorFrom(ctx), registrationId);
  const back = [[{ label: ctx.t("registration-button-open"), data: openButton(registration.id) }]];
  if (registration.attachments.length === 0) return [textReply(ctx.t("reg-files-none", { code: registration.code }), back)];
  const replies: Reply[] = [textReply(ctx.t("reg-files-intro", { code: registration.code, count: registration.attachments.length }))];
  for (const file of registration.attachments) replies.push(await fileReply(ctx, file));
  replies.push(textReply(ctx.t("reg-files-done", { code: registration.code }), back));
  return replies;
}

async function fileReply(ctx: TurnContext, file: Attachment): Promise<Reply> {
  if (file.channel === "telegram" && ctx.sender.channel === "telegram") {
    return { type: "storedFile", fileRef: file.fileRef, fileName: file.fileName, mimeType: file.mimeType };
  }
  try {
    const content = await ctx.services.files.fetchFile(file.channel, file.fileRef, MAX_RELAY_BYTES);
    return { type: "file", fileName: file.fileName, mimeType: file.mimeType, content };
  } catch (error) {
    if (!(error instanceof FileUnavailableError)) throw error;
    ctx.services.logger.warn({ err: error, fileId: file.id, channel: file.channel, reason: error.reason }, "registration file could not be fetched");
    return textReply(ctx.t("reg-files-unavailable", { name: file.fileName, channel: file.channel, reason: error.reason }));
  }
}
