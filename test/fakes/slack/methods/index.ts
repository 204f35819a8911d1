/** Method table of the fake Slack Web API. */
import * as chat from "./chat.js";
import type { SlackMethod } from "./context.js";
import { completeUploadExternal, getUploadURLExternal } from "./files.js";
import * as views from "./views.js";
import { appsConnectionsOpen, authTest, conversationsOpen, usersInfo } from "./workspace.js";

export { SlackApiError, type SlackApiState, type SlackMethod } from "./context.js";

export const SLACK_METHODS: ReadonlyMap<string, SlackMethod> = new Map<string, SlackMethod>([
  ["auth.test", authTest],
  ["apps.connections.open", appsConnectionsOpen],
  ["chat.postMessage", chat.postMessage],
  ["chat.update", chat.update],
  ["chat.postEphemeral", chat.postEphemeral],
  ["conversations.open", conversationsOpen],
  ["views.open", views.open],
  ["views.push", views.push],
  ["views.update", views.update],
  ["views.publish", views.publish],
  ["users.info", usersInfo],
  ["files.getUploadURLExternal", getUploadURLExternal],
  ["files.completeUploadExternal", completeUploadExternal],
]);
