import { describe, expect, it } from "vitest";
import { matchOptionIndex, matchOptionIndices } from "../../../src/forms/match-option.js";

const pick = (labels: string[], text: string, values: string[] = labels.map((_, index) => `v${index}`)) => {
  const index = matchOptionIndex(text, labels, values);
  return index < 0 ? null : labels[index];
};

describe("an option named by typing", () => {
  const consent = ["✅ Acepto", "No acepto"];
  const roles = ["👩‍🏫 Docente", "🏫 Director(a)", "🔑 Tengo un código de invitación (especialistas)"];
  const ugels = ["UGEL Pasco", "UGEL Daniel Alcides Carrión", "UGEL Oxapampa", "UGEL Puerto Bermúdez"];
  const levels = ["Inicial", "Primaria", "Secundaria"];

  it("by number, label or value, as before", () => {
    expect(pick(consent, "2")).toBe("No acepto");
    expect(pick(consent, " 1 ")).toBe("✅ Acepto");
    expect(pick(consent, "3")).toBeNull();
    expect(pick(roles, "DOCENTE")).toBe("👩‍🏫 Docente");
    expect(pick(ugels, "ugel daniel alcides carrion")).toBe("UGEL Daniel Alcides Carrión");
    expect(pick(["Sí", "No"], "si", ["yes", "no"])).toBe("Sí");
  });

  it("by a sentence that holds a label's words, the fuller label first", () => {
    expect(pick(consent, "si acepto")).toBe("✅ Acepto");
    expect(pick(consent, "Sí, acepto.")).toBe("✅ Acepto");
    expect(pick(consent, "yo no acepto")).toBe("No acepto");
    expect(pick(roles, "soy docente de aula")).toBe("👩‍🏫 Docente");
    expect(pick(roles, "director")).toBe("🏫 Director(a)");
    expect(pick(roles, "soy la directora")).toBe("🏫 Director(a)");
  });

  it("by the other ways people name an option, only when the option has them", () => {
    const typed = [["profe", "profesor", "profesora", "maestro", "maestra"], ["dire", "directivo", "directiva"], []];
    const role = (text: string) => roles[matchOptionIndex(text, roles, ["docente", "director", "invitacion"], typed)] ?? null;
    expect(role("soy profe")).toBe("👩‍🏫 Docente");
    expect(role("Profesora de primaria")).toBe("👩‍🏫 Docente");
    expect(role("la maestra")).toBe("👩‍🏫 Docente");
    expect(role("soy el dire")).toBe("🏫 Director(a)");
    expect(role("soy directora")).toBe("🏫 Director(a)");
    expect(role("especialista")).toBe("🔑 Tengo un código de invitación (especialistas)");
    expect(role("soy alumno")).toBeNull();
    expect(pick(roles, "soy profe")).toBeNull(); // without them, as before
  });

  it("by words only one label has", () => {
    expect(pick(consent, "no")).toBe("No acepto");
    expect(pick(ugels, "carrion")).toBe("UGEL Daniel Alcides Carrión");
    expect(pick(ugels, "la de puerto bermudez")).toBe("UGEL Puerto Bermúdez");
    expect(pick(levels, "secun")).toBe("Secundaria");
    expect(pick(roles, "tengo codigo")).toBe("🔑 Tengo un código de invitación (especialistas)");
  });

  it("by a word in another gender or number than the label's", () => {
    const conditions = ["Nombrado(a)", "Contratado(a)"];
    expect(pick(conditions, "nombrada")).toBe("Nombrado(a)");
    expect(pick(conditions, "soy contratada")).toBe("Contratado(a)");
    expect(pick(["👩‍🏫 Docente", "🏫 Directivo(a)"], "directiva")).toBe("🏫 Directivo(a)");
    expect(pick(["Docentes", "Directores y directoras", "Especialistas de UGEL"], "especialista")).toBe("Especialistas de UGEL");
    expect(pick(["Urbana", "Rural"], "urbano")).toBe("Urbana");
  });

  it("names nothing when the words fit several options or none", () => {
    expect(pick(ugels, "ugel")).toBeNull();
    expect(pick(levels, "primaria y secundaria")).toBeNull();
    expect(pick(consent, "si")).toBeNull();
    expect(pick(consent, "de")).toBeNull();
    expect(pick(roles, "auxiliar")).toBeNull();
    expect(pick(["2026", "2027"], "2019")).toBeNull();
    expect(pick(["Pedagógica", "De gestión"], "deportiva")).toBeNull();
    expect(pick(["Arte y cultura", "Matemática para la vida"], "danza folclórica")).toBeNull();
    expect(pick(levels, "prim")).toBeNull(); // four letters are too few to stand for a word
    expect(pick(levels, "😀")).toBeNull();
    expect(pick(levels, "")).toBeNull();
  });
});

describe("several options named in one message (steps where several may be chosen)", () => {
  const levels = ["Inicial", "Primaria", "Secundaria", "EBA (Básica Alternativa)", "EBE (Básica Especial)"];
  const audience = ["Docentes", "Directores y directoras", "Especialistas de UGEL"];
  const several = (labels: string[], text: string) => matchOptionIndices(text, labels, labels.map((_, index) => `v${index}`)).map((index) => labels[index]);

  it("reads a list the way people type it", () => {
    expect(several(levels, "primaria y secundaria")).toEqual(["Primaria", "Secundaria"]);
    expect(several(levels, "Inicial, Primaria")).toEqual(["Inicial", "Primaria"]);
    expect(several(levels, "EBA/EBE")).toEqual(["EBA (Básica Alternativa)", "EBE (Básica Especial)"]);
    expect(several(levels, "1, 3")).toEqual(["Inicial", "Secundaria"]);
    expect(several(levels, "secundaria e inicial")).toEqual(["Secundaria", "Inicial"]);
    expect(several(audience, "docentes y directores")).toEqual(["Docentes", "Directores y directoras"]);
  });

  it("names none unless every part names an option, and at least two", () => {
    expect(several(levels, "primaria y universidad")).toEqual([]);
    expect(several(levels, "primaria")).toEqual([]);
    expect(several(levels, "primaria, primaria")).toEqual([]);
    expect(several(audience, "directores y directoras")).toEqual([]); // one label, for matchOptionIndex
  });
});
