/**
 * HTTP face of the fake Slack Web API:
 *   POST|GET /api/<method>   form-urlencoded, JSON or multipart (what @slack/web-api sends)
 *   POST     /upload/<id>    file bytes for an upload URL from files.getUploadURLExternal
 *   POST     /response/<id>  a response_url (Bolt's `respond()`), see FakeSlack.responseUrl()
 * The base URL for Bolt is `<origin>/api/` (web-api appends the method name).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { listenLocal, sendJson, type LocalServer } from "../shared/local-server.js";
import { BodyParseError, parseRequest } from "../shared/request-body.js";
import type { SlackDispatcher } from "./dispatcher.js";
import type { SlackStore } from "./store.js";

const METHOD_PATH = /^\/api\/([A-Za-z0-9_.]+)\/?$/;
const UPLOAD_PATH = /^\/upload\/([A-Za-z0-9]+)$/;
const RESPONSE_PATH = /^\/response\/[A-Za-z0-9]+$/;

export function startSlackServer(dispatcher: SlackDispatcher, store: SlackStore, changed: () => void): Promise<LocalServer> {
  return listenLocal(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = METHOD_PATH.exec(url.pathname);
    if (method) return handleMethod(req, res, url, method[1] ?? "", dispatcher);
    const upload = UPLOAD_PATH.exec(url.pathname);
    if (upload && req.method === "POST") return handleUpload(req, res, url, upload[1] ?? "", store, changed);
    if (RESPONSE_PATH.test(url.pathname) && req.method === "POST") {
      const { params } = await parseRequest(req, url);
      store.responses.push({ url: url.pathname, body: params, seq: store.nextSeq() });
      changed();
      return sendJson(res, 200, { ok: true });
    }
    sendJson(res, 404, { ok: false, error: "not_found" });
  });
}

async function handleMethod(req: IncomingMessage, res: ServerResponse, url: URL, method: string, dispatcher: SlackDispatcher): Promise<void> {
  let params: Record<string, unknown>;
  try {
    params = (await parseRequest(req, url)).params;
  } catch (error) {
    if (!(error instanceof BodyParseError)) throw error;
    return sendJson(res, 200, { ok: false, error: "invalid_json" });
  }
  const reply = dispatcher.dispatch(method, params, req.headers.authorization);
  sendJson(res, reply.status, reply.body, reply.headers);
}

async function handleUpload(req: IncomingMessage, res: ServerResponse, url: URL, fileId: string, store: SlackStore, changed: () => void): Promise<void> {
  const file = store.files.get(fileId);
  const parsed = await parseRequest(req, url);
  if (!file) {
    res.writeHead(404).end("file not found");
    return;
  }
  // web-api sends multipart with the bytes in a file part; curl-like clients may send the raw body.
  const isMultipart = (req.headers["content-type"] ?? "").toLowerCase().startsWith("multipart/");
  file.bytes = isMultipart ? (parsed.files[0]?.bytes ?? Buffer.from(String(parsed.params["body"] ?? ""))) : parsed.raw;
  changed();
  res.writeHead(200, { "content-type": "text/plain" }).end(`OK - ${file.bytes.length}`);
}
