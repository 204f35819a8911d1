/**
 * Sends rendered replies to one Slack channel, in order: messages with chat.postMessage, updates of a message
 * already there with chat.update (a new message where Slack refuses), files with uploadV2.
 */
import { createReadStream } from "node:fs";
import type { webApi } from "@slack/bolt";
import type { SlackOutgoing } from "./render.js";

export async function postOutgoing(client: webApi.WebClient, channel: string, items: SlackOutgoing[], onUpdateRefused?: (error: unknown) => void): Promise<string[]> {
  const sent: string[] = [];
  for (const item of items) {
    if (item.kind === "file" || item.kind === "diskFile") {
      await client.files.uploadV2({
        channel_id: channel,
        file: item.kind === "file" ? Buffer.from(item.content) : createReadStream(item.path),
        filename: item.fileName,
        ...(item.caption ? { initial_comment: item.caption } : {}),
      });
      continue;
    }
    if (item.kind === "update") {
      try {
        const updated = await client.chat.update({ channel: item.channel, ts: item.ts, text: item.text, blocks: item.blocks });
        if (updated.ts) sent.push(updated.ts);
        continue;
      } catch (error) {
        // Deleted, too old to edit, or not ours: the new content goes out as a new message.
        onUpdateRefused?.(error);
      }
    }
    const posted = await client.chat.postMessage({ channel, text: item.text, blocks: item.blocks, unfurl_links: false, unfurl_media: false });
    if (posted.ts) sent.push(posted.ts);
  }
  return sent;
}
