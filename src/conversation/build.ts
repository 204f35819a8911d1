/** Puts the conversation together: every form and feature, in the order /ayuda lists them. */
import { onboardingForm } from "../forms/onboarding.js";
import type { AppServices } from "../services.js";
import { helpFeature } from "./commands/help.js";
import { inviteFeature } from "./commands/invite.js";
import { myDataFeature } from "./commands/my-data.js";
import { profileFeature } from "./commands/profile.js";
import { startFeature } from "./commands/start.js";
import { Conversation } from "./router.js";

export function buildConversation(services: AppServices): Conversation {
  const conversation = new Conversation(services);
  conversation.forms.register(onboardingForm);
  const list = conversation.availableCommands.bind(conversation);
  conversation
    .use(startFeature(list))
    .use(helpFeature(list))
    .use(profileFeature)
    .use(myDataFeature)
    .use(inviteFeature);
  return conversation;
}
