/**
 * Downloads a file a person sent on Telegram: getFile gives its file_path, and the bytes are at
 * `<apiRoot>/file/bot<token>/<file_path>` (the Bot API serves files up to 20 MB this way).
 */
import type { Api } from "grammy";
import { FileUnavailableError, type FetchFile } from "../../core/files.js";

export function telegramFileFetcher(api: Api, options: { token: string; apiRoot: string }): FetchFile {
  return async (fileRef, maxBytes) => {
    let file;
    try {
      file = await api.getFile(fileRef);
    } catch (error) {
      throw new FileUnavailableError("failed", `getFile: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (file.file_size !== undefined && file.file_size > maxBytes) throw new FileUnavailableError("too-big", `${file.file_size} bytes`);
    if (!file.file_path) throw new FileUnavailableError("not-found", "getFile returned no file_path");
    const response = await fetch(`${options.apiRoot.replace(/\/+$/, "")}/file/bot${options.token}/${file.file_path}`).catch((error: unknown) => {
      throw new FileUnavailableError("failed", `download: ${error instanceof Error ? error.message : String(error)}`);
    });
    if (!response.ok) throw new FileUnavailableError(response.status === 404 ? "not-found" : "failed", `download: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > maxBytes) throw new FileUnavailableError("too-big", `${bytes.length} bytes`);
    return bytes;
  };
}
