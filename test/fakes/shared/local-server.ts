/**
 * Starts a `node:http` server on 127.0.0.1 with a random port (port 0) for the
 * in-process fakes, and closes it hard: `close()` also drops idle keep-alive
 * sockets and pending long polls so that `afterAll` never hangs.
 *
 * The keep-alive timeout is raised above the clients' idle time so a client
 * never reuses a socket the server is closing at the same moment (a classic
 * source of flaky "socket hang up" errors with keep-alive agents).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type AsyncRequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface LocalServer {
  readonly server: Server;
  readonly port: number;
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  readonly origin: string;
  close(): Promise<void>;
}

export async function listenLocal(handler: AsyncRequestHandler): Promise<LocalServer> {
  const server = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(`fake server error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 0;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  return {
    server,
    port,
    origin: `http://127.0.0.1:${port}`,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/** Writes a JSON response in one go. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}
