/** /mis_registros: the person's own registrations with code and status, five to a page. */
import type { Reply } from "../../../core/types.js";
import { textReply } from "../../../core/types.js";
import { actorFrom } from "../../../domain/registrations/authorization.js";
import { listOwnRegistrations, PAGE_SIZE } from "../../../domain/registrations/queries.js";
import type { TurnContext } from "../../context.js";
import { mineButton } from "./buttons.js";
import { itemButtons, listLine, pagingRow } from "./view.js";

export async function showMine(ctx: TurnContext, page: number): Promise<Reply[]> {
  const result = await listOwnRegistrations(ctx.services.db, actorFrom(ctx), page);
  if (result.total === 0) return [textReply(ctx.t("reg-mine-empty"), [[{ label: ctx.t("help-registrar"), data: "cmd:registrar" }]])];
  const lines = [ctx.t("reg-mine-heading", { page: result.page, pages: result.pages, total: result.total })];
  result.items.forEach((item, index) => lines.push(listLine(ctx, item, (result.page - 1) * PAGE_SIZE + index + 1)));
  const paging = pagingRow(ctx, result, mineButton);
  return [textReply(lines.join("\n"), [...itemButtons(ctx, result.items), ...(paging.length > 0 ? [paging] : [])])];
}
