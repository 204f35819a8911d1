/**
 * Reads an HTTP request body up to a limit. A declared Content-Length over the limit is refused before a byte is
 * read; a body that grows past it (chunked, or lying about its length) is cut off at the limit. Either way the
 * memory held is at most the limit, whatever the sender sends.
 */
import type { IncomingMessage } from "node:http";

export type BoundedBody = { ok: true; body: Buffer } | { ok: false; reason: "too-large" };

export function readBoundedBody(request: IncomingMessage, maxBytes: number): Promise<BoundedBody> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    request.resume(); // discard, so the socket can close cleanly after the answer
    return Promise.resolve({ ok: false, reason: "too-large" });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        request.off("data", onData);
        chunks.length = 0;
        request.resume();
        resolve({ ok: false, reason: "too-large" });
        return;
      }
      chunks.push(chunk);
    };
    request.on("data", onData);
    request.once("end", () => {
      if (size <= maxBytes) resolve({ ok: true, body: Buffer.concat(chunks, size) });
    });
    request.once("error", reject);
  });
}
