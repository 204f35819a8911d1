import { describe, expect, it } from "vitest";
import type { Reply } from "../../../src/core/types.js";
import { LastMenus } from "../../../src/conversation/last-menus.js";

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 4, 15, minutes));
const menu: Reply[] = [
  { type: "text", text: "📅 La inscripción cierra el viernes 25 de junio." },
  { type: "text", text: "¿Qué quieres registrar?", buttons: [[{ label: "🍎 Buena práctica docente", data: "rn:bp" }], [{ label: "💡 Proyecto de innovación (CNPIE)", data: "rn:pi" }], [{ label: "Bases", url: "https://example.org" }]] },
];

describe("the buttons of a person's last reply, pressed by typing", () => {
  it("names a button by its words, for that person only", () => {
    const menus = new LastMenus();
    menus.remember(7, menu, at(0));
    expect(menus.pressedBy(7, "buena practica", at(1))).toBe("rn:bp");
    expect(menus.pressedBy(7, "el de innovación", at(1))).toBe("rn:pi");
    expect(menus.pressedBy(7, "cnpie", at(1))).toBe("rn:pi");
    expect(menus.pressedBy(8, "buena practica", at(1))).toBeNull();
  });

  it("leaves questions, numbers and ties to the rest of the conversation", () => {
    const menus = new LastMenus();
    menus.remember(7, menu, at(0));
    expect(menus.pressedBy(7, "cuando cierra eureka", at(1))).toBeNull();
    expect(menus.pressedBy(7, "2", at(1))).toBeNull();
    expect(menus.pressedBy(7, "bases", at(1))).toBeNull(); // a link, not a button to press
    expect(menus.pressedBy(7, "docente o proyecto", at(1))).toBeNull();
  });

  it("forgets a menu once a later reply has no buttons, and after half an hour", () => {
    const menus = new LastMenus();
    menus.remember(7, menu, at(0));
    expect(menus.pressedBy(7, "buena practica", at(31))).toBeNull();
    menus.remember(7, menu, at(40));
    menus.remember(7, [{ type: "text", text: "Listo." }], at(41));
    expect(menus.pressedBy(7, "buena practica", at(42))).toBeNull();
  });
});
