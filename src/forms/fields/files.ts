/**
 * Evidence and attachments: kept as the channel's file references (id, name, type, size), never downloaded.
 * 20 MB is the most a Telegram bot can fetch later (getFile), so it is the limit for every file.
 */
import type { FieldDef } from "../types.js";

export const MAX_FILE_BYTES = 20 * 1_048_576;

export const DOCUMENT_AND_MEDIA_TYPES = [
  "application/pdf",
  "image/jpeg",
  "image/png",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/msword",
  "video/mp4",
];

export function filesField(key: string, promptKey: string, labelKey: string, maxFiles: number): FieldDef {
  return { key, kind: "files", promptKey, labelKey, accept: { mimeTypes: DOCUMENT_AND_MEDIA_TYPES, maxBytes: MAX_FILE_BYTES, maxFiles } };
}
