/**
 * Telegram's "/" menu (setMyCommands): the default menu (teachers, directors, and whoever has not registered
 * yet) in Spanish, with an English one for Telegram apps in English; a menu of their own for specialists and
 * admins (BotCommandScopeChat, in their language), set at start and again when their role changes (an invite
 * redeemed, their data deleted). A Bot API server that refuses a menu (an old server, an emulator without
 * setMyCommands) is logged without personal data and never stops the bot.
 */
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Role } from "../../domain/db-types.js";
import type { I18n, Locale } from "../../i18n.js";
import type { Logger } from "../../logger.js";

export type MenuKind = "default" | "especialista_ugel" | "especialista_dre" | "admin";

const COMMON_TAIL = ["calendario", "concurso", "recordatorios", "perfil", "mis_datos", "vincular", "ayuda", "cancelar"];
const SPECIALIST = ["start", "registros", "reporte", "exportar", "ata", "ata_estado", "resumen_semanal", ...COMMON_TAIL];

/** The commands of each menu, in the order shown. A command the bot does not have is left out. */
export const MENU_COMMANDS: Record<MenuKind, readonly string[]> = {
  default: ["start", "registrar", "mis_registros", ...COMMON_TAIL],
  especialista_ugel: SPECIALIST,
  especialista_dre: [...SPECIALIST, "importar_calendario"],
  admin: [...SPECIALIST, "importar_calendario", "invitar"],
};

export const MENU_LOCALES: readonly Locale[] = ["es", "en"];

export function menuKindOf(role: Role | null | undefined, isAdmin: boolean): MenuKind {
  if (isAdmin || role === "admin") return "admin";
  if (role === "especialista_ugel" || role === "especialista_dre") return role;
  return "default";
}

export function menuCommands(i18n: I18n, locale: Locale, kind: MenuKind, known: ReadonlySet<string>): BotCommand[] {
  return MENU_COMMANDS[kind].filter((command) => known.has(command)).map((command) => ({ command, description: i18n.t(locale, `menu-${command}`) }));
}

export interface TelegramMenusOptions {
  api: Api;
  i18n: I18n;
  logger: Logger;
  /** The bot's command names (a menu lists only commands that exist). */
  known: ReadonlySet<string>;
}

export class TelegramMenus {
  constructor(private readonly options: TelegramMenusOptions) {}

  /** The default menu: Spanish for everyone, English for Telegram apps set to English. */
  async setDefaults(): Promise<void> {
    await this.call("setMyCommands", () => this.options.api.setMyCommands(menuCommands(this.options.i18n, "es", "default", this.options.known)));
    for (const locale of MENU_LOCALES) {
      await this.call("setMyCommands", () => this.options.api.setMyCommands(menuCommands(this.options.i18n, locale, "default", this.options.known), { language_code: locale }));
    }
  }

  /** One person's menu, by their role; the default menu (the chat's own removed) for teachers and directors. */
  async setForChat(chatId: number | string, kind: MenuKind, locale: Locale): Promise<void> {
    const scope = { type: "chat" as const, chat_id: chatId };
    if (kind === "default") {
      await this.call("deleteMyCommands", () => this.options.api.deleteMyCommands({ scope }));
      return;
    }
    await this.call("setMyCommands", () => this.options.api.setMyCommands(menuCommands(this.options.i18n, locale, kind, this.options.known), { scope }));
  }

  private async call(method: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      const description = (error as { description?: string }).description ?? (error instanceof Error ? error.name : "unknown error");
      this.options.logger.warn({ method, description }, "telegram: a Bot API method failed; the bot goes on without it");
    }
  }
}
