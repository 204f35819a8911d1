import { describe, expect, it } from "vitest";
import type { Reply } from "../../../src/core/types.js";
import { menuChanged, menuOf, parseMenu, pressedBy } from "../../../src/conversation/last-menus.js";

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 4, 15, minutes));
const replies: Reply[] = [
  { type: "text", text: "📅 La inscripción cierra el viernes 25 de junio." },
  { type: "text", text: "¿Qué quieres registrar?", buttons: [[{ label: "🍎 Buena práctica docente", data: "rn:bp" }], [{ label: "💡 Proyecto de innovación (CNPIE)", data: "rn:pi" }], [{ label: "Bases", url: "https://example.org" }]] },
];

describe("the buttons of a person's last reply, pressed by typing", () => {
  it("names a button by its words", () => {
    const menu = menuOf(replies, at(0));
    expect(pressedBy(menu, "buena practica", at(1))).toBe("rn:bp");
    expect(pressedBy(menu, "el de innovación", at(1))).toBe("rn:pi");
    expect(pressedBy(menu, "cnpie", at(1))).toBe("rn:pi");
    expect(pressedBy(null, "buena practica", at(1))).toBeNull();
  });

  it("leaves questions, numbers and ties to the rest of the conversation", () => {
    const menu = menuOf(replies, at(0));
    expect(pressedBy(menu, "cuando cierra eureka", at(1))).toBeNull();
    expect(pressedBy(menu, "2", at(1))).toBeNull();
    expect(pressedBy(menu, "bases", at(1))).toBeNull(); // a link, not a button to press
    expect(pressedBy(menu, "docente o proyecto", at(1))).toBeNull();
  });

  it("has no menu under a reply without buttons, and forgets one after half an hour", () => {
    expect(menuOf([{ type: "text", text: "Listo." }], at(0))).toBeNull();
    expect(menuOf([...replies, { type: "text", text: "Listo." }], at(0))).toBeNull();
    expect(pressedBy(menuOf(replies, at(0)), "buena practica", at(31))).toBeNull();
  });

  it("is written again only when it changes, or to keep the same menu fresh", () => {
    const shown = menuOf(replies, at(0));
    expect(menuChanged(null, shown)).toBe(true);
    expect(menuChanged(shown, null)).toBe(true);
    expect(menuChanged(null, null)).toBe(false);
    expect(menuChanged(shown, menuOf(replies, at(2)))).toBe(false);
    expect(menuChanged(shown, menuOf(replies, at(6)))).toBe(true);
    expect(menuChanged(shown, menuOf([{ type: "text", text: "¿Y ahora?", buttons: [[{ label: "Sí", data: "x:y" }]] }], at(1)))).toBe(true);
  });

  it("reads back what was stored, and nothing from a value of another shape", () => {
    const shown = menuOf(replies, at(0));
    expect(parseMenu(JSON.stringify(shown))).toEqual(shown);
    expect(parseMenu(shown)).toEqual(shown);
    expect(parseMenu(null)).toBeNull();
    expect(parseMenu("{not json")).toBeNull();
    expect(parseMenu({ labels: ["a"], data: [], at: 1 })).toBeNull();
    expect(parseMenu({ labels: ["a"], data: [1], at: 1 })).toBeNull();
  });
});
