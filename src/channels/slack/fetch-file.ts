/**
 * Downloads a file a person shared with the app on Slack: files.info gives its private download URL, which
 * answers to the bot token (scope files:read). Size is checked before and after the download.
 */
import type { webApi } from "@slack/bolt";
import { FileUnavailableError, type FetchFile } from "../../core/files.js";

export function slackFileFetcher(client: webApi.WebClient, token: string): FetchFile {
  return async (fileRef, maxBytes) => {
    let file: { size?: number; url_private_download?: string; url_private?: string } | undefined;
    try {
      file = (await client.files.info({ file: fileRef })).file;
    } catch (error) {
      throw new FileUnavailableError("failed", `files.info: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!file) throw new FileUnavailableError("not-found", "files.info returned no file");
    if (file.size !== undefined && file.size > maxBytes) throw new FileUnavailableError("too-big", `${file.size} bytes`);
    const url = file.url_private_download ?? file.url_private;
    if (!url) throw new FileUnavailableError("not-found", "the file has no download URL");
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } }).catch((error: unknown) => {
      throw new FileUnavailableError("failed", `download: ${error instanceof Error ? error.message : String(error)}`);
    });
    if (!response.ok) throw new FileUnavailableError(response.status === 404 ? "not-found" : "failed", `download: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > maxBytes) throw new FileUnavailableError("too-big", `${bytes.length} bytes`);
    return bytes;
  };
}
