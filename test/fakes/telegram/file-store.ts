/**
 * Files known to the fake Telegram server: documents and photos sent by
 * simulated users (so the bot can getFile and download them from
 * `/file/bot<token>/<file_path>`) and files uploaded by the bot (so a returned
 * file_id can be reused). Content given only by size is generated lazily with
 * deterministic bytes, so a "25 MB" document costs nothing unless downloaded.
 */
import type { StoredFile } from "./types.js";

/** Bot API download limit for getFile. */
export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xls: "application/vnd.ms-excel",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  doc: "application/msword",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  csv: "text/csv",
  txt: "text/plain",
  json: "application/json",
  zip: "application/zip",
  ics: "text/calendar",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
};

export function mimeTypeFor(fileName: string): string {
  const extension = fileName.includes(".") ? (fileName.split(".").pop() ?? "") : "";
  return MIME_BY_EXTENSION[extension.toLowerCase()] ?? "application/octet-stream";
}

export interface NewFile {
  readonly kind: "document" | "photo";
  readonly fileName?: string;
  readonly mimeType?: string;
  readonly content?: Buffer;
  readonly size?: number;
}

class LazyFile implements StoredFile {
  private content: Buffer | undefined;

  constructor(
    readonly fileId: string,
    readonly fileUniqueId: string,
    readonly filePath: string,
    readonly size: number,
    readonly fileName: string | undefined,
    readonly mimeType: string | undefined,
    content: Buffer | undefined,
  ) {
    this.content = content;
  }

  get bytes(): Buffer {
    this.content ??= deterministicBytes(this.size, this.fileUniqueId);
    return this.content;
  }
}

export class FileStore {
  private readonly byId = new Map<string, StoredFile>();
  private readonly byPath = new Map<string, StoredFile>();
  private counter = 0;

  add(file: NewFile): StoredFile {
    const n = ++this.counter;
    const prefix = file.kind === "photo" ? "AgAC" : "BQAC";
    const extension = file.kind === "photo" ? "jpg" : (file.fileName?.split(".").pop() ?? "dat");
    const folder = file.kind === "photo" ? "photos" : "documents";
    const stored = new LazyFile(
      `${prefix}AgFAKE${String(n).padStart(8, "0")}`,
      `AQAD${String(n).padStart(6, "0")}`,
      `${folder}/file_${n}.${extension}`,
      file.content?.length ?? file.size ?? 1024,
      file.fileName,
      file.mimeType ?? (file.kind === "photo" ? undefined : mimeTypeFor(file.fileName ?? "")),
      file.content,
    );
    this.byId.set(stored.fileId, stored);
    this.byPath.set(stored.filePath, stored);
    return stored;
  }

  get(fileId: string): StoredFile | undefined {
    return this.byId.get(fileId);
  }

  atPath(filePath: string): StoredFile | undefined {
    return this.byPath.get(filePath);
  }
}

function deterministicBytes(size: number, seed: string): Buffer {
  const bytes = Buffer.alloc(size);
  let value = 0;
  for (const char of seed) value = (value * 31 + char.charCodeAt(0)) & 0xff;
  for (let i = 0; i < size; i++) bytes[i] = (value + i) & 0xff;
  return bytes;
}
