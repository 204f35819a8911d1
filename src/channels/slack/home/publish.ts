/**
 * Draws a person's App Home: views.publish when they open it; views.update of the very view they tapped after
 * a press inside it (a page, «Actualizar», a command button), so a tap redraws what they are looking at. When
 * that view changed meanwhile (Slack answers hash_conflict) or is gone, the home is published anew.
 */
import type { SlackOrigin, SlackTurns } from "../turns.js";
import { buildHomeView, homePageOf, type HomeOptions } from "./view.js";

/** The App Home view a button was pressed in, as Slack sends it with the press. */
export interface TappedHome {
  id: string;
  hash?: string;
  privateMetadata?: string;
}

export class HomePublisher {
  constructor(
    private readonly turns: SlackTurns,
    private readonly reviewButton?: HomeOptions["reviewButton"],
  ) {}

  /** `page`: the page of «Por revisar» to draw; by default the one the tapped view showed (else the first). */
  async publish(origin: SlackOrigin, tapped?: TappedHome, page?: number): Promise<void> {
    const { conversation, logger } = this.turns.deps;
    try {
      const sender = await this.turns.sender(origin);
      const shown = page ?? homePageOf(tapped?.privateMetadata);
      const view = await conversation.withTurn(sender, (ctx) =>
        buildHomeView(ctx, { commands: conversation.availableCommands(ctx), page: shown, ...(this.reviewButton ? { reviewButton: this.reviewButton } : {}) }),
      );
      if (tapped && (await this.updateTapped(origin, tapped, view))) return;
      await origin.client.views.publish({ user_id: origin.userId, view });
    } catch (error) {
      logger.error({ err: error }, "slack: App Home failed");
    }
  }

  private async updateTapped(origin: SlackOrigin, tapped: TappedHome, view: Parameters<SlackOrigin["client"]["views"]["publish"]>[0]["view"]): Promise<boolean> {
    try {
      await origin.client.views.update({ view_id: tapped.id, ...(tapped.hash ? { hash: tapped.hash } : {}), view });
      return true;
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error;
      this.turns.deps.logger.debug({ error: code ?? (error instanceof Error ? error.name : "unknown") }, "slack: views.update of the App Home refused; publishing it");
      return false;
    }
  }
}
