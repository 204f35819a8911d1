/**
 * Registrations in the conversation: /registrar, /mis_registros and /registros, the "reg:" buttons, the
 * specialist's comment flow, and the four forms (registering and correcting each kind).
 */
import type { Reply } from "../../../core/types.js";
import { closeOrigin, inPlace, textReply } from "../../../core/types.js";
import { buenaPracticaCorrectionForm, buenaPracticaRegistrationForm } from "../../../forms/buena-practica.js";
import { correctionPrefill, newRegistrationPrefill } from "../../../forms/fields/registration.js";
import { proyectoInnovacionCorrectionForm, proyectoInnovacionRegistrationForm } from "../../../forms/proyecto-innovacion.js";
import { SUMMARY_STEP } from "../../../forms/types.js";
import type { Feature, TurnContext } from "../../context.js";
import type { FormRunner } from "../../form-runner.js";
import { askAction, COMMENT_FLOW, commentFlow, doAction, openRegistration } from "./actions.js";
import { parseRegistrationButton } from "./buttons.js";
import { sendFicha } from "./ficha.js";
import { showFiles } from "./files.js";
import { guarded } from "./guard.js";
import { showMine } from "./mine.js";
import { chooseKind, startCorrection, startRegistration } from "./register.js";
import { showReviewList } from "./review.js";
import { askedRegistrationCommand } from "./typed-wish.js";

async function onButton(ctx: TurnContext, data: string): Promise<Reply[]> {
  const button = parseRegistrationButton(data);
  if (!button) return [textReply(ctx.t("button-unknown"))];
  // Any other registration button leaves a pending observation comment behind.
  if (ctx.flow === COMMENT_FLOW && !(button.verb === "ask" && button.action === "observe")) await ctx.setFlow(null);
  return guarded(ctx, async () => {
    switch (button.verb) {
      case "new":
        return startRegistration(ctx, button.kind);
      case "open":
        return openRegistration(ctx, button.id);
      case "files":
        return showFiles(ctx, button.id);
      case "ficha":
        return sendFicha(ctx, button.id);
      case "mine":
        return (await showMine(ctx, button.page)).map(inPlace);
      case "list":
        return (await showReviewList(ctx, button.filter, button.page)).map(inPlace);
      case "fix":
        return startCorrection(ctx, button.id);
      case "ask":
        return askAction(ctx, button.id, button.action);
      case "yes":
        // The confirmation's buttons are spent once the action is done.
        return [closeOrigin(), ...(await doAction(ctx, button.id, button.action, button.seen))];
    }
  });
}

/** Registers the forms in the runner and returns the feature: one line in build.ts. */
export function registrationsFeature(forms: FormRunner): Feature {
  for (const form of [buenaPracticaRegistrationForm, proyectoInnovacionRegistrationForm]) forms.register(form, { prefill: newRegistrationPrefill, resumeCommand: "mis_registros" });
  for (const form of [buenaPracticaCorrectionForm, proyectoInnovacionCorrectionForm]) forms.register(form, { prefill: correctionPrefill, startAt: SUMMARY_STEP, resumeCommand: "mis_registros" });
  return {
    name: "registrations",
    commands: [
      { name: "registrar", helpKey: "help-registrar", run: chooseKind },
      { name: "mis_registros", aliases: ["misregistros"], helpKey: "help-mis-registros", run: (ctx, args) => guarded(ctx, () => showMine(ctx, Number.parseInt(args, 10) || 1)) },
      { name: "registros", helpKey: "help-registros", run: (ctx) => guarded(ctx, () => showReviewList(ctx, {}, 1)) },
    ],
    buttons: { reg: onButton },
    flows: { [COMMENT_FLOW]: (ctx, input) => guarded(ctx, () => commentFlow(ctx, input)) },
    wish: askedRegistrationCommand,
  };
}
