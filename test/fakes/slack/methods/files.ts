/**
 * The external upload flow used by `files.uploadV2`:
 *   1. files.getUploadURLExternal -> { upload_url, file_id }
 *   2. POST bytes to upload_url (served by the fake, see server.ts)
 *   3. files.completeUploadExternal -> shares the files, optionally in a channel
 */
import { channelFor } from "../ids.js";
import { SlackApiError, json, str, type SlackMethod } from "./context.js";

export const getUploadURLExternal: SlackMethod = (state, params) => {
  const filename = str(params, "filename");
  const length = Number(str(params, "length"));
  if (!filename || !Number.isInteger(length) || length <= 0) throw new SlackApiError("invalid_arguments");
  const id = state.store.ids.next("F");
  state.store.files.set(id, { id, filename, title: undefined, length, bytes: undefined, channelId: undefined, initialComment: undefined, completed: false });
  return { ok: true, upload_url: `${state.origin}/upload/${id}`, file_id: id };
};

export const completeUploadExternal: SlackMethod = (state, params) => {
  const entries = json(params, "files");
  if (!Array.isArray(entries) || entries.length === 0) throw new SlackApiError("invalid_arguments");
  const channel = str(params, "channel_id") ?? str(params, "channels");
  const initialComment = str(params, "initial_comment");
  const completed = (entries as Array<{ id?: string; title?: string }>).map((entry) => {
    const file = state.store.files.get(entry.id ?? "");
    if (!file || file.bytes === undefined) throw new SlackApiError("file_not_found");
    Object.assign(file, { title: entry.title ?? file.filename, channelId: channel ? channelFor(channel) : undefined, initialComment, completed: true });
    return file;
  });
  if (channel) {
    state.store.addMessage({
      channel: channelFor(channel),
      text: initialComment,
      blocks: undefined,
      threadTs: str(params, "thread_ts"),
      files: completed.map((file) => file.id),
    });
  }
  return {
    ok: true,
    files: completed.map((file) => ({ id: file.id, name: file.filename, title: file.title, size: file.bytes?.length ?? 0 })),
  };
};
