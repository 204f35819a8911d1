/**
 * Update delivery methods: getUpdates (long polling) and the webhook trio
 * setWebhook, deleteWebhook and getWebhookInfo. The fake accepts plain http
 * webhook URLs (Telegram demands https) so a local bot server can receive them.
 */
import { ApiError, badRequest } from "../api-error.js";
import { optBool, optInt, optJson, optString } from "../params.js";
import type { MethodHandler } from "./context.js";

const SECRET_TOKEN = /^[A-Za-z0-9_-]{1,256}$/;

export const getUpdates: MethodHandler = (state, { params, signal }) => {
  if (state.webhook.active) {
    throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
  }
  state.updates.setAllowedUpdates(optJson(params, "allowed_updates"));
  return state.updates.poll(
    { offset: optInt(params, "offset"), limit: optInt(params, "limit"), timeoutSeconds: optInt(params, "timeout") },
    signal,
  );
};

export const setWebhook: MethodHandler = (state, { params }) => {
  const url = optString(params, "url") ?? "";
  if (url === "") {
    state.webhook.clear();
    return true;
  }
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw badRequest("bad webhook: invalid webhook URL specified");
  const secretToken = optString(params, "secret_token");
  if (secretToken !== undefined && !SECRET_TOKEN.test(secretToken)) throw badRequest("secret token contains unallowed characters");
  if (optBool(params, "drop_pending_updates")) state.updates.clear();
  state.updates.setAllowedUpdates(optJson(params, "allowed_updates"));
  state.webhook.set({ url, secretToken, maxConnections: optInt(params, "max_connections") ?? 40 });
  return true;
};

export const deleteWebhook: MethodHandler = (state, { params }) => {
  if (optBool(params, "drop_pending_updates")) state.updates.clear();
  state.webhook.clear();
  return true;
};

export const getWebhookInfo: MethodHandler = (state) => state.webhook.info(state.updates.allowedUpdates);
