/**
 * Fake Slack Web API and Slack request signer for end-to-end tests. Import from here:
 *
 *   import { startFakeSlack, SlackRequestSigner } from "../fakes/slack/index.js";
 */
export { DEFAULT_SLACK_TOKEN, FakeSlack, startFakeSlack, type SlackMessageWaitOptions } from "./fake-slack.js";
export * from "./sign.js";
export type * from "./types.js";
export { FakeSocketMode, type SocketAck } from "./socket-mode.js";
