import { describe, expect, it } from "vitest";
import {
  damerauLevenshtein,
  normalizeText,
  slugify,
  tokenSimilarity,
  tokenize,
  trigramSimilarity,
  trigrams,
} from "../../../src/domain/calendar/normalize.js";

describe("normalizeText", () => {
  it("lower-cases, strips accents and punctuation, collapses spaces", () => {
    expect(normalizeText("  ¿Cuándo   CIERRA la inscripción de «Eureka»?! ")).toBe("cuando cierra la inscripcion de eureka");
    expect(normalizeText("Año: Niñez, I.E.")).toBe("ano ninez i e");
    expect(tokenize("")).toEqual([]);
    expect(tokenize("ONEM-2027")).toEqual(["onem", "2027"]);
  });

  it("slugifies names", () => {
    expect(slugify("Crea y Emprende")).toBe("crea-y-emprende");
    expect(slugify("  Buenas Prácticas ")).toBe("buenas-practicas");
  });
});

describe("damerauLevenshtein", () => {
  it("counts insertions, deletions, substitutions and adjacent transpositions", () => {
    expect(damerauLevenshtein("eureka", "eureka")).toBe(0);
    expect(damerauLevenshtein("eureca", "eureka")).toBe(1);
    expect(damerauLevenshtein("jepda", "jedpa")).toBe(1);
    expect(damerauLevenshtein("ureka", "eureka")).toBe(1);
    expect(damerauLevenshtein("kitten", "sitting")).toBe(3);
    expect(damerauLevenshtein("", "abc")).toBe(3);
  });

  it("stops early past the maximum", () => {
    expect(damerauLevenshtein("robotica", "eureka", 2)).toBe(3);
    expect(damerauLevenshtein("a", "abcdef", 1)).toBe(2);
  });
});

describe("similarity", () => {
  it("tolerates typos according to word length", () => {
    expect(tokenSimilarity("eureca", "eureka")).toBeGreaterThan(0.8);
    expect(tokenSimilarity("onem", "onem")).toBe(1);
    expect(tokenSimilarity("oem", "onem")).toBeGreaterThan(0.6);
    expect(tokenSimilarity("once", "onem")).toBe(0);
    expect(tokenSimilarity("lee", "leo")).toBe(0);
  });

  it("compares trigram shapes", () => {
    expect(trigramSimilarity(trigrams("robotica"), trigrams("robotica"))).toBe(1);
    expect(trigramSimilarity(trigrams("robotica"), trigrams("eureka"))).toBeLessThan(0.2);
  });
});
