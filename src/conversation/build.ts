/** Puts the conversation together: every form and feature, in the order /ayuda lists them. */
import { onboardingForm } from "../forms/onboarding.js";
import type { AppServices } from "../services.js";
import { calendarFeature } from "./commands/calendar/index.js";
import { ataFeature } from "./commands/ata/feature.js";
import { digestFeature } from "./commands/digest.js";
import { exportsFeature } from "./commands/exports/index.js";
import { helpFeature } from "./commands/help.js";
import { remindersFeature } from "./commands/reminders.js";
import { inviteFeature } from "./commands/invite.js";
import { linkFeature } from "./commands/link.js";
import { myDataFeature } from "./commands/my-data.js";
import { profileFeature } from "./commands/profile.js";
import { registrationsFeature } from "./commands/registrations/index.js";
import { reportsFeature } from "./commands/reports/index.js";
import { startFeature } from "./commands/start.js";
import { Conversation } from "./router.js";

export function buildConversation(services: AppServices): Conversation {
  const conversation = new Conversation(services);
  conversation.forms.register(onboardingForm, { resumeCommand: "start" });
  const list = conversation.availableCommands.bind(conversation);
  conversation
    .use(startFeature(list))
    .use(helpFeature(list))
    .use(registrationsFeature(conversation.forms))
    .use(calendarFeature)
    .use(ataFeature(conversation.forms))
    .use(reportsFeature((prefix) => conversation.handlesButton(prefix)))
    .use(exportsFeature)
    .use(digestFeature)
    .use(remindersFeature)
    .use(profileFeature)
    .use(myDataFeature)
    .use(inviteFeature)
    .use(linkFeature);
  return conversation;
}
