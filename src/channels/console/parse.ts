/** One console line → one Input: "/cmd args", a number picking a shown option, "!archivo.pdf" as a file, or text. */
import { statSync } from "node:fs";
import { basename, extname } from "node:path";
import type { Button, Input } from "../../core/types.js";
import { CONSOLE_FILE_PREFIX } from "./fetch-file.js";

const MIME_BY_EXTENSION: Record<string, string> = {
  ".pdf": "application/pdf",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".doc": "application/msword",
  ".mp4": "video/mp4",
  ".csv": "text/csv",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".exe": "application/x-msdownload",
  ".zip": "application/zip",
};

function localFileSize(path: string): number | undefined {
  try {
    const info = statSync(path);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

/** `origin`: the number of the message the options belong to, handed on with a pressed button. */
export function parseConsoleLine(line: string, options: Button[], origin?: number): Input | null {
  const text = line.trim();
  if (text.length === 0) return null;
  const command = /^\/([a-zA-Z_áéíóúñ]+)(?:@\w+)?(?:\s+([\s\S]*))?$/.exec(text);
  if (command) return { type: "command", command: (command[1] as string).toLowerCase(), args: (command[2] ?? "").trim() };
  if (/^\d{1,2}$/.test(text)) {
    const button = options[Number(text) - 1];
    if (button?.data) return { type: "button", data: button.data, ...(origin !== undefined ? { origin: String(origin) } : {}) };
  }
  // "!ruta/archivo.pdf 2048": a file as the console's stand-in for an attachment. A file that exists has its
  // real size (its bytes can be read: see fetch-file.ts); for a mere stand-in the size typed, or 1 KB.
  const file = /^!(\S+)(?:\s+(\d+))?$/.exec(text);
  if (file) {
    const path = file[1] as string;
    return {
      type: "file",
      file: {
        fileRef: `${CONSOLE_FILE_PREFIX}${path}`,
        fileName: basename(path),
        mimeType: MIME_BY_EXTENSION[extname(path).toLowerCase()] ?? "application/octet-stream",
        sizeBytes: localFileSize(path) ?? Number(file[2] ?? 1024),
      },
    };
  }
  return { type: "text", text };
}
