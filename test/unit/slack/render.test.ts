import { describe, expect, it } from "vitest";
import { textReply, type Reply } from "../../../src/core/types.js";
import { ACTION, isFormPrompt, renderReplies } from "../../../src/channels/slack/render.js";

type AnyBlock = { type: string; text?: { type: string; text: string }; elements?: Array<{ action_id: string; value?: string; url?: string; text: { text: string } }> };

const blocksOf = (reply: ReturnType<typeof renderReplies>[number]) => (reply.kind === "message" ? (reply.blocks as AnyBlock[]) : []);

describe("neutral replies as Block Kit", () => {
  it("writes text as plain text (no mrkdwn surprises) and buttons with their data in value", () => {
    const [message] = renderReplies([textReply("Usa /mis_datos y /borrar_mis_datos <ahora> & *ya*", [[{ label: "Ver", data: "cmd:perfil" }, { label: "Web", url: "https://drepasco.edu.pe" }], [{ label: "Otro", data: "inv:r:admin" }]])]);
    const blocks = blocksOf(message!);
    expect(blocks[0]).toEqual({ type: "section", text: { type: "plain_text", text: "Usa /mis_datos y /borrar_mis_datos <ahora> & *ya*", emoji: true } });
    expect(message).toMatchObject({ text: "Usa /mis_datos y /borrar_mis_datos &lt;ahora&gt; &amp; *ya*" });
    const elements = blocks.filter((block) => block.type === "actions").flatMap((block) => block.elements ?? []);
    expect(elements.map((element) => [element.action_id, element.value ?? element.url])).toEqual([
      [`${ACTION.button}1`, "cmd:perfil"],
      [`${ACTION.url}2`, "https://drepasco.edu.pe"],
      [`${ACTION.button}3`, "inv:r:admin"],
    ]);
    expect(blocks.filter((block) => block.type === "actions")).toHaveLength(2);
  });

  it("splits text over 3,000 characters into sections and messages over 50 blocks, buttons last", () => {
    const long = Array.from({ length: 200 }, (_, index) => `Línea ${index} ${"x".repeat(990)}`).join("\n");
    const parts = renderReplies([textReply(long, [[{ label: "Listo", data: "f:3:ok" }]])]);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(blocksOf(part).length).toBeLessThanOrEqual(50);
      for (const block of blocksOf(part)) if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
    }
    expect(blocksOf(parts.at(-1)!).at(-1)?.type).toBe("actions");
    expect(blocksOf(parts[0]!).some((block) => block.type === "actions")).toBe(false);
    const joined = parts.flatMap(blocksOf).flatMap((block) => (block.text ? [block.text.text] : [])).join("\n");
    expect(joined.replace(/\s+/g, "")).toBe(long.replace(/\s+/g, ""));
  });

  it("clips labels Slack would refuse and keeps files as uploads", () => {
    const [message, file] = renderReplies([
      textReply("Elige", [[{ label: "Una opción con un nombre larguísimo que pasa de setenta y cinco caracteres sin duda alguna", data: "f:1:o0" }]]),
      { type: "file", fileName: "mis-datos.json", mimeType: "application/json", content: new Uint8Array([123, 125]), caption: "Tus datos" },
    ]);
    const label = blocksOf(message!).find((block) => block.type === "actions")?.elements?.[0]?.text.text ?? "";
    expect([...label].length).toBe(75);
    expect(label.endsWith("…")).toBe(true);
    expect(file).toMatchObject({ kind: "file", fileName: "mis-datos.json", caption: "Tus datos" });
  });

  it("recognises a form question and offers to open it as a modal only there", () => {
    const replies: Reply[] = [textReply("Edición 2026"), textReply("Paso 1 de 3\n¿Año?", [[{ label: "2026", data: "f:2:o0" }], [{ label: "◀ Atrás", data: "f:2:bk" }, { label: "✖ Cancelar", data: "f:2:cx" }]])];
    expect(replies.map(isFormPrompt)).toEqual([false, true]);
    expect(isFormPrompt(textReply("x", [[{ label: "Cancelar", data: "del:no" }]]))).toBe(false);
    const rendered = renderReplies(replies, { openForm: { formId: "buena_practica", label: "📝 Abrir como formulario" } });
    expect(blocksOf(rendered[0]!).some((block) => block.type === "actions")).toBe(false);
    const first = blocksOf(rendered[1]!).find((block) => block.type === "actions")?.elements?.[0];
    expect(first).toMatchObject({ action_id: ACTION.openForm, value: "buena_practica", text: { text: "📝 Abrir como formulario" } });
  });
});
