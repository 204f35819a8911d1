/**
 * The contest calendar in the conversation: /calendario, /concurso <nombre>, /importar_calendario, calendar
 * questions typed freely, and the calendar buttons ("cal:<action>:<value>"):
 *   p:<page>  a page of /calendario          c:<id>  one contest with all its stages
 *   i:<id>    its .ics file                  a       .ics of every contest of my levels
 *   f:<id>    "Recordarme" (follow)          t:csv|xlsx  the import template
 *   ok:<token> confirm the waiting import    x       cancel the import
 * Every button checks again who presses it; ids that no longer exist get a plain "not in the calendar".
 */
import { inPlace, textReply } from "../../../core/types.js";
import type { Feature, TurnContext } from "../../context.js";
import { answerContestById, answerContestName, answerFreeText, answerPublicQuestion, contestPicker } from "./answers.js";
import { calendarPage } from "./browse.js";
import { cancelImport, confirmImport, IMPORT_FLOW, onImportInput, sendTemplate, startImport } from "./import-flow.js";
import { contestIcs, follow, myContestsIcs } from "./my-calendar.js";
import { PREFIX, positiveInt } from "./shared.js";

async function onButton(ctx: TurnContext, data: string) {
  const [, action, value] = data.split(":");
  const id = positiveInt(value);
  switch (action) {
    case "p":
      return (await calendarPage(ctx, id ?? 1)).map(inPlace);
    case "a":
      return myContestsIcs(ctx);
    case "t":
      return sendTemplate(ctx, value ?? "csv");
    case "ok":
      return confirmImport(ctx, value ?? "");
    case "x":
      return cancelImport(ctx);
  }
  if (id === undefined) return [textReply(ctx.t("button-unknown"))];
  switch (action) {
    case "c":
      return answerContestById(ctx, id);
    case "i":
      return contestIcs(ctx, id);
    case "f":
      return follow(ctx, id);
    default:
      return [textReply(ctx.t("button-unknown"))];
  }
}

export const calendarFeature: Feature = {
  name: "calendar",
  commands: [
    {
      name: "calendario",
      helpKey: "help-calendario",
      // "/calendario 2" is a page; "/calendario junio" a question.
      run: async (ctx, args) => {
        const text = args.trim();
        const page = positiveInt(text);
        if (text === "" || page !== undefined) return calendarPage(ctx, page ?? 1);
        return (await answerFreeText(ctx, text)) ?? calendarPage(ctx, 1);
      },
    },
    {
      name: "concurso",
      aliases: ["concursos"],
      helpKey: "help-concurso",
      run: (ctx, args) => (args.trim() === "" ? contestPicker(ctx) : answerContestName(ctx, args)),
    },
    { name: "importar_calendario", helpKey: "help-importar_calendario", run: (ctx) => startImport(ctx) },
  ],
  buttons: { [PREFIX]: onButton },
  flows: { [IMPORT_FLOW]: onImportInput },
  freeText: answerFreeText,
  publicQuestion: answerPublicQuestion,
};
