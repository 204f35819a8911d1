/**
 * Free-text calendar question → structured query. Works on normalised tokens, so missing accents, capitals,
 * punctuation and dictated run-ons do not matter. Contest names are found first (see match-contest); the
 * words they used are then out of play, and the remaining words are read through the lexicon for intent,
 * stage, time window, levels and areas.
 */
import { toCalendarIndex, type CalendarIndex } from "./calendar-index.js";
import { isReservedWord, lookupWord, FILLER_WORDS, type Tag } from "./lexicon.js";
import {
  addDays,
  monthWindow,
  namedMonthWindow,
  nextDaysWindow,
  soonWindow,
  todayInLima,
  weekWindow,
  yearWindow,
  type DateWindow,
} from "./lima-time.js";
import { matchContests, PHRASE_STOPWORDS, suggestContests, type ContestMatch, type MatchResult } from "./match-contest.js";
import { tokenize, tokenSimilarity } from "./normalize.js";
import type { ContestArea, ContestData, Level, StageKind } from "./types.js";

export type QueryIntent =
  | "registration_close"
  | "registration_open"
  | "registration"
  | "stage"
  | "schedule"
  | "details"
  | "list"
  | "unknown";

/** A stage kind, or "final": the last competitive stage a contest has. */
export type StageTarget = StageKind | "final";
export type ListFilter = "any" | "closes" | "opens" | "open-now";
export type WindowKind =
  | "today"
  | "tomorrow"
  | "week"
  | "next-week"
  | "month"
  | "next-month"
  | "named-month"
  | "soon"
  | "days"
  | "year";
export type UnknownReason = "no-match" | "ambiguous" | "need-contest" | "not-understood";

export interface QueryWindow extends DateWindow {
  kind: WindowKind;
}

export interface CalendarQuery {
  text: string;
  intent: QueryIntent;
  /** Contests the question names confidently. */
  contests: ContestMatch[];
  /** Closest contests when none was named confidently. */
  suggestions: ContestMatch[];
  unknownReason?: UnknownReason;
  /** Words that looked like a contest name but matched none ("robotica espacial"). */
  unknownTerms: string[];
  stage?: StageTarget;
  window?: QueryWindow;
  filter: ListFilter;
  levels: Level[];
  areas: ContestArea[];
  /** Edition asked for ("Eureka 2026"). */
  year?: number;
  /** Normalised name of the stage the question names in the calendar's own words ("segunda fase"). */
  stageName?: string;
  /**
   * The text has the words of a question about dates («cuándo», «cierra», «inscripción», «qué hay», «fechas»),
   * not only a name: "IE Eureka" names a contest and a stage but asks nothing. Set by parseQuestion.
   */
  asks?: boolean;
}

const WEAK_STAGE_WORDS = new Set(["dre", "region", "local", "provincial"]);
const UGEL_PLACES = new Set(["pasco", "daniel", "alcides", "carrion", "dac", "oxapampa", "puerto", "bermudez"]);
const STAGE_BY_TAG: Partial<Record<Tag, StageTarget>> = {
  ST_IE: "ie",
  ST_UGEL: "ugel",
  ST_REGIONAL: "regional",
  ST_MACRO: "macroregional",
  ST_NACIONAL: "nacional",
  ST_FINAL: "final",
  ST_RESULTADOS: "resultados",
};
/** "concurso de X", "olimpiada sobre X": what follows names the contest. */
const NAMING_PREPOSITIONS = new Set(["de", "del", "sobre", "of"]);
const LIST_NOUNS = new Set(["concursos", "eventos", "actividades", "contests", "events", "olimpiadas", "ferias"]);

/** The tokens of a question with what each one means; positions used by a contest name carry no tag. */
class Reading {
  readonly tags: (Tag | undefined)[];
  constructor(
    readonly tokens: readonly string[],
    readonly consumed: ReadonlySet<number>,
  ) {
    this.tags = tokens.map((token, i) => {
      if (consumed.has(i)) return undefined;
      if (/^\d+$/.test(token)) return undefined;
      if (token === "i" && tokens[i + 1] === "e") return "ST_IE";
      return lookupWord(token)?.tag;
    });
  }

  has(tag: Tag): boolean {
    return this.tags.includes(tag);
  }

  positions(predicate: (tag: Tag) => boolean): number[] {
    const found: number[] = [];
    this.tags.forEach((tag, i) => {
      if (tag !== undefined && predicate(tag)) found.push(i);
    });
    return found;
  }

  /** Tag at `i`, skipping nothing; undefined outside the question. */
  at(i: number): Tag | undefined {
    return this.tags[i];
  }

  near(i: number, before: number, after: number, wanted: readonly Tag[]): boolean {
    for (let j = Math.max(0, i - before); j <= Math.min(this.tags.length - 1, i + after); j++) {
      const tag = this.tags[j];
      if (j !== i && tag !== undefined && wanted.includes(tag)) return true;
    }
    return false;
  }

  /** A number written before position `i` (digits or words), if any within two tokens. */
  numberBefore(i: number): number | undefined {
    for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
      const token = this.tokens[j]!;
      if (/^\d{1,3}$/.test(token)) return Number(token);
      const tag = this.tags[j];
      if (tag?.startsWith("NUM_")) return Number(tag.slice(4));
    }
    return undefined;
  }

  /** A four-digit year after position `i`, within three tokens. */
  yearAfter(i: number): number | undefined {
    for (let j = i + 1; j <= Math.min(this.tokens.length - 1, i + 3); j++) {
      const year = asYear(this.tokens[j]!);
      if (year !== undefined) return year;
    }
    return undefined;
  }
}

function asYear(token: string): number | undefined {
  if (!/^20\d\d$/.test(token)) return undefined;
  return Number(token);
}

function detectWindow(r: Reading, now: Date, contestNamed: boolean): QueryWindow | undefined {
  const months = r.positions((t) => /^MONTH_\d+$/.test(t));
  if (months.length > 0) {
    const windows = months.map((i) => namedMonthWindow(now, Number(r.at(i)!.slice(6)), r.yearAfter(i)));
    windows.sort((a, b) => (a.start < b.start ? -1 : 1));
    return { kind: "named-month", start: windows[0]!.start, end: windows[windows.length - 1]!.end };
  }
  const today = todayInLima(now);
  if (r.has("TODAY")) return { kind: "today", start: today, end: today };
  if (r.has("TOMORROW")) return { kind: "tomorrow", start: addDays(today, 1), end: addDays(today, 1) };
  const nextTags: Tag[] = ["NEXT", "OTHER", "COMES"];
  for (const i of r.positions((t) => t === "WEEK")) {
    return r.near(i, 2, 2, nextTags) ? { kind: "next-week", ...weekWindow(now, 1) } : { kind: "week", ...weekWindow(now) };
  }
  for (const i of r.positions((t) => t === "WEEKS")) {
    const n = r.numberBefore(i);
    return n === undefined ? { kind: "soon", ...soonWindow(now) } : { kind: "days", ...nextDaysWindow(now, n * 7) };
  }
  for (const i of r.positions((t) => t === "MONTH_WORD")) {
    if (r.numberBefore(i) === 1 && !r.near(i, 2, 0, ["THIS"])) return { kind: "days", ...nextDaysWindow(now, 30) };
    return r.near(i, 2, 2, nextTags) ? { kind: "next-month", ...monthWindow(now, 1) } : { kind: "month", ...monthWindow(now) };
  }
  for (const i of r.positions((t) => t === "MONTHS")) {
    const n = r.numberBefore(i);
    if (n !== undefined) return { kind: "days", ...nextDaysWindow(now, n * 30) };
  }
  for (const i of r.positions((t) => t === "DAYS")) {
    const n = r.numberBefore(i);
    if (n !== undefined) return { kind: "days", ...nextDaysWindow(now, n) };
    if (r.near(i, 2, 1, ["NEXT"])) return { kind: "soon", ...soonWindow(now) };
  }
  if (r.has("SOON")) return { kind: "soon", ...soonWindow(now) };
  for (const i of r.positions((t) => t === "YEAR_WORD")) {
    const current = Number(today.slice(0, 4));
    const year = r.yearAfter(i) ?? (r.near(i, 2, 2, nextTags) ? current + 1 : current);
    return { kind: "year", ...yearWindow(now, year) };
  }
  if (!contestNamed) {
    const year = r.tokens.map(asYear).find((y) => y !== undefined);
    if (year !== undefined) return { kind: "year", ...yearWindow(now, year) };
  }
  return undefined;
}

function detectStage(r: Reading): StageTarget | undefined {
  let final = false;
  for (let i = 0; i < r.tags.length; i++) {
    const tag = r.at(i);
    if (tag === undefined) continue;
    if (tag === "SCHOOL" && r.near(i, 2, 0, ["STAGE"])) return "ie";
    const stage = STAGE_BY_TAG[tag];
    if (stage === undefined) continue;
    if (stage === "ugel" && UGEL_PLACES.has(r.tokens[i + 1] ?? "") && !r.near(i, 2, 0, ["STAGE"])) continue;
    // "de la DRE", "en mi región" name an office or a place unless a stage word comes first.
    if (WEAK_STAGE_WORDS.has(r.tokens[i]!) && !r.near(i, 2, 0, ["STAGE"])) continue;
    if (stage === "final") {
      // "fecha final", "día final" speak of a deadline, not of the final round.
      if (!r.near(i, 2, 0, ["DATE_WORD", "DAYS"])) final = true;
      continue;
    }
    return stage;
  }
  return final ? "final" : undefined;
}

function collect<T extends string>(r: Reading, prefix: string): T[] {
  const values = new Set<T>();
  for (const tag of r.tags) if (tag?.startsWith(prefix)) values.add(tag.slice(prefix.length) as T);
  return [...values];
}

function isContentWord(token: string): boolean {
  return token.length >= 3 && !FILLER_WORDS.has(token) && !PHRASE_STOPWORDS.has(token) && !/^\d/.test(token);
}

/** Untagged content words, and those that follow "concurso de ..." (a contest being named). */
function unknownWords(r: Reading): { all: string[]; designated: string[] } {
  const all: string[] = [];
  r.tokens.forEach((token, i) => {
    if (!r.consumed.has(i) && r.at(i) === undefined && isContentWord(token)) all.push(token);
  });
  const designated: string[] = [];
  for (const i of r.positions((t) => t === "CONTEST_WORD")) {
    if (!NAMING_PREPOSITIONS.has(r.tokens[i + 1] ?? "")) continue;
    for (let j = i + 2; j < Math.min(r.tokens.length, i + 6); j++) {
      const token = r.tokens[j]!;
      if (r.consumed.has(j)) break;
      if (PHRASE_STOPWORDS.has(token) || FILLER_WORDS.has(token)) {
        if (designated.length > 0) break;
        continue;
      }
      if (r.at(j) !== undefined || !isContentWord(token)) break;
      designated.push(token);
    }
  }
  return { all, designated };
}

interface Cues {
  close: boolean;
  open: boolean;
  registration: boolean;
  openNow: boolean;
  when: boolean;
  schedule: boolean;
  details: boolean;
  list: boolean;
}

function readCues(r: Reading): Cues {
  const has = (tag: Tag): boolean => r.has(tag);
  const dateWord = has("DATE_WORD") || has("DAYS");
  const registration = has("REG");
  const finalDeadline = r.positions((t) => t === "ST_FINAL").some((i) => r.near(i, 2, 0, ["DATE_WORD", "DAYS"]));
  const close =
    has("CLOSE") ||
    (has("UNTIL") && (has("WHEN") || dateWord)) ||
    (has("LAST") && dateWord) ||
    finalDeadline ||
    (has("END") && registration);
  const open = !close && (has("OPEN") || (has("SINCE") && (has("WHEN") || dateWord)) || (has("START") && registration));
  const listNoun = r.tokens.some((t, i) => !r.consumed.has(i) && LIST_NOUNS.has(t));
  return {
    close,
    open,
    registration,
    openNow: has("OPEN_NOW"),
    when: has("WHEN") || dateWord || has("START") || has("END"),
    schedule: has("SCHEDULE"),
    details: has("DETAILS"),
    list: has("LIST") || listNoun || (has("WHAT") && (close || open || has("OPEN_NOW") || has("COMES"))),
  };
}

function asksSomething(c: Cues, r: Reading): boolean {
  return c.close || c.open || c.registration || c.openNow || c.when || c.schedule || c.details || c.list || r.has("WHAT");
}

function contestIntent(c: Cues, stage: StageTarget | undefined): QueryIntent {
  if (c.close) return "registration_close";
  if (c.open) return "registration_open";
  if (c.registration || c.openNow) return "registration";
  if (stage !== undefined) return "stage";
  if (c.details) return "details";
  if (c.when || c.schedule) return "schedule";
  return "details";
}

function listFilter(c: Cues): ListFilter {
  if (c.close) return "closes";
  if (c.open) return "opens";
  if (c.openNow) return "open-now";
  return "any";
}

function isUnknownContentWord(token: string, slug: string, index: CalendarIndex): boolean {
  return (
    isContentWord(token) &&
    lookupWord(token) === undefined &&
    !index.matcher.vocabulary.has(token) &&
    !(index.matcher.topics.get(slug)?.has(token) ?? false)
  );
}

function isContestWord(token: string | undefined): boolean {
  return token !== undefined && lookupWord(token)?.tag === "CONTEST_WORD";
}

/**
 * "la feria de emprendimiento agrario", "el concurso de oratoria en inglés": a contest word, a name that
 * matched, then a word that contest does not have. The match covers only part of what is being named, so it
 * becomes a suggestion.
 */
function demoteQualifiedMatches(result: MatchResult, tokens: readonly string[], index: CalendarIndex): MatchResult {
  const demoted = result.matches.filter((match) => {
    const first = match.positions[0]!;
    const last = match.positions[match.positions.length - 1]!;
    let before = first - 1;
    while (before >= 0 && PHRASE_STOPWORDS.has(tokens[before]!)) before--;
    const namedByContestWord = isContestWord(tokens[first]) || (before < first - 1 && isContestWord(tokens[before]));
    let after = last + 1;
    while (after < tokens.length && after <= last + 2 && PHRASE_STOPWORDS.has(tokens[after]!)) after++;
    const next = tokens[after];
    return namedByContestWord && next !== undefined && isUnknownContentWord(next, match.slug, index);
  });
  if (demoted.length === 0) return result;
  return { ...result, matches: result.matches.filter((m) => !demoted.includes(m)) };
}

/** A name candidate this strong is the contest meant when nothing else comes close ("premio arguedas"). */
const LONE_CANDIDATE_SCORE = 0.3;
const LONE_CANDIDATE_LEAD = 0.2;

/**
 * One contest has real name evidence and no other comes near it: that is the contest asked about, even when
 * the evidence is not enough on its own to be sure (half of "Olimpiada Regional de Inglés Pasco Speaks").
 * Asking back "¿A cuál concurso te refieres: X?" with a single X helps nobody. The question still has to ask
 * about one contest (checked by the caller through the intent) and may not name something else
 * ("concurso de química" keeps its unknown word: see demoteQualifiedMatches and unknownWords).
 */
function promoteLoneCandidate(result: MatchResult, tokens: readonly string[]): MatchResult {
  if (result.matches.length > 0) return result;
  const [first, second] = result.candidates;
  if (first === undefined || first.score < LONE_CANDIDATE_SCORE || (first.distinctive ?? 0) === 0) return result;
  // Two words of the name ("olimpiada ... inglés"), or one that only this contest has ("paradeportivos").
  if (first.positions.length < 2 && first.strongDistinctive !== true) return result;
  // A rival is real when a word only it has was found too, or when it comes as close as makes no difference.
  const rival = second !== undefined && ((second.distinctive ?? 0) > 0 ? first.score - second.score < LONE_CANDIDATE_LEAD : first.score - second.score < 0.1);
  if (rival) return result;
  // Every unknown content word between or right after the found words makes the name doubtful.
  const last = first.positions[first.positions.length - 1]!;
  const next = tokens[last + 1];
  if (next !== undefined && isContentWord(next) && lookupWord(next) === undefined && !isReservedWord(next)) return result;
  return { matches: [{ ...first, confident: true }], candidates: result.candidates, ambiguous: false };
}

const STAGE_WORD_SIMILARITY = 0.85;

/** Untagged words, typo-level guesses ("primera" read as primaria) and stage words may name a stage. */
function canNameStage(token: string): boolean {
  const hit = lookupWord(token);
  if (hit === undefined || !hit.exact) return true;
  return hit.tag === "STAGE" || hit.tag === "LAST" || hit.tag.startsWith("ST_");
}

/**
 * The stage a question names in the calendar's own words: "segunda fase", "prueba oral", "publicación de
 * resultados", "evaluación de expedientes". Each stage-name word counts by how few of the contest's stages
 * have it ("etapa" is in all of them and says nothing); the best stage wins only when no other ties with it.
 */
function stageNamed(
  index: CalendarIndex,
  matches: readonly ContestMatch[],
  tokens: readonly string[],
  consumed: ReadonlySet<number>,
): { kind: StageKind; name: string; positions: number[] } | undefined {
  if (matches.length !== 1) return undefined;
  const editions = index.editions.get(matches[0]!.slug) ?? [];
  const stages = new Map<string, { kind: StageKind; words: Set<string> }>();
  for (const edition of editions) {
    for (const stage of edition.stages) {
      // Registration is read from the question's registration words, whatever the stage is called.
      if (stage.kind === "inscripcion") continue;
      const name = tokenize(stage.name).join(" ");
      const words = new Set(name.split(" ").filter((w) => !PHRASE_STOPWORDS.has(w) && !/^\d+$/.test(w)));
      stages.set(name, { kind: stage.kind, words });
    }
  }
  const stagesWith = new Map<string, number>();
  for (const { words } of stages.values()) for (const w of words) stagesWith.set(w, (stagesWith.get(w) ?? 0) + 1);
  let best: { kind: StageKind; name: string; positions: number[]; score: number } | undefined;
  let tie = false;
  for (const [name, { kind, words }] of stages) {
    let score = 0;
    const positions: number[] = [];
    tokens.forEach((token, i) => {
      if (consumed.has(i) || PHRASE_STOPWORDS.has(token) || FILLER_WORDS.has(token)) return;
      // Words of contest names ("feria" of "Feria nacional") and question words ("cuando") name no stage.
      if (index.matcher.vocabulary.has(token) || !canNameStage(token)) return;
      let similarity = 0;
      for (const word of words) similarity = Math.max(similarity, word === token ? 1 : tokenSimilarity(token, word));
      if (similarity < STAGE_WORD_SIMILARITY) return;
      const word = [...words].find((w) => w === token || tokenSimilarity(token, w) === similarity)!;
      score += similarity / stagesWith.get(word)!;
      positions.push(i);
    });
    if (score === 0) continue;
    if (best === undefined || score > best.score + 1e-9) {
      best = { kind, name, positions, score };
      tie = false;
    } else if (Math.abs(score - best.score) <= 1e-9) {
      tie = true;
    }
  }
  if (best === undefined || tie || best.score < 0.5) return undefined;
  return { kind: best.kind, name: best.name, positions: best.positions };
}

/**
 * The stage named in the calendar's words, unless the question's stage words ("macro regional") point to
 * another stage kind the contest has: then those words are the better reading.
 */
function agreeingStageName(
  index: CalendarIndex,
  matches: readonly ContestMatch[],
  tokens: readonly string[],
  consumed: ReadonlySet<number>,
): ReturnType<typeof stageNamed> {
  const byName = stageNamed(index, matches, tokens, consumed);
  if (byName === undefined) return undefined;
  const byWords = detectStage(new Reading(tokens, consumed));
  // Only stage words, and the question's reading says they name no stage here ("soy de la UGEL Oxapampa").
  const onlyStageWords = byName.positions.every((p) => lookupWord(tokens[p]!)?.exact === true);
  if (byWords === undefined) return onlyStageWords ? undefined : byName;
  if (byWords === byName.kind) return byName;
  const editions = index.editions.get(matches[0]!.slug) ?? [];
  const kindExists = byWords === "final" || editions.some((e) => e.stages.some((s) => s.kind === byWords));
  return kindExists ? undefined : byName;
}

const PERSONAL_DATA = /\d{7,}|\S+@\S+|\b(dni|celular|telefono|correo|email|e-mail|whatsapp)\b/i;

/** A message carrying a document number, a phone number or an e-mail address. */
function looksLikePersonalData(text: string): boolean {
  return PERSONAL_DATA.test(text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\s.-](?=\d)/g, ""));
}

export function parseQuestion(text: string, source: CalendarIndex | readonly ContestData[], now: Date): CalendarQuery {
  const index = toCalendarIndex(source);
  const tokens = tokenize(text);
  const matched = promoteLoneCandidate(matchContests(index.matcher, tokens, { isReserved: isReservedWord }), tokens);
  const result = demoteQualifiedMatches(matched, tokens, index);
  const consumed = new Set<number>();
  for (const match of result.matches) for (const p of match.positions) consumed.add(p);
  const named = result.matches.length > 0;
  const byName = named ? agreeingStageName(index, result.matches, tokens, consumed) : undefined;
  if (byName !== undefined) for (const p of byName.positions) consumed.add(p);
  const r = new Reading(tokens, consumed);
  const cues = readCues(r);
  const stage = byName?.kind ?? detectStage(r);
  const window = detectWindow(r, now, named);
  const levels = collect<Level>(r, "LEVEL_");
  const areas = collect<ContestArea>(r, "AREA_");
  const year = named ? tokens.map(asYear).find((y) => y !== undefined) : undefined;
  const base = {
    text,
    contests: result.matches,
    suggestions: [] as ContestMatch[],
    unknownTerms: [] as string[],
    stage,
    window,
    filter: listFilter(cues),
    levels,
    areas,
    year,
    ...(byName === undefined ? {} : { stageName: byName.name }),
    asks: asksSomething(cues, r),
  };
  if (named) return { ...base, intent: contestIntent(cues, stage) };

  const unknown = (reason: UnknownReason, terms: string[]): CalendarQuery => {
    const rivals = reason === "ambiguous" ? result.candidates.filter((c) => c.score >= 0.3).slice(0, 3) : [];
    // "¿A cuál concurso te refieres?" is asked only between two or more real candidates.
    const lone = reason === "ambiguous" && rivals.length < 2;
    if (lone) reason = "no-match";
    return {
      ...base,
      intent: "unknown",
      unknownReason: reason,
      unknownTerms: lone ? [] : terms,
      suggestions: reason === "ambiguous" ? rivals : suggestContests(index.matcher, tokens, result),
    };
  };
  // Someone typing their DNI, phone or e-mail is not asking about a contest: say so, never repeat it back.
  if (looksLikePersonalData(text)) return unknown("not-understood", []);
  const words = unknownWords(r);
  if (result.ambiguous) return unknown("ambiguous", words.all);
  if (words.designated.length > 0) return unknown("no-match", words.designated);

  const wantsOneContest =
    (cues.close || cues.open || cues.registration || cues.when || cues.details || stage !== undefined) &&
    !r.has("WHAT") &&
    !r.has("LIST");
  const partialName = result.candidates.some((c) => c.score >= 0.3);
  const listy = window !== undefined || levels.length > 0 || areas.length > 0 || cues.list || cues.openNow || cues.schedule;
  // Only pieces of contest names ("juegos", "crea"): ask which contest rather than report an unknown one.
  const onlyNamePieces = partialName && words.all.every((w) => index.matcher.vocabulary.has(w));
  if (onlyNamePieces && !(listy && !wantsOneContest)) return unknown("ambiguous", []);
  if (wantsOneContest && (words.all.length > 0 || partialName)) return unknown("no-match", words.all);
  if (listy) return { ...base, intent: "list" };
  if (wantsOneContest) return unknown("need-contest", []);
  if (partialName || words.all.length > 0) return unknown("no-match", words.all);
  return unknown("not-understood", []);
}
