/**
 * Operator commands on the server, against the configured database:
 *   npm run admin -- invite --role especialista_ugel --ugel 190001 [--hours 72]
 *   npm run admin -- invite --role especialista_dre
 *   npm run admin -- invite --role admin
 * The code is printed once; only its hash is stored, and the creation is audited as "server".
 */
import { parseArgs } from "node:util";
import { Api } from "grammy";
import { loadConfig, readEnvironment, type Config } from "../src/config.js";
import { invitePayload, telegramStartLink } from "../src/core/deep-link.js";
import { createInvite, InviteError, type InviteRole } from "../src/domain/invites.js";
import { INVITE_ROLES } from "../src/domain/roles.js";
import { createLogger } from "../src/logger.js";
import { openSeededDatabase } from "./lib/operator.js";

const USAGE = `usage: npm run admin -- invite --role <${INVITE_ROLES.join("|")}> [--ugel <code>] [--hours <n>]`;

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== "invite") {
    console.error(USAGE);
    return 2;
  }
  const { values } = parseArgs({ args: rest, options: { role: { type: "string" }, ugel: { type: "string" }, hours: { type: "string" } } });
  const role = values.role as InviteRole | undefined;
  if (!role || !(INVITE_ROLES as readonly string[]).includes(role)) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig(readEnvironment());
  const logger = createLogger({ level: "warn", format: "pretty", destination: "stderr" });
  const db = await openSeededDatabase(config, logger);
  try {
    if (values.ugel && !(await db.prisma.ugel.findFirst({ where: { id: values.ugel, isDre: false } }))) {
      const ugels = await db.prisma.ugel.findMany({ where: { isDre: false } });
      console.error(`Unknown UGEL "${values.ugel}". Known: ${ugels.map((ugel) => `${ugel.id} (${ugel.name})`).join(", ")}`);
      return 2;
    }
    const hours = values.hours ? Number(values.hours) : config.INVITE_TTL_HOURS;
    if (!Number.isInteger(hours) || hours < 1) {
      console.error("--hours must be a whole number of hours");
      return 2;
    }
    const { code, invite } = await createInvite(db.prisma, {
      role,
      ugelId: values.ugel ?? null,
      createdByLabel: "server",
      ttlHours: hours,
      now: new Date(),
    });
    console.log(`Invite code for ${role}${invite.ugelId ? ` (UGEL ${invite.ugelId})` : ""}: ${code}`);
    console.log(`Single use; expires ${invite.expiresAt.toISOString()}.`);
    const link = telegramStartLink(await botUsername(config), invitePayload(code));
    if (link) console.log(`Telegram link (opens the bot with the code already in): ${link}`);
    else if (config.TELEGRAM_BOT_TOKEN) console.log("No Telegram link: Telegram did not answer; set TELEGRAM_BOT_USERNAME to print it.");
    return 0;
  } catch (error) {
    if (error instanceof InviteError && error.reason === "needs-ugel") {
      console.error("A UGEL specialist invite needs --ugel <code>.");
      return 2;
    }
    throw error;
  } finally {
    await db.close();
  }
}

/** TELEGRAM_BOT_USERNAME, or what Telegram says of the bot (getMe), or undefined without a token or an answer. */
async function botUsername(config: Config): Promise<string | undefined> {
  if (config.TELEGRAM_BOT_USERNAME) return config.TELEGRAM_BOT_USERNAME;
  if (!config.TELEGRAM_BOT_TOKEN) return undefined;
  const api = new Api(config.TELEGRAM_BOT_TOKEN, { apiRoot: config.TELEGRAM_API_ROOT, timeoutSeconds: 5 });
  return api.getMe().then((me) => me.username, () => undefined);
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
