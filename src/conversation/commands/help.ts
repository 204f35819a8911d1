/** /ayuda: what this person's role can do, as buttons. */
import type { Button, Reply } from "../../core/types.js";
import { textReply } from "../../core/types.js";
import type { CommandSpec, Feature, TurnContext } from "../context.js";

export type CommandLister = (ctx: TurnContext) => CommandSpec[];

export function helpReply(ctx: TurnContext, listCommands: CommandLister): Reply {
  const rows: Button[][] = listCommands(ctx)
    .filter((command) => command.helpKey)
    .map((command) => [{ label: ctx.t(command.helpKey as string), data: `cmd:${command.name}` }]);
  return textReply(ctx.t("help-intro", { role: ctx.t(`role-${ctx.person.role ?? "docente"}`) }), rows);
}

export function helpFeature(listCommands: CommandLister): Feature {
  return {
    name: "help",
    commands: [{ name: "ayuda", aliases: ["help", "menu"], run: async (ctx) => [helpReply(ctx, listCommands)] }],
  };
}
