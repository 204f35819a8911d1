/**
 * The Block Kit and view limits that bite in practice, reported the way Slack
 * does: `invalid_blocks` / `invalid_arguments` plus `response_metadata.messages`
 * like "[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]".
 * Deliberately partial: lengths and counts, not the full schema.
 */

export const MAX_MESSAGE_BLOCKS = 50;
export const MAX_VIEW_BLOCKS = 100;

type Problems = string[];

function tooLong(problems: Problems, value: unknown, max: number, pointer: string): void {
  if (typeof value === "string" && value.length > max) {
    problems.push(`[ERROR] must be less than ${max + 1} characters [json-pointer:${pointer}]`);
  }
}

function textOf(value: unknown): unknown {
  return value && typeof value === "object" ? (value as { text?: unknown }).text : undefined;
}

/** Problems found in a list of blocks (empty when fine). */
export function blockProblems(blocks: unknown, max: number, pointer: string): Problems {
  const problems: Problems = [];
  if (blocks === undefined) return problems;
  if (!Array.isArray(blocks)) return [`[ERROR] must be an array [json-pointer:${pointer}]`];
  if (blocks.length > max) problems.push(`[ERROR] no more than ${max} items allowed [json-pointer:${pointer}]`);
  blocks.forEach((block: unknown, index) => {
    const at = `${pointer}/${index}`;
    if (!block || typeof block !== "object") {
      problems.push(`[ERROR] must be an object [json-pointer:${at}]`);
      return;
    }
    const { type, text, block_id: blockId, elements, accessory, label } = block as Record<string, unknown>;
    tooLong(problems, blockId, 255, `${at}/block_id`);
    if (type === "section") tooLong(problems, textOf(text), 3000, `${at}/text/text`);
    if (type === "header") tooLong(problems, textOf(text), 150, `${at}/text/text`);
    if (type === "input") tooLong(problems, textOf(label), 2000, `${at}/label/text`);
    const controls = [...(Array.isArray(elements) ? elements : []), ...(accessory ? [accessory] : [])];
    controls.forEach((element: unknown, i) => elementProblems(problems, element, Array.isArray(elements) && i < elements.length ? `${at}/elements/${i}` : `${at}/accessory`));
  });
  return problems;
}

function elementProblems(problems: Problems, element: unknown, at: string): void {
  if (!element || typeof element !== "object") return;
  const { type, text, value, action_id: actionId } = element as Record<string, unknown>;
  tooLong(problems, actionId, 255, `${at}/action_id`);
  if (type === "button") {
    tooLong(problems, textOf(text), 75, `${at}/text/text`);
    tooLong(problems, value, 2000, `${at}/value`);
  }
}

/** Problems of a view payload for views.open/push/update (modal) or views.publish (home). */
export function viewProblems(view: unknown, expectedType: "modal" | "home"): Problems {
  if (!view || typeof view !== "object") return ["[ERROR] missing required field: view"];
  const v = view as Record<string, unknown>;
  const problems: Problems = [];
  if (v["type"] !== expectedType) problems.push(`[ERROR] must be '${expectedType}' [json-pointer:/view/type]`);
  if (expectedType === "modal" && textOf(v["title"]) === undefined) problems.push("[ERROR] missing required field: title [json-pointer:/view]");
  for (const field of ["title", "submit", "close"]) tooLong(problems, textOf(v[field]), 24, `/view/${field}/text`);
  tooLong(problems, v["callback_id"], 255, "/view/callback_id");
  tooLong(problems, v["external_id"], 255, "/view/external_id");
  tooLong(problems, v["private_metadata"], 3000, "/view/private_metadata");
  problems.push(...blockProblems(v["blocks"] ?? [], MAX_VIEW_BLOCKS, "/view/blocks"));
  return problems;
}
