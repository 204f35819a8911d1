/**
 * chat.postMessage, chat.update and chat.postEphemeral. Posting to a user id
 * lands in that user's DM channel. Validates the usual failures: no_text,
 * msg_too_long, invalid_blocks, message_not_found.
 */
import { MAX_MESSAGE_BLOCKS, blockProblems } from "../block-validation.js";
import { channelFor } from "../ids.js";
import type { SlackMessage } from "../types.js";
import { SlackApiError, json, str, type Params, type SlackApiState, type SlackMethod } from "./context.js";

const MAX_TEXT = 40_000;

interface Content {
  readonly text: string | undefined;
  readonly blocks: unknown[] | undefined;
}

function readContent(params: Params, required: boolean): Content {
  const text = str(params, "text");
  const blocks = json(params, "blocks");
  const attachments = json(params, "attachments");
  if (required && text === undefined && blocks === undefined && attachments === undefined) throw new SlackApiError("no_text");
  if (text !== undefined && text.length > MAX_TEXT) throw new SlackApiError("msg_too_long");
  const problems = blockProblems(blocks, MAX_MESSAGE_BLOCKS, "/blocks");
  if (problems.length > 0) throw new SlackApiError("invalid_blocks", problems);
  return { text, blocks: blocks as unknown[] | undefined };
}

function requireChannel(params: Params): string {
  const channel = str(params, "channel");
  if (!channel) throw new SlackApiError("channel_not_found");
  return channelFor(channel);
}

function messageShape(state: SlackApiState, message: SlackMessage): Record<string, unknown> {
  return {
    type: "message",
    user: state.botUserId,
    bot_id: state.botId,
    team: state.teamId,
    ts: message.ts,
    text: message.text ?? "",
    ...(message.blocks ? { blocks: message.blocks } : {}),
    ...(message.threadTs ? { thread_ts: message.threadTs } : {}),
  };
}

export const postMessage: SlackMethod = (state, params) => {
  const channel = requireChannel(params);
  const content = readContent(params, true);
  const message = state.store.addMessage({ channel, ...content, threadTs: str(params, "thread_ts"), files: [] });
  return { ok: true, channel, ts: message.ts, message: messageShape(state, message) };
};

export const update: SlackMethod = (state, params) => {
  const channel = requireChannel(params);
  const ts = str(params, "ts");
  const content = readContent(params, false);
  const message = ts === undefined ? undefined : state.store.updateMessage(channel, ts, content);
  if (!message) throw new SlackApiError("message_not_found");
  return { ok: true, channel, ts: message.ts, text: message.text ?? "", message: messageShape(state, message) };
};

export const postEphemeral: SlackMethod = (state, params) => {
  const channel = requireChannel(params);
  const user = str(params, "user");
  if (!user) throw new SlackApiError("user_not_found");
  const content = readContent(params, true);
  const ephemeral = state.store.addEphemeral({ channel, user, ...content });
  return { ok: true, message_ts: ephemeral.messageTs };
};
