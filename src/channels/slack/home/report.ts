/** The App Home's report section: the summary of /reporte for the specialist's scope, and buttons to read more. */
import { reportButton } from "../../../conversation/commands/reports/buttons.js";
import { summaryText } from "../../../conversation/commands/reports/sections.js";
import type { TurnContext } from "../../../conversation/context.js";
import { buildReport } from "../../../domain/reports/report.js";
import { currentSchoolYear, reportScope } from "../../../domain/reports/scope.js";
import { actions, button, sections, type Block } from "../blocks.js";
import { ACTION } from "../render.js";

export async function reportSection(ctx: TurnContext): Promise<Block[]> {
  const scope = reportScope({ role: ctx.person.role, ugelId: ctx.person.ugelId, isAdmin: ctx.isAdmin });
  if (!scope) return [];
  const year = currentSchoolYear(ctx.now);
  const report = await buildReport(ctx.services.db, scope, year, ctx.now);
  return [
    ...sections(summaryText(ctx, report)),
    ...actions([
      button(ctx.t("report-button-registrations"), `${ACTION.button}rep1`, reportButton("r", year, scope.ugelId)),
      button(ctx.t("report-button-ata"), `${ACTION.button}rep2`, reportButton("a", year, scope.ugelId)),
      button(ctx.t("report-button-charts"), `${ACTION.button}rep3`, reportButton("c", year, scope.ugelId), "primary"),
    ]),
  ];
}
