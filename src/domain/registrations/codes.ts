/**
 * Registration codes (BP-2026-0031): a counter per kind and year, incremented by one INSERT … ON CONFLICT DO
 * UPDATE … RETURNING inside the submit transaction. The row lock it takes makes concurrent submits wait for one
 * another, so two people sending at the same instant never get the same number (PostgreSQL and PGlite alike).
 */
import type { Db } from "../db-types.js";
import { CODE_PREFIX, type RegistrationKind } from "./kinds.js";

export async function nextRegistrationNumber(tx: Db, kind: RegistrationKind, year: number): Promise<number> {
  const rows = await tx.$queryRaw<Array<{ lastNumber: number }>>`
    INSERT INTO "RegistrationCounter" ("kind", "year", "lastNumber")
    VALUES (${kind}::"RegistrationKind", ${year}, 1)
    ON CONFLICT ("kind", "year") DO UPDATE SET "lastNumber" = "RegistrationCounter"."lastNumber" + 1
    RETURNING "lastNumber"`;
  const value = rows[0]?.lastNumber;
  if (value === undefined) throw new Error("registration counter returned no row");
  return Number(value);
}

export function formatRegistrationCode(kind: RegistrationKind, year: number, number: number): string {
  return `${CODE_PREFIX[kind]}-${year}-${String(number).padStart(4, "0")}`;
}

export async function nextRegistrationCode(tx: Db, kind: RegistrationKind, year: number): Promise<string> {
  return formatRegistrationCode(kind, year, await nextRegistrationNumber(tx, kind, year));
}
