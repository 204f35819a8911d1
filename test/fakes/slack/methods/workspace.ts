/**
 * Workspace-level methods: auth.test (called by Bolt to authorize), users.info
 * and conversations.open (a single user gives their DM channel).
 */
import { channelFor } from "../ids.js";
import { SlackApiError, str, type SlackMethod } from "./context.js";

export const authTest: SlackMethod = (state) => ({
  ok: true,
  url: "https://pasco-educa-fake.slack.com/",
  team: "Pasco Educa (fake)",
  user: "pasco_educa_bot",
  team_id: state.teamId,
  user_id: state.botUserId,
  bot_id: state.botId,
  is_enterprise_install: false,
});

export const usersInfo: SlackMethod = (state, params) => {
  const user = state.store.users.get(str(params, "user") ?? "");
  if (!user) throw new SlackApiError("user_not_found");
  const name = user.name ?? user.id.toLowerCase();
  return {
    ok: true,
    user: {
      id: user.id,
      team_id: state.teamId,
      name,
      real_name: user.realName ?? name,
      deleted: false,
      is_bot: user.isBot ?? false,
      tz: user.tz ?? "America/Lima",
      ...(user.locale ? { locale: user.locale } : {}),
      profile: {
        real_name: user.realName ?? name,
        display_name: name,
        ...(user.email ? { email: user.email } : {}),
      },
    },
  };
};

export const conversationsOpen: SlackMethod = (_state, params) => {
  const users = (str(params, "users") ?? "").split(",").map((u) => u.trim()).filter(Boolean);
  const channel = str(params, "channel");
  if (channel) return { ok: true, channel: { id: channel } };
  if (users.length === 0) throw new SlackApiError("users_list_not_supplied");
  const id = users.length === 1 ? channelFor(users[0] ?? "") : `G${users.map((u) => u.slice(1)).join("")}`;
  return { ok: true, channel: { id }, already_open: false, no_op: false };
};

/** Socket Mode: the WebSocket URL to connect to (called with the app-level token, xapp-…). */
export const appsConnectionsOpen: SlackMethod = (state) => {
  const url = state.store.socketModeUrl?.();
  if (!url) throw new SlackApiError("not_allowed_token_type");
  return { ok: true, url };
};
