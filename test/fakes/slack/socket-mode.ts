/**
 * A local Slack Socket Mode server (ws://127.0.0.1:<port>), speaking the envelope protocol the way Slack does:
 * on each connection it sends `hello`; it pushes `events_api`, `interactive` and `slash_commands` envelopes, each
 * with an `envelope_id` and `accepts_response_payload`, and waits for the app to answer with a frame carrying that
 * `envelope_id` (and, for interactions, an optional `payload`: e.g. a view submission's `response_action`); it can
 * ask the app to reconnect (`disconnect` with reason `refresh_requested`) or drop the socket, and counts the
 * connections. The app learns the URL from apps.connections.open on the fake Web API (FakeSlack.useSocketMode).
 */
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
}

export class FakeSocketMode {
  private readonly server: WebSocketServer;
  private current: WebSocket | undefined;
  private readonly acks = new Map<string, (ack: SocketAck) => void>();
  private readonly connectionWaiters: Array<{ count: number; resolve: () => void }> = [];
  /** Connections opened so far (one per connect and per reconnect). */
  connections = 0;
  /** Every frame the app sent, parsed. */
  readonly received: unknown[] = [];

  private constructor(server: WebSocketServer, private readonly appId: string) {
    this.server = server;
    server.on("connection", (socket) => this.accept(socket));
  }

  static async start(options: { appId?: string } = {}): Promise<FakeSocketMode> {
    const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await once(server, "listening");
    return new FakeSocketMode(server, options.appId ?? "A0FAKEAPP");
  }

  /** A fresh URL per apps.connections.open, like Slack's ticket query parameter. */
  url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `ws://127.0.0.1:${port}/link/?ticket=${randomBytes(8).toString("hex")}&app_id=${this.appId}`;
  }

  /** Resolves once `count` connections in total have said hello. */
  waitForConnections(count: number): Promise<void> {
    if (this.connections >= count) return Promise.resolve();
    return new Promise((resolve) => this.connectionWaiters.push({ count, resolve }));
  }

  eventsApi(body: Record<string, unknown>, retry = 0): Promise<SocketAck> {
    return this.push("events_api", body, { retry_attempt: retry, retry_reason: retry ? "timeout" : "" });
  }

  interactive(payload: Record<string, unknown>): Promise<SocketAck> {
    return this.push("interactive", payload);
  }

  slashCommand(body: Record<string, unknown>): Promise<SocketAck> {
    return this.push("slash_commands", body);
  }

  /** Slack's polite reconnect: the app opens a new connection (through apps.connections.open again). */
  askToReconnect(): void {
    this.current?.send(JSON.stringify({ type: "disconnect", reason: "refresh_requested", debug_info: { host: "fake-socket-mode" } }));
  }

  /** The connection breaks without a word (a network cut). */
  dropConnection(): void {
    this.current?.terminate();
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: WebSocket): void {
    this.current = socket;
    this.connections++;
    socket.on("message", (data) => {
      let frame: unknown;
      try {
        frame = JSON.parse(String(data));
      } catch {
        return;
      }
      this.received.push(frame);
      const id = (frame as { envelope_id?: unknown }).envelope_id;
      if (typeof id === "string") {
        this.acks.get(id)?.(frame as SocketAck);
        this.acks.delete(id);
      }
    });
    socket.send(JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "fake-socket-mode", approximate_connection_time: 18060 }, connection_info: { app_id: this.appId } }));
    for (const waiter of this.connectionWaiters.filter((candidate) => this.connections >= candidate.count)) {
      this.connectionWaiters.splice(this.connectionWaiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  }

  private push(type: string, payload: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<SocketAck> {
    const socket = this.current;
    if (!socket || socket.readyState !== socket.OPEN) return Promise.reject(new Error("no Socket Mode connection"));
    const envelopeId = `${type}-${randomBytes(6).toString("hex")}`;
    const acked = new Promise<SocketAck>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.acks.delete(envelopeId);
        reject(new Error(`no acknowledgement for ${type} ${envelopeId} within 5 s`));
      }, 5_000);
      this.acks.set(envelopeId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
    });
    socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== "events_api", ...extra }));
    return acked;
  }
}
