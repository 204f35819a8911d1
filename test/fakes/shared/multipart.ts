/**
 * Minimal multipart/form-data parser for the fakes.
 *
 * Enough for what real clients send: grammY writes lower-case headers without
 * spaces and an *unquoted* file name (`content-disposition:form-data;name="x";filename=a b.pdf`),
 * while undici's `FormData` (used by @slack/web-api) quotes it. Both are
 * accepted. The whole body is buffered; fine for test payloads.
 */

export interface FilePart {
  /** Form field name (for grammY: the random id referenced by `attach://<id>`). */
  readonly field: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Buffer;
}

export interface MultipartBody {
  readonly fields: Record<string, string>;
  readonly files: FilePart[];
}

const CRLF = Buffer.from("\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");

export function boundaryOf(contentType: string): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  return (match?.[1] ?? match?.[2])?.trim();
}

export function parseMultipart(body: Buffer, boundary: string): MultipartBody {
  const fields: Record<string, string> = {};
  const files: FilePart[] = [];
  const delimiter = Buffer.from(`--${boundary}`);
  const nextDelimiter = Buffer.from(`\r\n--${boundary}`);

  let pos = body.indexOf(delimiter);
  if (pos < 0) return { fields, files };
  pos += delimiter.length;

  while (pos < body.length) {
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break; // "--": closing delimiter
    if (body.subarray(pos, pos + 2).equals(CRLF)) pos += 2;
    const headerEnd = body.indexOf(HEADER_END, pos);
    if (headerEnd < 0) break;
    const end = body.indexOf(nextDelimiter, headerEnd + HEADER_END.length);
    if (end < 0) break;

    const headers = parseHeaders(body.toString("utf8", pos, headerEnd));
    const content = body.subarray(headerEnd + HEADER_END.length, end);
    const disposition = headers.get("content-disposition") ?? "";
    const name = paramOf(disposition, "name");
    const fileName = fileNameOf(disposition);
    if (name !== undefined) {
      if (fileName === undefined) fields[name] = content.toString("utf8");
      else {
        files.push({
          field: name,
          fileName,
          contentType: headers.get("content-type") ?? "application/octet-stream",
          bytes: Buffer.from(content),
        });
      }
    }
    pos = end + nextDelimiter.length;
  }
  return { fields, files };
}

function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function paramOf(header: string, param: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${param}=(?:"([^"]*)"|([^;]*))`, "i").exec(header);
  return match?.[1] ?? match?.[2]?.trim();
}

/** Quoted file names end at the quote; unquoted ones (grammY) run to the end of the header. */
function fileNameOf(header: string): string | undefined {
  const match = /(?:^|;)\s*filename=(?:"((?:[^"\\]|\\.)*)"|(.*))$/i.exec(header);
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/\\(.)/g, "$1") : (match[2] ?? "").trim();
}
