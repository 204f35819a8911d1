/**
 * The Slack channel: a Bolt app over the channel-neutral conversation. HTTP mode (production) verifies every
 * request's signature and timestamp (Bolt's HTTPReceiver, verification always on) and answers GET /healthz;
 * Socket Mode (SLACK_APP_TOKEN) needs no public URL, for development. `apiUrl` points the Web API client
 * elsewhere (tests use a local fake). One folder per surface: commands, actions, views, events, home.
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver } from "@slack/bolt";
import type { Conversation } from "../../conversation/router.js";
import type { Logger } from "../../logger.js";
import type { MetricsRoute } from "../../metrics.js";
import type { AppServices } from "../../services.js";
import { registerActions } from "./actions.js";
import { boltLogger } from "./bolt-logger.js";
import { registerCommands } from "./commands.js";
import { SlackDirectory } from "./directory.js";
import { registerEvents } from "./events.js";
import { slackFileFetcher } from "./fetch-file.js";
import { HomePublisher } from "./home/publish.js";
import { openForReview } from "./home/review.js";
import type { HomeOptions } from "./home/view.js";
import { stampArrival } from "./received-at.js";
import { guardReplays } from "./replay-guard.js";
import { gateSlackRequests } from "./request-gate.js";
import { SlackTurns } from "./turns.js";
import { registerFormViews } from "./views/register.js";

export const SLACK_EVENTS_PATH = "/slack/events";

export interface SlackChannelOptions {
  token: string;
  /** HTTP mode: every request must carry a valid signature made with this secret. */
  signingSecret?: string;
  /** Socket Mode (development): set instead of a public URL. */
  appToken?: string;
  apiUrl?: string;
  host?: string;
  port: number;
  conversation: Conversation;
  services: AppServices;
  logger: Logger;
  /** True the first time a request key (event id, trigger id) is seen: redeliveries and replays are dropped. */
  firstDelivery: (key: string) => Promise<boolean>;
  health?: () => Promise<{ ok: boolean; [key: string]: unknown }>;
  /** GET /metrics on the HTTP receiver's port. */
  metrics?: MetricsRoute;
  /** A request refused before Bolt saw it (for /metrics). */
  onRefused?: (status: number) => void;
  reviewButton?: HomeOptions["reviewButton"];
}

export interface SlackChannel {
  app: App;
  turns: SlackTurns;
  start(): Promise<{ port?: number }>;
  /** Resolves when every request in hand has been fully handled (work continues after the ack). */
  idle(): Promise<void>;
  /** Stops receiving, then finishes the requests in hand. */
  stop(): Promise<void>;
}

function metricsRoute(metrics: MetricsRoute) {
  return {
    path: "/metrics",
    method: ["GET"],
    handler: (_request: IncomingMessage, response: ServerResponse) => {
      void metrics.render().then(
        (text) => response.writeHead(200, { "content-type": metrics.contentType }).end(text),
        () => response.writeHead(500).end(),
      );
    },
  };
}

/** Counts requests whose listeners are still working, so shutdown (and tests) can wait for them. */
class InFlight {
  private count = 0;
  private waiting: Array<() => void> = [];

  async track(work: () => Promise<void>): Promise<void> {
    this.count++;
    try {
      await work();
    } finally {
      this.count--;
      if (this.count === 0) for (const resolve of this.waiting.splice(0)) resolve();
    }
  }

  idle(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }
}

export function createSlackChannel(options: SlackChannelOptions): SlackChannel {
  const logger = boltLogger(options.logger);
  const clientOptions = options.apiUrl ? { slackApiUrl: options.apiUrl } : {};
  const socketMode = Boolean(options.appToken);
  let receiver: HTTPReceiver | undefined;
  let app: App;
  if (socketMode) {
    // installerOptions.clientOptions reaches the Socket Mode client's own Web API client (apps.connections.open).
    app = new App({ token: options.token, appToken: options.appToken as string, socketMode: true, logger, clientOptions, installerOptions: { clientOptions } });
  } else {
    if (!options.signingSecret) throw new Error("Slack HTTP mode needs SLACK_SIGNING_SECRET");
    receiver = new HTTPReceiver({
      signingSecret: options.signingSecret,
      endpoints: SLACK_EVENTS_PATH,
      logger,
      customRoutes: [
        {
          path: "/healthz",
          method: ["GET"],
          handler: (_request, response) => {
            void (options.health?.() ?? Promise.resolve({ ok: true })).then(
              (health) => response.writeHead(health.ok ? 200 : 503, { "content-type": "application/json" }).end(JSON.stringify(health)),
              () => response.writeHead(503).end(),
            );
          },
        },
        ...(options.metrics ? [metricsRoute(options.metrics)] : []),
      ],
    });
    receiver.requestListener = gateSlackRequests(receiver.requestListener, {
      signingSecret: options.signingSecret,
      path: SLACK_EVENTS_PATH,
      logger: options.logger,
      ...(options.onRefused ? { onRefused: options.onRefused } : {}),
    });
    app = new App({ token: options.token, receiver, logger, clientOptions });
  }

  options.services.files.register("slack", slackFileFetcher(app.client, options.token));
  const turns = new SlackTurns({ conversation: options.conversation, services: options.services, logger: options.logger, directory: new SlackDirectory(options.logger) });
  const home = new HomePublisher(turns, options.reviewButton ?? openForReview);
  const inFlight = new InFlight();
  app.use(({ next }) => inFlight.track(next));
  stampArrival(app);
  guardReplays(app, options.firstDelivery, () => options.logger.warn("slack: a request seen before was dropped"));
  registerCommands(app, turns);
  registerActions(app, turns, home);
  registerFormViews(app, turns);
  registerEvents(app, turns, home);
  app.error(async (error) => {
    options.logger.error({ err: error }, "slack: unhandled error");
  });

  return {
    app,
    turns,
    async start() {
      if (socketMode) {
        await app.start();
        options.logger.info("slack: socket mode");
        return {};
      }
      const server = (await app.start({ port: options.port, host: options.host ?? "0.0.0.0" })) as Server;
      const port = (server.address() as AddressInfo | null)?.port ?? options.port;
      options.logger.info({ port, path: SLACK_EVENTS_PATH }, "slack: http");
      return { port };
    },
    idle: () => inFlight.idle(),
    async stop() {
      await app.stop();
      await inFlight.idle();
    },
  };
}
