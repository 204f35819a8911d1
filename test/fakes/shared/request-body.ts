/**
 * Reads an HTTP request body and turns it into a flat parameter object,
 * whatever the encoding: JSON, form-urlencoded, multipart/form-data, plus the
 * query string. Values coming from forms or the query string are strings;
 * JSON values keep their types. Callers coerce with their own helpers.
 */
import type { IncomingMessage } from "node:http";
import { boundaryOf, parseMultipart, type FilePart } from "./multipart.js";

export interface ParsedRequest {
  readonly params: Record<string, unknown>;
  readonly files: FilePart[];
  /** The raw body, for signature checks or raw uploads. */
  readonly raw: Buffer;
}

export class BodyParseError extends Error {}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
}

export async function parseRequest(req: IncomingMessage, url: URL): Promise<ParsedRequest> {
  const raw = await readBody(req);
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const contentType = (req.headers["content-type"] ?? "").toLowerCase();
  let files: FilePart[] = [];

  if (raw.length === 0) return { params, files, raw };
  if (contentType.startsWith("application/json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.toString("utf8"));
    } catch {
      throw new BodyParseError("can't parse JSON body");
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      throw new BodyParseError("JSON body must be an object");
    }
    Object.assign(params, parsed);
  } else if (contentType.startsWith("multipart/form-data")) {
    const boundary = boundaryOf(req.headers["content-type"] ?? "");
    if (!boundary) throw new BodyParseError("multipart body without boundary");
    const multipart = parseMultipart(raw, boundary);
    Object.assign(params, multipart.fields);
    files = multipart.files;
  } else if (contentType.startsWith("application/x-www-form-urlencoded")) {
    Object.assign(params, Object.fromEntries(new URLSearchParams(raw.toString("utf8"))));
  }
  return { params, files, raw };
}
