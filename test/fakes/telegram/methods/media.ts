/**
 * File methods: sendDocument and sendPhoto (multipart upload via
 * `attach://<id>`, an existing file_id, or a URL) and getFile. Every file the
 * bot sends is recorded with its name, MIME type, size and bytes.
 */
import type { Message } from "grammy/types";
import { ApiError, badRequest } from "../api-error.js";
import { MAX_DOWNLOAD_BYTES, mimeTypeFor } from "../file-store.js";
import { optString } from "../params.js";
import type { ReceivedFile, StoredFile } from "../types.js";
import { validateCaption } from "../validation.js";
import type { BotApiState, CallInput, MethodHandler } from "./context.js";
import { botMessage, readMarkup, readParseMode, targetChat } from "./message-shape.js";

const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
const PHOTO_WIDTH = 800;
const PHOTO_HEIGHT = 600;

type Kind = "document" | "photo";

export const sendDocument: MethodHandler = (state, input) => sendMedia(state, input, "document");
export const sendPhoto: MethodHandler = (state, input) => sendMedia(state, input, "photo");

export const getFile: MethodHandler = (state, { params }) => {
  const file = state.files.get(optString(params, "file_id") ?? "");
  if (!file) throw badRequest("invalid file_id");
  if (file.size > MAX_DOWNLOAD_BYTES) throw badRequest("file is too big");
  return { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_size: file.size, file_path: file.filePath };
};

function sendMedia(state: BotApiState, input: CallInput, kind: Kind): Message {
  const { params } = input;
  const chatId = targetChat(state, params);
  const parseMode = readParseMode(params);
  const caption = optString(params, "caption");
  validateCaption(caption, parseMode);
  const markup = readMarkup(params);
  const { file, source } = resolveInputFile(state, input, kind);

  const messageId = state.chats.nextMessageId(chatId);
  const content = kind === "document" ? { document: documentShape(file) } : { photo: [photoShape(file)] };
  const message = botMessage(state, chatId, messageId, { ...content, ...(caption ? { caption } : {}) }, markup);
  const method = kind === "document" ? "sendDocument" : "sendPhoto";
  const received = receivedFile(file, { chatId, messageId, method, source });
  (kind === "document" ? state.documents : state.photos).push(received);
  state.chats.addBotMessage(messageId, { chatId, kind, text: caption, parseMode, ...markup, file: received, message });
  return message;
}

function resolveInputFile(state: BotApiState, { params, files }: CallInput, kind: Kind): { file: StoredFile; source: ReceivedFile["source"] } {
  const value = optString(params, kind);
  const attachId = value?.startsWith("attach://") ? value.slice("attach://".length) : undefined;
  const part = files.find((candidate) => candidate.field === (attachId ?? kind));
  if (part) {
    if (part.bytes.length > MAX_UPLOAD_BYTES) throw new ApiError(413, "Request Entity Too Large");
    const declared = part.contentType.toLowerCase();
    const mimeType = kind === "photo" ? undefined : declared === "application/octet-stream" ? mimeTypeFor(part.fileName) : declared;
    return { file: state.files.add({ kind, fileName: part.fileName, mimeType, content: part.bytes }), source: "upload" };
  }
  if (attachId !== undefined || value === undefined || value === "") throw badRequest(`there is no ${kind} in the request`);
  if (/^https?:\/\//i.test(value)) {
    const fileName = decodeURIComponent(new URL(value).pathname.split("/").pop() ?? "") || undefined;
    return { file: state.files.add({ kind, fileName, content: Buffer.alloc(0) }), source: "url" };
  }
  const existing = state.files.get(value);
  if (!existing) throw badRequest("wrong file identifier/HTTP URL specified");
  return { file: existing, source: "file_id" };
}

function documentShape(file: StoredFile): Record<string, unknown> {
  return {
    file_id: file.fileId,
    file_unique_id: file.fileUniqueId,
    file_size: file.size,
    ...(file.fileName ? { file_name: file.fileName } : {}),
    ...(file.mimeType ? { mime_type: file.mimeType } : {}),
  };
}

function photoShape(file: StoredFile): Record<string, unknown> {
  return { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_size: file.size, width: PHOTO_WIDTH, height: PHOTO_HEIGHT };
}

function receivedFile(file: StoredFile, where: Pick<ReceivedFile, "chatId" | "messageId" | "method" | "source">): ReceivedFile {
  return {
    fileId: file.fileId,
    fileUniqueId: file.fileUniqueId,
    fileName: file.fileName,
    mimeType: file.mimeType,
    size: file.size,
    filePath: file.filePath,
    get bytes() {
      return file.bytes;
    },
    ...where,
  };
}
