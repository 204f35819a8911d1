/**
 * Puts the Telegram command menus in place for a running bot: the default menus, each specialist's and admin's
 * own menu (their Telegram chats, and the ids in ADMIN_TELEGRAM_IDS), and a new menu whenever a turn changes a
 * Telegram person's role.
 */
import type { Api } from "grammy";
import type { App } from "../../app.js";
import { isLocale } from "../../i18n.js";
import type { Logger } from "../../logger.js";
import { menuKindOf, TelegramMenus } from "./command-menu.js";

export async function setupTelegramMenus(api: Api, app: App, logger: Logger): Promise<TelegramMenus> {
  const { conversation, services } = app;
  const known = new Set([...conversation.allCommands().map((command) => command.name), "cancelar"]);
  const menus = new TelegramMenus({ api, i18n: services.i18n, logger, known });
  const namedAdmin = (externalId: string) => services.settings.adminIdentities.has(`telegram:${externalId}`);
  conversation.onRoleChange(async (change) => {
    if (change.identities) {
      // A link merged two people: every Telegram chat of the merged person, whichever channel the code was typed on.
      for (const identity of change.identities.filter((candidate) => candidate.channel === "telegram")) {
        await menus.setForChat(identity.chatRef ?? identity.externalId, menuKindOf(change.role, change.role === "admin" || namedAdmin(identity.externalId)), change.locale);
      }
      return;
    }
    if (change.sender.channel !== "telegram") return;
    await menus.setForChat(change.sender.chatRef ?? change.sender.externalId, menuKindOf(change.role, change.isAdmin), change.locale);
  });
  await menus.setDefaults();
  const admins = [...services.settings.adminIdentities].filter((id) => id.startsWith("telegram:")).map((id) => id.slice("telegram:".length));
  const identities = await services.db.channelIdentity.findMany({
    where: { channel: "telegram", unreachable: false, OR: [{ person: { role: { in: ["especialista_ugel", "especialista_dre", "admin"] } } }, { externalId: { in: admins } }] },
    select: { externalId: true, chatRef: true, person: { select: { role: true, locale: true } } },
  });
  const seen = new Set<string>();
  for (const identity of identities) {
    seen.add(identity.externalId);
    const kind = menuKindOf(identity.person.role, admins.includes(identity.externalId));
    await menus.setForChat(identity.chatRef ?? identity.externalId, kind, isLocale(identity.person.locale) ? identity.person.locale : "es");
  }
  // An admin named in the environment who never wrote yet: their private chat id is their user id.
  for (const admin of admins) if (!seen.has(admin) && /^\d+$/.test(admin)) await menus.setForChat(admin, "admin", "es");
  return menus;
}
