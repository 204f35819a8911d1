/**
 * Button data of the registration screens, all under the "reg" prefix and well under Telegram's 64 bytes.
 * Every id in here may be forged: handlers re-check access in the domain before doing anything.
 *   reg:new:<bp|pi>              start (or continue) a registration of that kind
 *   reg:o:<id>                   open one registration
 *   reg:f:<id>                   its files, sent to the reader
 *   reg:pdf:<id>                 its ficha (PDF laid out like the national form)
 *   reg:mine:<page>              my registrations, a page
 *   reg:ls:<kind>:<status>:<year>:<page>   the reviewer's list with its filters ("a" = all)
 *   reg:fix:<id>                 correct an observed registration
 *   reg:ask:<id>:<action>        confirm an action (or, to observe, ask for the comment)
 *   reg:yes:<id>:<action>:<seen status>    do it, if the status is still the one seen
 */
import { MAX_BUTTON_DATA_BYTES } from "../../../core/types.js";
import {
  KIND_SHORT,
  STATUS_SHORT,
  kindFromShort,
  statusFromShort,
  type RegistrationKind,
  type RegistrationStatus,
} from "../../../domain/registrations/kinds.js";
import type { RegistrationAction } from "../../../domain/registrations/status.js";

export type UiAction = Exclude<RegistrationAction, "resubmit">;

const ACTION_SHORT: Record<UiAction, string> = { observe: "obs", accept: "acc", win: "win", lose: "lose", withdraw: "wd" };

export interface ListFilter {
  kind?: RegistrationKind;
  status?: RegistrationStatus;
  year?: number;
}

export type RegistrationButton =
  | { verb: "new"; kind: RegistrationKind }
  | { verb: "open"; id: number }
  | { verb: "files"; id: number }
  | { verb: "ficha"; id: number }
  | { verb: "mine"; page: number }
  | { verb: "list"; filter: ListFilter; page: number }
  | { verb: "fix"; id: number }
  | { verb: "ask"; id: number; action: UiAction }
  | { verb: "yes"; id: number; action: UiAction; seen: RegistrationStatus };

function checked(data: string): string {
  if (Buffer.byteLength(data) > MAX_BUTTON_DATA_BYTES) throw new Error(`button data too long: ${data}`);
  return data;
}

export const newButton = (kind: RegistrationKind) => checked(`reg:new:${KIND_SHORT[kind]}`);
export const openButton = (id: number) => checked(`reg:o:${id}`);
export const filesButton = (id: number) => checked(`reg:f:${id}`);
export const fichaButton = (id: number) => checked(`reg:pdf:${id}`);
export const mineButton = (page: number) => checked(`reg:mine:${page}`);
export const fixButton = (id: number) => checked(`reg:fix:${id}`);
export const askButton = (id: number, action: UiAction) => checked(`reg:ask:${id}:${ACTION_SHORT[action]}`);
export const yesButton = (id: number, action: UiAction, seen: RegistrationStatus) => checked(`reg:yes:${id}:${ACTION_SHORT[action]}:${STATUS_SHORT[seen]}`);
export function listButton(filter: ListFilter, page: number): string {
  const kind = filter.kind ? KIND_SHORT[filter.kind] : "a";
  const status = filter.status ? STATUS_SHORT[filter.status] : "a";
  return checked(`reg:ls:${kind}:${status}:${filter.year ?? "a"}:${page}`);
}

const ID = /^[1-9]\d{0,8}$/; // fits a PostgreSQL integer
const PAGE = /^[1-9]\d{0,4}$/;

function actionFromShort(value: string | undefined): UiAction | undefined {
  return (Object.keys(ACTION_SHORT) as UiAction[]).find((action) => ACTION_SHORT[action] === value);
}

/** Parses button data; undefined for anything malformed (never throws). */
export function parseRegistrationButton(data: string): RegistrationButton | undefined {
  const [prefix, verb, ...rest] = data.split(":");
  if (prefix !== "reg") return undefined;
  const id = rest[0] && ID.test(rest[0]) ? Number(rest[0]) : undefined;
  switch (verb) {
    case "new": {
      const kind = kindFromShort(rest[0]);
      return kind && rest.length === 1 ? { verb, kind } : undefined;
    }
    case "o":
      return id && rest.length === 1 ? { verb: "open", id } : undefined;
    case "f":
      return id && rest.length === 1 ? { verb: "files", id } : undefined;
    case "pdf":
      return id && rest.length === 1 ? { verb: "ficha", id } : undefined;
    case "fix":
      return id && rest.length === 1 ? { verb, id } : undefined;
    case "mine":
      return rest.length === 1 && PAGE.test(rest[0] ?? "") ? { verb, page: Number(rest[0]) } : undefined;
    case "ls": {
      if (rest.length !== 4) return undefined;
      const [kindText, statusText, yearText, pageText] = rest as [string, string, string, string];
      const kind = kindText === "a" ? undefined : kindFromShort(kindText);
      const status = statusText === "a" ? undefined : statusFromShort(statusText);
      if ((kindText !== "a" && !kind) || (statusText !== "a" && !status) || !PAGE.test(pageText)) return undefined;
      if (yearText !== "a" && !/^20\d{2}$/.test(yearText)) return undefined;
      return { verb: "list", filter: { ...(kind ? { kind } : {}), ...(status ? { status } : {}), ...(yearText !== "a" ? { year: Number(yearText) } : {}) }, page: Number(pageText) };
    }
    case "ask": {
      const action = actionFromShort(rest[1]);
      return id && action && rest.length === 2 ? { verb, id, action } : undefined;
    }
    case "yes": {
      const action = actionFromShort(rest[1]);
      const seen = statusFromShort(rest[2]);
      return id && action && seen && rest.length === 3 ? { verb, id, action, seen } : undefined;
    }
    default:
      return undefined;
  }
}
