/**
 * HTTP face of the fake Telegram Bot API:
 *   POST|GET /bot<token>/<method>        JSON, form-urlencoded, multipart or query string
 *   GET      /file/bot<token>/<file_path> file download (after getFile)
 * A wrong token answers 401 like Telegram. A client that goes away (e.g.
 * grammY aborting its long poll on `bot.stop()`) aborts the pending call.
 * No per-request logging: this path must sustain thousands of calls/s.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { listenLocal, sendJson, type LocalServer } from "../shared/local-server.js";
import { BodyParseError, parseRequest } from "../shared/request-body.js";
import type { Dispatcher } from "./dispatcher.js";
import type { FileStore } from "./file-store.js";

const METHOD_PATH = /^\/bot([^/]+)\/([A-Za-z0-9_]+)\/?$/;
const FILE_PATH = /^\/file\/bot([^/]+)\/(.+)$/;
const UNAUTHORIZED = { ok: false, error_code: 401, description: "Unauthorized" };
const NOT_FOUND = { ok: false, error_code: 404, description: "Not Found" };

export function startTelegramServer(token: string, dispatcher: Dispatcher, files: FileStore): Promise<LocalServer> {
  return listenLocal(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = METHOD_PATH.exec(url.pathname);
    if (method) {
      if (method[1] !== token) return sendJson(res, 401, UNAUTHORIZED);
      return handleMethod(req, res, url, method[2] ?? "", dispatcher);
    }
    const download = FILE_PATH.exec(url.pathname);
    if (download && req.method === "GET") {
      if (download[1] !== token) return sendJson(res, 401, UNAUTHORIZED);
      const file = files.atPath(decodeURIComponent(download[2] ?? ""));
      if (!file) return sendJson(res, 404, NOT_FOUND);
      res.writeHead(200, { "content-type": file.mimeType ?? "application/octet-stream", "content-length": file.size });
      res.end(file.bytes);
      return;
    }
    sendJson(res, 404, NOT_FOUND);
  });
}

async function handleMethod(req: IncomingMessage, res: ServerResponse, url: URL, name: string, dispatcher: Dispatcher): Promise<void> {
  let parsed;
  try {
    parsed = await parseRequest(req, url);
  } catch (error) {
    if (!(error instanceof BodyParseError)) throw error;
    return sendJson(res, 400, { ok: false, error_code: 400, description: `Bad Request: ${error.message}` });
  }
  const abort = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) abort.abort();
  });
  const outcome = await dispatcher.dispatch(name, parsed.params, parsed.files, abort.signal);
  if (outcome.kind === "drop") {
    req.socket.destroy();
    return;
  }
  if (abort.signal.aborted) return;
  sendJson(res, outcome.status, outcome.body);
}
