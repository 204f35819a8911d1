/**
 * The conversation: one turn of one person at a time. Resolves who wrote, keeps them in order, routes the
 * input to onboarding, a command, a button, the active flow or free text, and never lets an error escape.
 */
import type { Input, Reply, Sender, TurnOptions } from "../core/types.js";
import { closeOrigin, forInput, textReply } from "../core/types.js";
import { KeyedLock } from "../core/keyed-lock.js";
import { isLocale, type Locale } from "../i18n.js";
import type { Role } from "../domain/db-types.js";
import type { AppServices } from "../services.js";
import type { CommandSpec, Feature, Handler, TurnContext } from "./context.js";
import { audit } from "../domain/audit.js";
import { startWithPayload } from "./deep-link.js";
import { FORM_FLOW_PREFIX, FormRunner } from "./form-runner.js";
import { isGreeting, isHelpRequest, isThanks } from "./courtesy.js";
import { menuChanged, menuOf, pressedBy, type LastMenu } from "./last-menus.js";
import { mayPressButton, mayRunCommand, mayUseFlow } from "./permissions.js";

export const ONBOARDING_FORM = "onboarding";

export interface RoleChange {
  sender: Sender;
  role: Role | null;
  isAdmin: boolean;
  locale: Locale;
  /**
   * Every channel identity of the person when the change reaches more than the sender (a link merged two
   * people, one of them a specialist); absent when only the sender's own identity is concerned.
   */
  identities?: { channel: string; externalId: string; chatRef: string | null }[];
}

export type RoleChangeListener = (change: RoleChange) => void | Promise<void>;

export class Conversation {
  readonly forms = new FormRunner();
  private readonly lock = new KeyedLock();
  private readonly commands = new Map<string, CommandSpec>();
  private readonly buttons = new Map<string, Handler>();
  private readonly flows = new Map<string, Handler<Input>>();
  private readonly wishes: NonNullable<Feature["wish"]>[] = [];
  private readonly freeTextHandlers: NonNullable<Feature["freeText"]>[] = [];
  private readonly publicQuestionHandlers: NonNullable<Feature["publicQuestion"]>[] = [];
  private readonly commandList: CommandSpec[] = [];
  private readonly roleListeners: RoleChangeListener[] = [];

  constructor(readonly services: AppServices) {}

  use(feature: Feature): this {
    for (const command of feature.commands ?? []) {
      this.commandList.push(command);
      for (const name of [command.name, ...(command.aliases ?? [])]) this.commands.set(name, command);
    }
    for (const [prefix, handler] of Object.entries(feature.buttons ?? {})) this.buttons.set(prefix, handler);
    for (const [flow, handler] of Object.entries(feature.flows ?? {})) this.flows.set(flow, handler);
    if (feature.wish) this.wishes.push(feature.wish);
    if (feature.freeText) this.freeTextHandlers.push(feature.freeText);
    if (feature.publicQuestion) this.publicQuestionHandlers.push(feature.publicQuestion);
    return this;
  }

  /** Commands this person may run, in registration order (for /ayuda and channel menus). */
  availableCommands(ctx: TurnContext): CommandSpec[] {
    return this.commandList.filter((command) => mayRunCommand(ctx, command.name));
  }

  allCommands(): readonly CommandSpec[] {
    return this.commandList;
  }

  /** Whether some feature answers buttons of this prefix (so a screen never shows a button nobody handles). */
  handlesButton(prefix: string): boolean {
    return this.buttons.has(prefix);
  }

  /** The button prefixes features registered (besides "f", "rs" and "cmd", which the router handles itself). */
  buttonPrefixes(): string[] {
    return [...this.buttons.keys()];
  }

  /** The flows features registered (besides forms, "form:<id>"). */
  flowNames(): string[] {
    return [...this.flows.keys()];
  }

  /**
   * Handles one input; inputs of one person are handled strictly in order, one at a time across processes.
   * With the channel's update id, an update delivered twice is handled once (the second gets no reply).
   */
  handle(sender: Sender, input: Input, options: TurnOptions = {}): Promise<Reply[]> {
    return this.lock.run(`${sender.channel}:${sender.externalId}`, async () => {
      try {
        const turn = await this.services.sessions.exclusive(sender, options.updateId === undefined ? undefined : String(options.updateId), () => this.safeTurn(sender, input, options));
        return turn.duplicate ? [] : turn.value;
      } catch (error) {
        this.services.logger.error({ err: error, channel: sender.channel, input: input.type }, "turn failed");
        return [textReply(this.services.i18n.t("es", "error-unexpected"))];
      }
    });
  }

  drain(): Promise<void> {
    return this.lock.drain();
  }

  /**
   * Runs `work` as one turn of this person, under the same per-person lock and with the same context as
   * `handle`. For channels that act outside the message flow (Slack modals, App Home); errors propagate.
   */
  withTurn<T>(sender: Sender, work: (ctx: TurnContext) => Promise<T>): Promise<T> {
    return this.lock.run(`${sender.channel}:${sender.externalId}`, async () => {
      const turn = await this.services.sessions.exclusive(sender, undefined, async () => work((await this.context(sender, () => undefined)).ctx));
      if (turn.duplicate) throw new Error("withTurn: a turn without an update id cannot be a duplicate");
      return turn.value;
    });
  }

  private async safeTurn(sender: Sender, input: Input, options: TurnOptions): Promise<Reply[]> {
    let locale: Locale = "es";
    try {
      return await this.turn(sender, input, (value) => (locale = value), options);
    } catch (error) {
      this.services.logger.error({ err: error, channel: sender.channel, input: input.type }, "turn failed");
      return [textReply(this.services.i18n.t(locale, "error-unexpected"))];
    }
  }

  private async turn(sender: Sender, input: Input, noteLocale: (locale: Locale) => void, options: TurnOptions): Promise<Reply[]> {
    const { ctx, menu } = await this.context(sender, noteLocale, options);
    const roleBefore = ctx.person.role;
    const noted = new Set<number>();
    ctx.noteRoleChange = (personId) => noted.add(personId);
    let removed = false;
    ctx.notePersonRemoved = () => (removed = true);
    const replies = forInput(input, await this.route(ctx, input, menu.stored));
    if (!removed) await this.keepMenu(ctx, menu, replies);
    if (noted.size > 0) for (const personId of noted) await this.roleChangedFor(sender, personId);
    else if (ctx.person.role !== roleBefore) this.roleChanged(sender, ctx);
    return replies;
  }

  /**
   * Called after a turn that changed the person's role (an invite redeemed at onboarding, their data deleted),
   * e.g. so Telegram shows them the menu of their new role. A listener's failure is logged, never the turn's.
   */
  onRoleChange(listener: RoleChangeListener): void {
    this.roleListeners.push(listener);
  }

  private roleChanged(sender: Sender, ctx: TurnContext): void {
    this.announce({ sender, role: ctx.person.role, isAdmin: ctx.isAdmin, locale: isLocale(ctx.person.locale) ? ctx.person.locale : "es" });
  }

  /** A person's role as it stands now, for every identity they have (read after the turn's own writes). */
  private async roleChangedFor(sender: Sender, personId: number): Promise<void> {
    const person = await this.services.db.person.findUnique({ where: { id: personId }, include: { identities: { select: { channel: true, externalId: true, chatRef: true } } } });
    if (!person) return;
    const isAdmin = person.role === "admin" || this.services.settings.adminIdentities.has(`${sender.channel}:${sender.externalId}`);
    this.announce({ sender, role: person.role, isAdmin, locale: isLocale(person.locale) ? person.locale : "es", identities: person.identities });
  }

  private announce(change: RoleChange): void {
    for (const listener of this.roleListeners) {
      void Promise.resolve()
        .then(() => listener(change))
        .catch((error: unknown) => this.services.logger.warn({ err: error }, "role change listener failed"));
    }
  }

  /**
   * The menu under this turn's last reply is kept with the person's state when the turn ends outside any flow
   * (only then can typed words press it); a write happens only when what is stored changes.
   */
  private async keepMenu(ctx: TurnContext, menu: { stored: LastMenu | null }, replies: Reply[]): Promise<void> {
    const next = ctx.flow === null ? menuOf(replies, ctx.now) : null;
    if (menuChanged(menu.stored, next)) await this.services.sessions.saveFlow(ctx.person.id, ctx.flow, ctx.flowData, next);
  }

  /** The turn's context, and the menu stored for the person as this turn leaves it so far (a flow set clears it). */
  private async context(sender: Sender, noteLocale: (locale: Locale) => void, options: TurnOptions = {}): Promise<{ ctx: TurnContext; menu: { stored: LastMenu | null } }> {
    const { db, sessions } = this.services;
    const who = await sessions.turn(sender);
    const menu = { stored: who.menu };
    const locale: Locale = isLocale(who.person.locale) ? who.person.locale : "es";
    noteLocale(locale);
    const ctx: TurnContext = {
      services: this.services,
      sender,
      person: who.person,
      identity: who.identity,
      locale,
      t: this.services.i18n.translator(locale),
      now: this.services.now(),
      isAdmin: this.services.settings.adminIdentities.has(`${sender.channel}:${sender.externalId}`) || who.person.role === "admin",
      actorLabel: `${sender.channel}:${who.person.id}`,
      forms: this.forms,
      ...(options.notify ? { notify: options.notify } : {}),
      flow: who.flow,
      flowData: who.flowData,
      setFlow: async (flow, data) => {
        await sessions.saveFlow(who.person.id, flow, data ?? null);
        ctx.flow = flow;
        ctx.flowData = data ?? null;
        menu.stored = null;
      },
    };
    if (who.identity.unreachable) await db.channelIdentity.update({ where: { id: who.identity.id }, data: { unreachable: false, unreachableAt: null } });
    return { ctx, menu };
  }

  /** `menu`: the buttons under the person's last reply, which typed words may press. */
  private async route(ctx: TurnContext, input: Input, menu: LastMenu | null): Promise<Reply[]> {
    const onboarded = ctx.person.onboardedAt !== null;
    if (input.type === "command" && input.command === "cancelar") return this.cancel(ctx);

    if (input.type === "button" && input.data.startsWith("rs:")) return this.resumeButton(ctx, input.data);

    if (input.type === "command" && input.command === "start" && input.args !== "") {
      const linked = await startWithPayload(ctx, input.args, {
        onboarding: (again) => this.forms.resume(again, ONBOARDING_FORM),
        runCommand: (again, name, args) => this.runCommand(again, name, args),
        onboardingFormId: ONBOARDING_FORM,
      });
      if (linked) return linked;
    }

    if (!onboarded) {
      const early = input.type === "command" ? this.commands.get(input.command) : undefined;
      if (early?.beforeOnboarding && mayRunCommand(ctx, early.name)) return early.run(ctx, input.type === "command" ? input.args : "");
      if (input.type === "text") {
        // A public question (the calendar) is answered, then the pending step comes again: it is not lost.
        const answer = await this.publicAnswer(ctx, input.text);
        if (answer) {
          const started = ctx.flow === `${FORM_FLOW_PREFIX}${ONBOARDING_FORM}` ? "yes" : "no";
          return [closeOrigin(), ...answer, textReply(ctx.t("onboarding-continue", { started })), ...(await this.forms.resume(ctx, ONBOARDING_FORM))];
        }
      }
      if (ctx.flow !== `${FORM_FLOW_PREFIX}${ONBOARDING_FORM}` || (input.type === "command" && input.command === "start")) {
        return this.forms.resume(ctx, ONBOARDING_FORM);
      }
      if (input.type === "command") return [textReply(ctx.t("onboarding-finish-first")), ...(await this.forms.resume(ctx, ONBOARDING_FORM))];
      return this.forms.handle(ctx, ONBOARDING_FORM, input);
    }

    if (input.type === "command") return this.runCommand(ctx, input.command, input.args);

    if (input.type === "button") {
      const prefix = input.data.split(":", 1)[0] ?? "";
      if (prefix === "f") {
        if (ctx.flow?.startsWith(FORM_FLOW_PREFIX)) return this.forms.handle(ctx, ctx.flow.slice(FORM_FLOW_PREFIX.length), input);
        return [closeOrigin(), textReply(ctx.t("form-stale-button")), ...this.helpHint(ctx)];
      }
      if (prefix === "cmd") return this.runCommand(ctx, input.data.slice(4), "");
      const handler = this.buttons.get(prefix);
      if (!handler) return [textReply(ctx.t("button-unknown")), ...this.helpHint(ctx)];
      if (!mayPressButton(ctx, input.data)) {
        // A button this role never sees was pressed: forged or stale data, kept in the audit log like the domain's refusals.
        await audit(ctx.services.db, { actorId: ctx.person.id, actorLabel: ctx.actorLabel, action: "button.refused", detail: { data: input.data.slice(0, 64) } });
        return this.notAllowed(ctx);
      }
      return handler(ctx, input.data);
    }

    if (ctx.flow?.startsWith(FORM_FLOW_PREFIX)) return this.forms.handle(ctx, ctx.flow.slice(FORM_FLOW_PREFIX.length), input);
    const flowHandler = ctx.flow ? this.flows.get(ctx.flow) : undefined;
    if (flowHandler && ctx.flow) {
      if (mayUseFlow(ctx, ctx.flow)) return flowHandler(ctx, input);
      await ctx.setFlow(null);
    }

    if (input.type === "text") {
      const pressed = pressedBy(menu, input.text, ctx.now);
      if (pressed) return this.route(ctx, { type: "button", data: pressed }, null);
      if (isGreeting(input.text)) return [textReply(ctx.t("greeting-reply")), ...(await this.runCommand(ctx, "ayuda", ""))];
      if (isHelpRequest(input.text)) return this.runCommand(ctx, "ayuda", "");
      if (isThanks(input.text)) return [textReply(ctx.t("thanks-reply"))];
      for (const wish of this.wishes) {
        const asked = wish(input.text);
        if (asked && mayRunCommand(ctx, asked.command)) return asked.run ? asked.run(ctx) : this.runCommand(ctx, asked.command, "");
      }
      for (const handler of this.freeTextHandlers) {
        const replies = await handler(ctx, input.text);
        if (replies) return replies;
      }
      return [textReply(ctx.t("text-not-understood")), ...this.helpHint(ctx)];
    }
    return [textReply(ctx.t("file-not-expected")), ...this.helpHint(ctx)];
  }

  private async publicAnswer(ctx: TurnContext, text: string): Promise<Reply[] | null> {
    for (const handler of this.publicQuestionHandlers) {
      const replies = await handler(ctx, text);
      if (replies) return replies;
    }
    return null;
  }

  private async runCommand(ctx: TurnContext, name: string, args: string): Promise<Reply[]> {
    const command = this.commands.get(name);
    if (!command) return [textReply(ctx.t("command-unknown", { command: `/${name}` })), ...this.helpHint(ctx)];
    if (!mayRunCommand(ctx, command.name)) return this.notAllowed(ctx);
    return command.run(ctx, args);
  }

  private async cancel(ctx: TurnContext): Promise<Reply[]> {
    const flow = ctx.flow;
    await ctx.setFlow(null);
    const formId = flow?.startsWith(FORM_FLOW_PREFIX) ? flow.slice(FORM_FLOW_PREFIX.length) : undefined;
    const text = formId && this.forms.has(formId) ? this.forms.leftText(ctx, formId) : ctx.t(flow ? "cancel-done" : "cancel-nothing");
    return [textReply(text), ...(ctx.person.onboardedAt ? this.helpHint(ctx) : [])];
  }

  /** «Continuar» (rs:<form>:c) or «Empezar de nuevo» (rs:<form>:n); the form runner checks who may open it. */
  private async resumeButton(ctx: TurnContext, data: string): Promise<Reply[]> {
    const [, formId = "", choice = "", ...rest] = data.split(":");
    if (!this.forms.has(formId) || (choice !== "c" && choice !== "n") || rest.length > 0) return [textReply(ctx.t("button-unknown"))];
    if (formId !== ONBOARDING_FORM && !ctx.person.onboardedAt) return this.forms.resume(ctx, ONBOARDING_FORM);
    return [closeOrigin(), ...(await (choice === "n" ? this.forms.restart(ctx, formId) : this.forms.resume(ctx, formId)))];
  }

  private notAllowed(ctx: TurnContext): Reply[] {
    return [textReply(ctx.t("command-not-allowed")), ...this.helpHint(ctx)];
  }

  private helpHint(ctx: TurnContext): Reply[] {
    return [textReply(ctx.t("help-hint"), [[{ label: ctx.t("help-button"), data: "cmd:ayuda" }]])];
  }
}
