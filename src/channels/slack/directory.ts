/**
 * Who a Slack user is and where to write to them: their DM channel with the app (from the request when it
 * came from the DM, else conversations.open) and their name and language (users.info), each looked up once
 * per process. A failed lookup never stops a turn: the user id itself reaches the DM, and the profile is optional.
 */
import type { webApi } from "@slack/bolt";
import type { Logger } from "../../logger.js";

export interface SlackProfile {
  displayName?: string;
  languageCode?: string;
}

const MAX_CACHED = 20_000;

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  if (map.size >= MAX_CACHED) map.delete(map.keys().next().value as string);
  map.set(key, value);
}

export class SlackDirectory {
  private readonly dms = new Map<string, string>();
  private readonly profiles = new Map<string, SlackProfile>();

  constructor(private readonly logger: Logger) {}

  /** Notes a DM channel seen in a request ("D…"). */
  noteDm(userId: string, channelId: string | undefined): void {
    if (channelId?.startsWith("D")) remember(this.dms, userId, channelId);
  }

  async dmChannel(client: webApi.WebClient, userId: string, seen?: string): Promise<string> {
    this.noteDm(userId, seen);
    const known = this.dms.get(userId);
    if (known) return known;
    try {
      const opened = await client.conversations.open({ users: userId });
      const id = opened.channel?.id;
      if (id) {
        remember(this.dms, userId, id);
        return id;
      }
    } catch (error) {
      this.logger.warn({ err: error }, "slack: conversations.open failed");
    }
    return userId;
  }

  async profile(client: webApi.WebClient, userId: string): Promise<SlackProfile> {
    const known = this.profiles.get(userId);
    if (known) return known;
    let profile: SlackProfile = {};
    try {
      const info = await client.users.info({ user: userId, include_locale: true });
      const user = info.user;
      const displayName = user?.real_name || user?.profile?.real_name || user?.name;
      profile = { ...(displayName ? { displayName } : {}), ...(user?.locale ? { languageCode: user.locale.slice(0, 2) } : {}) };
    } catch (error) {
      this.logger.debug({ err: error }, "slack: users.info failed");
    }
    remember(this.profiles, userId, profile);
    return profile;
  }
}
