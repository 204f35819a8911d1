/**
 * Fake Telegram Bot API for end-to-end tests and benchmarks. Import from here:
 *
 *   import { startFakeTelegram } from "../fakes/telegram/index.js";
 */
export { DEFAULT_TOKEN, FakeTelegram, startFakeTelegram, type CallWaitOptions, type MessageWaitOptions } from "./fake-telegram.js";
export type { DocumentInput, PhotoInput, PressOptions } from "./user-simulator.js";
export type { UpdateBody } from "./update-factory.js";
export type * from "./types.js";
