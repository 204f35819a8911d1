/**
 * /mis_registros: the person's registrations not sent yet (drafts, each with «Continuar»), then the ones sent,
 * with code and status, five to a page.
 */
import type { Button, Reply } from "../../../core/types.js";
import { textReply } from "../../../core/types.js";
import { actorFrom } from "../../../domain/registrations/authorization.js";
import { CORRECTION_FORM, REGISTRATION_FORM } from "../../../domain/registrations/kinds.js";
import { listOwnRegistrations, PAGE_SIZE } from "../../../domain/registrations/queries.js";
import type { TurnContext } from "../../context.js";
import { draftPlace, draftSavedAt, savedDrafts, shortQuestion } from "../../drafts.js";
import { mineButton } from "./buttons.js";
import { itemButtons, listLine, pagingRow } from "./view.js";

const REGISTRATION_FORMS = [...Object.values(REGISTRATION_FORM), ...Object.values(CORRECTION_FORM)];
const TITLE_MAX_CHARS = 40;

/** The drafts block (only on the first page): one line and one «Continuar» button per draft. */
async function draftsBlock(ctx: TurnContext): Promise<{ lines: string[]; buttons: Button[][] }> {
  const drafts = await savedDrafts(ctx, REGISTRATION_FORMS);
  if (drafts.length === 0) return { lines: [], buttons: [] };
  const lines = [ctx.t("reg-mine-drafts-heading", { count: drafts.length })];
  const buttons: Button[][] = [];
  for (const saved of drafts) {
    const title = typeof saved.draft.answers.title === "string" ? shortQuestion(saved.draft.answers.title, TITLE_MAX_CHARS) : "";
    lines.push(ctx.t("reg-mine-draft-line", { form: ctx.t(saved.form.titleKey), title, hasTitle: title ? "yes" : "no", place: draftPlace(ctx, saved), saved: draftSavedAt(ctx, saved) }));
    buttons.push([{ label: ctx.t("reg-mine-draft-button", { form: ctx.t(saved.form.titleKey) }), data: `rs:${saved.form.id}:c` }]);
  }
  return { lines: [...lines, ""], buttons };
}

export async function showMine(ctx: TurnContext, page: number): Promise<Reply[]> {
  const result = await listOwnRegistrations(ctx.services.db, actorFrom(ctx), page);
  const drafts = result.page === 1 ? await draftsBlock(ctx) : { lines: [], buttons: [] };
  if (result.total === 0) {
    return [textReply([...drafts.lines, ctx.t("reg-mine-empty")].join("\n"), [...drafts.buttons, [{ label: ctx.t("help-registrar"), data: "cmd:registrar" }]])];
  }
  const lines = [...drafts.lines, ctx.t("reg-mine-heading", { page: result.page, pages: result.pages, total: result.total })];
  result.items.forEach((item, index) => lines.push(listLine(ctx, item, (result.page - 1) * PAGE_SIZE + index + 1)));
  const paging = pagingRow(ctx, result, mineButton);
  return [textReply(lines.join("\n"), [...drafts.buttons, ...itemButtons(ctx, result.items), ...(paging.length > 0 ? [paging] : [])])];
}
