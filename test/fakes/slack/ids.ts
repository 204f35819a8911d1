/**
 * Slack-looking identifiers: message timestamps ("1716400000.000123",
 * unique and increasing), view ids, file ids, hashes, and the DM channel of a
 * user (U0ANA -> D0ANA), so posting to a user id lands in "their" DM.
 */

export class IdFactory {
  private tsCounter = 0;
  private counter = 0;

  ts(): string {
    const seconds = Math.floor(Date.now() / 1000);
    return `${seconds}.${String(++this.tsCounter).padStart(6, "0")}`;
  }

  next(prefix: string): string {
    return `${prefix}${String(++this.counter).padStart(9, "0")}`;
  }
}

/** User ids ("U…" or "W…") map to their DM channel; other ids are already channels. */
export function channelFor(channelOrUser: string): string {
  return /^[UW]/.test(channelOrUser) ? `D${channelOrUser.slice(1)}` : channelOrUser;
}
