/** Draws a person's App Home (views.publish) when they open it, and again after they press one of its buttons. */
import type { SlackOrigin, SlackTurns } from "../turns.js";
import { buildHomeView, type HomeOptions } from "./view.js";

export class HomePublisher {
  constructor(
    private readonly turns: SlackTurns,
    private readonly reviewButton?: HomeOptions["reviewButton"],
  ) {}

  async publish(origin: SlackOrigin): Promise<void> {
    const { conversation, logger } = this.turns.deps;
    try {
      const sender = await this.turns.sender(origin);
      const view = await conversation.withTurn(sender, (ctx) =>
        buildHomeView(ctx, { commands: conversation.availableCommands(ctx), ...(this.reviewButton ? { reviewButton: this.reviewButton } : {}) }),
      );
      await origin.client.views.publish({ user_id: origin.userId, view });
    } catch (error) {
      logger.error({ err: error }, "slack: App Home failed");
    }
  }
}
