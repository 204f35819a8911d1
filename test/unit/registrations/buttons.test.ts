import { describe, expect, it } from "vitest";
import {
  askButton,
  fixButton,
  listButton,
  mineButton,
  newButton,
  openButton,
  parseRegistrationButton,
  yesButton,
} from "../../../src/conversation/commands/registrations/buttons.js";

describe("registration button data", () => {
  it("round-trips every button and stays under Telegram's 64 bytes", () => {
    const samples = [
      [newButton("proyecto_innovacion"), { verb: "new", kind: "proyecto_innovacion" }],
      [openButton(123), { verb: "open", id: 123 }],
      [mineButton(3), { verb: "mine", page: 3 }],
      [fixButton(9), { verb: "fix", id: 9 }],
      [askButton(99, "observe"), { verb: "ask", id: 99, action: "observe" }],
      [yesButton(999_999_999, "lose", "no_ganadora"), { verb: "yes", id: 999_999_999, action: "lose", seen: "no_ganadora" }],
      [listButton({ kind: "buena_practica", status: "observada", year: 2026 }, 12), { verb: "list", filter: { kind: "buena_practica", status: "observada", year: 2026 }, page: 12 }],
      [listButton({}, 1), { verb: "list", filter: {}, page: 1 }],
    ] as const;
    for (const [data, parsed] of samples) {
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(parseRegistrationButton(data)).toEqual(parsed);
    }
  });

  it("refuses malformed or forged data instead of guessing", () => {
    for (const data of [
      "reg:o:abc",
      "reg:o:0",
      "reg:o:-4",
      "reg:o:99999999999", // larger than a PostgreSQL integer
      "reg:o:1:2",
      "reg:new:xx",
      "reg:ask:5:delete",
      "reg:yes:5:acc",
      "reg:yes:5:acc:zzz",
      "reg:ls:bp:obs:1999:1",
      "reg:ls:bp:obs:2026",
      "reg:mine:0",
      "reg:drop:1",
      "other:o:1",
      "",
    ]) {
      expect(parseRegistrationButton(data), data).toBeUndefined();
    }
  });
});
