/**
 * Getting the bytes of a file a person sent. Channels hand the conversation only a reference (Telegram
 * file_id, a console path); a feature that needs the content (the calendar import) asks for it here, and each
 * channel registers how it downloads its own files.
 */
import type { ChannelName } from "./types.js";

export type FetchFile = (fileRef: string, maxBytes: number) => Promise<Uint8Array>;

export class FileUnavailableError extends Error {
  constructor(
    readonly reason: "no-fetcher" | "too-big" | "not-found" | "failed",
    message: string,
  ) {
    super(message);
    this.name = "FileUnavailableError";
  }
}

export interface FileFetcher {
  /** The file's bytes; throws FileUnavailableError when it cannot be had (or is larger than maxBytes). */
  fetchFile(channel: ChannelName, fileRef: string, maxBytes: number): Promise<Uint8Array>;
}

export class ChannelFileFetcher implements FileFetcher {
  private readonly byChannel = new Map<ChannelName, FetchFile>();

  register(channel: ChannelName, fetch: FetchFile): this {
    this.byChannel.set(channel, fetch);
    return this;
  }

  async fetchFile(channel: ChannelName, fileRef: string, maxBytes: number): Promise<Uint8Array> {
    const fetch = this.byChannel.get(channel);
    if (fetch === undefined) throw new FileUnavailableError("no-fetcher", `no file fetcher for ${channel}`);
    return fetch(fileRef, maxBytes);
  }
}
