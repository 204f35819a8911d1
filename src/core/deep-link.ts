/**
 * Telegram deep links, `https://t.me/<bot>?start=<payload>`: the app opens the bot and sends `/start <payload>`.
 * A payload is at most 64 characters of A-Z, a-z, 0-9, _ and -. Three kinds:
 *   inv_<invite code>   redeems an invite at onboarding (the specialist does not type the code)
 *   c_<contest id>      answers that contest's calendar
 *   lk_<link code>      links this Telegram to a Slack identity (the /vincular code)
 */

export type StartPayload = { kind: "invite"; code: string } | { kind: "contest"; contestId: number } | { kind: "link"; code: string };

const PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;

/** Codes travel without their dashes ("ABCD-EFGH-JKMN" → "ABCDEFGHJKMN"). */
function compact(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

export function invitePayload(code: string): string {
  return `inv_${compact(code)}`;
}

export function contestPayload(contestId: number): string {
  return `c_${contestId}`;
}

export function linkPayload(code: string): string {
  return `lk_${compact(code)}`;
}

export function parseStartPayload(text: string): StartPayload | null {
  const payload = text.trim();
  if (!PAYLOAD.test(payload)) return null;
  const [, kind = "", value = ""] = /^([a-z]+)_(.+)$/.exec(payload) ?? [];
  if (kind === "inv" && /^[A-Z0-9]{6,40}$/.test(value)) return { kind: "invite", code: value };
  if (kind === "lk" && /^[A-Z0-9]{6,40}$/.test(value)) return { kind: "link", code: value };
  if (kind === "c" && /^\d{1,9}$/.test(value)) return { kind: "contest", contestId: Number(value) };
  return null;
}

/** The t.me link, or undefined when the bot's username is not known (no Telegram configured). */
export function telegramStartLink(botUsername: string | undefined, payload: string): string | undefined {
  if (!botUsername) return undefined;
  return `https://t.me/${botUsername.replace(/^@/, "")}?start=${payload}`;
}
