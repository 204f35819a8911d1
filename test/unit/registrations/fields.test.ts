import { describe, expect, it } from "vitest";
import { contactSchema, dniSchema, emailSchema, mobileSchema, nameCase } from "../../../src/forms/fields/person.js";
import { schoolNameSchema } from "../../../src/forms/fields/school.js";
import { titleSchema } from "../../../src/forms/fields/text.js";

const message = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) => result.error?.issues[0]?.message;

describe("registration field rules", () => {
  it("accepts a DNI of 8 digits and says what is wrong with any other", () => {
    expect(dniSchema.parse("45781236")).toBe("45781236");
    expect(dniSchema.parse(" 4578 1236 ")).toBe("45781236");
    expect(message(dniSchema.safeParse("4578123"))).toBe("reg-error-dni-length|digits=7");
    expect(message(dniSchema.safeParse("457812361"))).toBe("reg-error-dni-length|digits=9");
    expect(message(dniSchema.safeParse("4578123A"))).toBe("reg-error-dni-digits");
    expect(message(dniSchema.safeParse("cuarenta"))).toBe("reg-error-dni-digits");
    expect(message(dniSchema.safeParse("45781236-7"))).toBe("reg-error-dni-digits");
  });

  it("takes Peruvian mobiles with or without +51, and e-mails", () => {
    expect(mobileSchema.parse("987 654 321")).toBe("987654321");
    expect(mobileSchema.parse("+51 987654321")).toBe("987654321");
    expect(message(mobileSchema.safeParse("87654321"))).toBe("reg-error-mobile");
    expect(message(mobileSchema.safeParse("064123456"))).toBe("reg-error-mobile");
    expect(emailSchema.parse(" Rosa.Quispe@Gmail.com ")).toBe("rosa.quispe@gmail.com");
    expect(message(emailSchema.safeParse("rosa@"))).toBe("reg-error-email");
    expect(contactSchema.parse("987654321")).toBe("987654321");
    expect(contactSchema.parse("rosa@ugelpasco.gob.pe")).toBe("rosa@ugelpasco.gob.pe");
    expect(message(contactSchema.safeParse("llamar a Rosa"))).toBe("reg-error-contact");
  });

  it("writes a name typed all in lower or upper case as names are written, and keeps one typed with its own capitals", () => {
    expect(nameCase("rosa elena")).toBe("Rosa Elena");
    expect(nameCase("QUISPE HUAMÁN")).toBe("Quispe Huamán");
    expect(nameCase("maría del carmen")).toBe("María del Carmen");
    expect(nameCase("DE LA CRUZ ÑAUPARI")).toBe("De la Cruz Ñaupari");
    expect(nameCase("o'higgins")).toBe("O'Higgins");
    expect(nameCase("ana-lucía")).toBe("Ana-Lucía");
    expect(nameCase("McDonald")).toBe("McDonald");
  });

  it("takes school names as phones type them, quotes and all, and keeps one spelling", () => {
    const typed = [
      "I.E. “Daniel Alcides Carrión”", // smart punctuation turns " into curly quotes
      "IE N.° 34045 «Santa Rosa de Lima» – Yanahuanca",
      "IE #34001 Ninacaca",
      "Colegio de Alto Rendimiento (COAR) Pasco",
      "IEI N° 123 ‘Los Angelitos’",
      "IE Inca Garcilaso de la Vega: anexo Huariaca",
      "34001",
    ];
    for (const name of typed) expect(schoolNameSchema.parse(name), name).toBe(name);
    expect(schoolNameSchema.parse("  IE   Jose\u0301   Olaya  ")).toBe("IE José Olaya");
    expect(schoolNameSchema.parse("IE Jose\u0301 Olaya")).toBe(schoolNameSchema.parse("IE José Olaya"));
    for (const bad of ["IE", "...", "🏫🏫🏫", "<b>IE 34001</b>", "x".repeat(151)]) expect(message(schoolNameSchema.safeParse(bad)), bad).toBe("onboarding-error-school-name");
  });

  it("wants titles of 10 to 200 characters with words", () => {
    expect(titleSchema.parse("  Leemos   en familia  ")).toBe("Leemos en familia");
    for (const bad of ["Corto", "1234567890123", "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂", "x".repeat(201)]) expect(message(titleSchema.safeParse(bad)), bad).toBe("reg-error-title");
  });
});
