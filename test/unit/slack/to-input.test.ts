import { describe, expect, it } from "vitest";
import { commandButtonInput } from "../../../src/channels/slack/actions.js";
import { messageInputs } from "../../../src/channels/slack/events.js";
import { fromSlackMarkup, messageInput, parseSlackExternalId, slackExternalId, slashCommandInput } from "../../../src/channels/slack/to-input.js";

describe("Slack requests as neutral inputs", () => {
  it("maps every way of writing a command to the bot's command", () => {
    expect(slashCommandInput("/pasco", "registrar")).toEqual({ type: "command", command: "registrar", args: "" });
    expect(slashCommandInput("/pasco", "  vincular  ABCD-EFGH-JKMN ")).toEqual({ type: "command", command: "vincular", args: "ABCD-EFGH-JKMN" });
    expect(slashCommandInput("/pasco", "")).toEqual({ type: "command", command: "ayuda", args: "" });
    expect(slashCommandInput("/registrar", "")).toEqual({ type: "command", command: "registrar", args: "" });
    expect(slashCommandInput("/pasco-mis-registros", "2")).toEqual({ type: "command", command: "mis_registros", args: "2" });
    expect(slashCommandInput("/Mis-Datos", "")).toEqual({ type: "command", command: "mis_datos", args: "" });
    expect(slashCommandInput("/pasco", "Ata-Estado 12")).toEqual({ type: "command", command: "ata_estado", args: "12" });
  });

  it("reads a DM's text back from Slack's markup", () => {
    expect(fromSlackMarkup("<mailto:ana@ugel.gob.pe|ana@ugel.gob.pe>")).toBe("ana@ugel.gob.pe");
    expect(fromSlackMarkup("ver <https://drepasco.edu.pe|la web> y <https://minedu.gob.pe>")).toBe("ver la web y https://minedu.gob.pe");
    expect(fromSlackMarkup("IE N.° 34001 &amp; anexo &lt;A&gt;")).toBe("IE N.° 34001 & anexo <A>");
    expect(messageInput("  /perfil ")).toEqual({ type: "command", command: "perfil", args: "" });
    expect(messageInput("0403691")).toEqual({ type: "text", text: "0403691" });
    expect(messageInput("   ")).toBeNull();
  });

  it("turns the files of a DM into file inputs, one each", () => {
    const inputs = messageInputs({ text: "evidencia", files: [{ id: "F1", name: "informe.pdf", mimetype: "application/pdf", size: 2048 }, { id: "F2", title: "foto", mimetype: "image/jpeg" }] });
    expect(inputs).toEqual([
      { type: "file", file: { fileRef: "F1", fileName: "informe.pdf", mimeType: "application/pdf", sizeBytes: 2048 }, caption: "evidencia" },
      { type: "file", file: { fileRef: "F2", fileName: "foto", mimeType: "image/jpeg", sizeBytes: 0 }, caption: "evidencia" },
    ]);
    expect(messageInputs({ text: "hola" })).toEqual([{ type: "text", text: "hola" }]);
  });

  it("identifies a Slack person by team and user", () => {
    expect(slackExternalId("T0PASCO", "U0ANA")).toBe("T0PASCO:U0ANA");
    expect(parseSlackExternalId("T0PASCO:U0ANA")).toEqual({ teamId: "T0PASCO", userId: "U0ANA" });
    expect(parseSlackExternalId("12345")).toBeNull();
  });

  it("reads an App Home command button, refusing anything that is not a command name", () => {
    expect(commandButtonInput("registros BP-2026-0001")).toEqual({ type: "command", command: "registros", args: "BP-2026-0001" });
    expect(commandButtonInput("start")).toEqual({ type: "command", command: "start", args: "" });
    expect(commandButtonInput("../etc; rm")).toBeNull();
  });
});
