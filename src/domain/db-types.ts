/** The Prisma types the domain works with, in one place. */
export type { PrismaClient } from "../generated/prisma/client.js";
export type { Person, ChannelIdentity, Ugel, School, Invite } from "../generated/prisma/client.js";
export type { Role, Level, Channel } from "../generated/prisma/enums.js";
import type { PrismaClient } from "../generated/prisma/client.js";

/** Either the client or an interactive transaction's client. */
export type Db = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
