import { describe, expect, it } from "vitest";
import { sampleCalendar } from "../../../prisma/seed/sample-calendar.js";
import { isReservedWord } from "../../../src/domain/calendar/lexicon.js";
import { buildContestMatcher, matchContests, suggestContests } from "../../../src/domain/calendar/match-contest.js";
import { tokenize } from "../../../src/domain/calendar/normalize.js";

const matcher = buildContestMatcher(sampleCalendar);

function match(text: string) {
  const tokens = tokenize(text);
  const result = matchContests(matcher, tokens, { isReserved: isReservedWord });
  return { tokens, result, slugs: result.matches.map((m) => m.slug) };
}

describe("matchContests", () => {
  it.each([
    ["eureca", "eureka"],
    ["Eureka", "eureka"],
    ["onem", "onem"],
    ["juegos florales", "jfen"],
    ["florales", "jfen"],
    ["jfen", "jfen"],
    ["crea y emprende", "crea-y-emprende"],
    ["creaemprende", "crea-y-emprende"],
    ["buenas practicas", "buenas-practicas-docentes"],
    ["cnpie", "cnpie"],
    ["proyectos de innovacion", "cnpie"],
    ["jedpa", "jedpa"],
    ["jepda", "jedpa"],
    ["juegos deportivos", "jedpa"],
    ["olimpiada de matemáticas", "onem"],
    ["eu reka", "eureka"],
    ["el peru lee", "peru-lee"],
    ["pasco lee", "pasco-lee"],
  ])("finds %s", (text, slug) => {
    expect(match(text).slugs).toEqual([slug]);
  });

  it("scores with a confidence and reports the words used", () => {
    const { result } = match("cuando cierra eureka porfa");
    expect(result.matches[0]).toMatchObject({ slug: "eureka", confident: true, positions: [2] });
    expect(result.matches[0]!.score).toBeGreaterThanOrEqual(0.7);
  });

  it("finds two contests in one question", () => {
    expect(match("eureka y onem hasta cuando").slugs.sort()).toEqual(["eureka", "onem"]);
  });

  it("keeps the whole name when a shorter alias of another contest hides inside it", () => {
    expect(match("juegos florales escolares").slugs).toEqual(["jfen"]);
    expect(match("juegos panamericanos escolares").slugs).toEqual([]);
  });

  it("matches nothing confidently for contests that do not exist", () => {
    for (const text of ["concurso de robotica espacial", "juegos", "concursos nacionales del peru", "crea", "premio nacional"]) {
      expect(match(text).slugs, text).toEqual([]);
    }
  });

  it("treats a word shared by two contests as ambiguous evidence", () => {
    const { result } = match("juegos");
    expect(result.candidates.map((c) => c.slug).sort()).toEqual(["jedpa", "jfen"]);
    expect(result.candidates.every((c) => !c.confident)).toBe(true);
  });

  it("never lets question words stand for contest words by typo", () => {
    // "once" is one edit away from nothing but two from "onem"; "cuando", "cierra" are reserved.
    expect(match("hasta el once de junio cuando cierra").slugs).toEqual([]);
  });
});

describe("suggestContests", () => {
  it("ranks by topic when nothing matched", () => {
    const { tokens, result } = match("concurso de robotica espacial");
    expect(suggestContests(matcher, tokens, result)[0]?.slug).toBe("eureka");
  });

  it("uses category words (ajedrez is not a category, deportes is an area)", () => {
    const { tokens, result } = match("campeonato de ajedrez");
    expect(suggestContests(matcher, tokens, result).map((s) => s.slug)).toContain("jedpa");
  });

  it("suggests nothing for unrelated words", () => {
    const { tokens, result } = match("desfile");
    expect(suggestContests(matcher, tokens, result)).toEqual([]);
  });
});
