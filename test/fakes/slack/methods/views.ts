/**
 * views.open, views.push, views.update and views.publish. Each call stores an
 * immutable snapshot; the response carries the view as Slack echoes it (id,
 * hash, empty state, root/previous ids). views.push links to the most
 * recently opened or pushed modal. views.update honours `hash`
 * (hash_conflict) and accepts view_id or external_id.
 */
import { viewProblems } from "../block-validation.js";
import type { SlackView } from "../types.js";
import { SlackApiError, json, str, type Params, type SlackApiState, type SlackMethod } from "./context.js";

function readView(params: Params, type: "modal" | "home"): Record<string, unknown> {
  const view = json(params, "view");
  const problems = viewProblems(view, type);
  if (problems.length > 0) throw new SlackApiError("invalid_arguments", problems);
  return view as Record<string, unknown>;
}

function optionalString(view: Record<string, unknown>, key: string): string | undefined {
  return typeof view[key] === "string" ? view[key] : undefined;
}

function response(state: SlackApiState, saved: SlackView): Record<string, unknown> {
  return {
    ok: true,
    view: {
      ...saved.view,
      id: saved.id,
      team_id: state.teamId,
      app_id: "A0FAKEAPP",
      bot_id: state.botId,
      hash: saved.hash,
      state: { values: {} },
      root_view_id: saved.previousViewId ?? saved.id,
      previous_view_id: saved.previousViewId ?? null,
      private_metadata: saved.privateMetadata ?? "",
      callback_id: saved.callbackId ?? "",
      external_id: saved.externalId ?? "",
    },
  };
}

function snapshot(
  id: string,
  via: SlackView["via"],
  view: Record<string, unknown>,
  extra: Pick<SlackView, "triggerId" | "userId" | "previousViewId">,
): Omit<SlackView, "seq" | "hash"> {
  return {
    id,
    via,
    view,
    type: String(view["type"]),
    callbackId: optionalString(view, "callback_id"),
    privateMetadata: optionalString(view, "private_metadata"),
    externalId: optionalString(view, "external_id"),
    ...extra,
  };
}

function requireTrigger(params: Params): string {
  const triggerId = str(params, "trigger_id");
  if (!triggerId) throw new SlackApiError("invalid_trigger_id");
  return triggerId;
}

export const open: SlackMethod = (state, params) => {
  const triggerId = requireTrigger(params);
  const view = readView(params, "modal");
  const saved = state.store.saveView(snapshot(state.store.ids.next("V"), "views.open", view, { triggerId, userId: undefined, previousViewId: undefined }));
  return response(state, saved);
};

export const push: SlackMethod = (state, params) => {
  const triggerId = requireTrigger(params);
  const view = readView(params, "modal");
  const previous = [...state.store.viewHistory].reverse().find((v) => v.via === "views.open" || v.via === "views.push");
  const saved = state.store.saveView(snapshot(state.store.ids.next("V"), "views.push", view, { triggerId, userId: undefined, previousViewId: previous?.id }));
  return response(state, saved);
};

export const update: SlackMethod = (state, params) => {
  const viewId = str(params, "view_id");
  const externalId = str(params, "external_id");
  const current = viewId ? state.store.view(viewId) : externalId ? state.store.viewByExternalId(externalId) : undefined;
  if (!current) throw new SlackApiError("not_found");
  const hash = str(params, "hash");
  if (hash !== undefined && hash !== current.hash) throw new SlackApiError("hash_conflict");
  const view = readView(params, current.type === "home" ? "home" : "modal");
  const saved = state.store.saveView(
    snapshot(current.id, "views.update", view, { triggerId: current.triggerId, userId: current.userId, previousViewId: current.previousViewId }),
  );
  return response(state, saved);
};

export const publish: SlackMethod = (state, params) => {
  const userId = str(params, "user_id");
  if (!userId) throw new SlackApiError("invalid_arguments", ["[ERROR] missing required field: user_id"]);
  const view = readView(params, "home");
  const saved = state.store.saveView(snapshot(state.store.homeViewId(userId), "views.publish", view, { triggerId: undefined, userId, previousViewId: undefined }));
  return response(state, saved);
};
