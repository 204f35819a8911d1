/** /start for someone already onboarded: a greeting and what they can do. */
import { textReply } from "../../core/types.js";
import type { Feature } from "../context.js";
import { helpReply } from "./help.js";

export function startFeature(listCommands: Parameters<typeof helpReply>[1]): Feature {
  return {
    name: "start",
    commands: [
      {
        name: "start",
        aliases: ["inicio"],
        run: async (ctx) => [textReply(ctx.t("start-welcome-back", { role: ctx.t(`role-${ctx.person.role ?? "docente"}`) })), helpReply(ctx, listCommands)],
      },
    ],
  };
}
