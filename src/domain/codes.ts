/** One-time codes (invites, identity links): readable on a phone, stored only as a SHA-256 hash. */
import { createHash, randomInt } from "node:crypto";

// No 0/O, 1/I/L: codes are read aloud and typed on phones.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export function newCode(groups = 3, groupLength = 4): string {
  const parts: string[] = [];
  for (let group = 0; group < groups; group++) {
    let part = "";
    for (let index = 0; index < groupLength; index++) part += ALPHABET[randomInt(ALPHABET.length)];
    parts.push(part);
  }
  return parts.join("-");
}

export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

export function hashCode(input: string): string {
  return createHash("sha256").update(normalizeCode(input)).digest("hex");
}
