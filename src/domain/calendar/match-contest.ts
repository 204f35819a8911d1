/**
 * Finds which contests a piece of text names, tolerating typos, missing accents, run-together or split words.
 *
 * Every contest (all its editions) contributes phrases: name, short name, aliases and slug. Phrase words are
 * weighted: words shared by several contests ("juegos") count less, and generic words ("concurso",
 * "nacional", "escolar") count little. A phrase is scored by the weighted share of its words found close
 * together in the text, each found word counted by its typo similarity, and lowered for every unrelated word
 * that sits between the found ones. Joined and split spellings ("creaemprende", "eu reka") are compared as
 * whole strings.
 *
 * A match is confident when the score reaches MATCH_THRESHOLD and it is backed by a word only that contest
 * has (or by a whole phrase), or when two such distinctive words are found. Anything weaker is only a
 * suggestion, so "robótica espacial" never becomes Eureka.
 */
import { areasForWord } from "./area-keywords.js";
import { allowedTypos, damerauLevenshtein, tokenSimilarity, tokenize, trigramSimilarity, trigrams } from "./normalize.js";
import type { ContestData } from "./types.js";

export const MATCH_THRESHOLD = 0.7;
const TWO_WORD_THRESHOLD = 0.5;
const GENERIC_WEIGHT = 0.25;
const GAP_PENALTY = 0.6;
const MIN_TOKEN_SIMILARITY = 0.6;
const SUGGESTION_MIN_SCORE = 0.2;
const MAX_SUGGESTIONS = 3;
/** A describing word counts for less than a name: a name found beside it wins, a near-exact one still matches. */
const SUPPORT_SCORE = 0.8;

/** Words that glue phrases together and are ignored inside them. */
export const PHRASE_STOPWORDS: ReadonlySet<string> = new Set([
  "de", "del", "la", "las", "el", "los", "y", "e", "en", "a", "al", "para", "por", "con", "un", "una", "the", "of", "and",
]);

/** Words present in many contest names; they never identify a contest alone. */
const GENERIC_WORDS = new Set([
  "concurso", "concursos", "nacional", "nacionales", "regional", "escolar", "escolares", "educativa",
  "educativo", "educativas", "feria", "festival", "premio", "olimpiadas", "competencia", "certamen",
]);

interface PhraseWord {
  token: string;
  weight: number;
  distinctive: boolean;
}

interface Phrase {
  slug: string;
  text: string;
  words: PhraseWord[];
  /** Number of tokens including stopwords, to size the search window. */
  length: number;
  totalWeight: number;
  /** Joined spellings: significant words only, and every word. */
  compacts: string[];
  /** A describing word (organiser, area), not part of the contest's name. */
  support?: boolean;
  /**
   * A short name or alias of at most three words ("FENCYT Eureka", "Pasco Rimay"): people say one of its own
   * words ("eureka") and mean the contest.
   */
  short?: boolean;
}

export interface ContestMatch {
  slug: string;
  /** Display name of the latest edition. */
  name: string;
  score: number;
  /** Token positions in the question that the match used. */
  positions: number[];
  confident: boolean;
  /** Words only this contest has among those found. */
  distinctive?: number;
  /** One of them is found (nearly) as written and is not a function or question word. */
  strongDistinctive?: boolean;
}

export interface MatchResult {
  /** Confident, non-overlapping matches, best first. */
  matches: ContestMatch[];
  /** Every contest with some evidence, best first (includes the confident ones). */
  candidates: ContestMatch[];
  /** True when two contests claim the same words with nearly the same score ("juegos"). */
  ambiguous: boolean;
}

export interface ContestMatcher {
  phrases: Phrase[];
  vocabulary: Map<string, PhraseWord>;
  vocabularyByLength: Map<number, string[]>;
  /** First four letters → longer vocabulary words, for clipped words. */
  vocabularyByPrefix: Map<string, string[]>;
  /** Joined spellings of phrases by length, for run-together and split words. */
  compactsByLength: Map<number, { compact: string; phrase: Phrase }[]>;
  /** Vocabulary word → phrases that contain it. */
  phrasesByWord: Map<string, Phrase[]>;
  /** slug → every word of its names, so a word of another of its names between found words is no gap. */
  slugWords: Map<string, Set<string>>;
  /** Per-word similarity lists, reused across questions (the same words come back all the time). */
  wordCache: Map<string, ReadonlyMap<string, number>>;
  compactCache: Map<string, readonly { phrase: Phrase; distance: number }[]>;
  names: Map<string, string>;
  /** slug → normalised topic words (area keywords and category words) for suggestions. */
  topics: Map<string, Set<string>>;
  /** slug → trigram sets of its significant words, for "looks like" suggestions. */
  shapes: Map<string, Set<string>[]>;
  maxPhraseLength: number;
}

export interface MatchOptions {
  /** Tokens that may only match exactly (function words, question words). */
  isReserved?: (token: string) => boolean;
}

function displayName(contest: ContestData): string {
  return contest.shortName ?? contest.name;
}

/** A four-digit year inside a name ("Eureka 2027") names the edition, not the contest. */
function isYearToken(token: string): boolean {
  return /^(19|20)\d\d$/.test(token);
}

function nameTokens(text: string): string[] {
  return tokenize(text).filter((t) => !isYearToken(t));
}

/** "Concurso Nacional de Proyectos de Innovación Educativa" → "cnpie": how such names are usually shortened. */
function acronymOf(text: string): string | undefined {
  const initials = nameTokens(text)
    .filter((t) => !PHRASE_STOPWORDS.has(t) && /^[a-z]/.test(t))
    .map((t) => t[0])
    .join("");
  return initials.length >= 3 ? initials : undefined;
}

/**
 * Words that describe a contest without being its name: the organiser ("FONDEP", "Instituto Peruano del
 * Deporte") and the area ("religiosa"). One of them identifies a contest only when no other contest of the
 * calendar has it (see SUPPORT_SCORE). Category words ("poesía") only rank suggestions (topics): many
 * contests have categories that the calendar does not spell out.
 */
function supportWords(contest: ContestData, areaWords: (area: ContestData["area"]) => readonly string[]): string[] {
  const words = new Set<string>();
  // Only the organiser's acronyms ("FONDEP", "IPD"): its other words ("Consejo", "Fondo") are everyday words.
  for (const acronym of contest.organizer.match(/\p{Lu}{3,}/gu) ?? []) words.add(tokenize(acronym).join(""));
  for (const word of areaWords(contest.area)) words.add(word);
  return [...words];
}

export interface MatcherVocabulary {
  /** Words of a contest area as people write it ("religiosa" for religion). */
  areaWords?: (area: ContestData["area"]) => readonly string[];
  /** Question and function words, never taken as describing words. */
  isReserved?: (token: string) => boolean;
}

export function buildContestMatcher(contests: readonly ContestData[], options: MatcherVocabulary = {}): ContestMatcher {
  const areaWords = options.areaWords ?? (() => []);
  const phraseTexts = new Map<string, Set<string>>();
  const shortTexts = new Set<string>();
  const supportBySlug = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  const latestYear = new Map<string, number>();
  const topics = new Map<string, Set<string>>();
  for (const contest of contests) {
    const texts = phraseTexts.get(contest.slug) ?? new Set<string>();
    for (const text of [contest.name, contest.shortName, contest.slug.replace(/-/g, " "), ...contest.aliases]) {
      if (text === undefined) continue;
      const normalized = nameTokens(text).join(" ");
      if (normalized !== "") texts.add(normalized);
      if (normalized !== "" && text !== contest.name) shortTexts.add(`${contest.slug}|${normalized}`);
    }
    for (const text of [contest.name, contest.shortName]) {
      const acronym = text === undefined ? undefined : acronymOf(text);
      if (acronym !== undefined && !texts.has(acronym)) texts.add(acronym);
    }
    phraseTexts.set(contest.slug, texts);
    const support = supportBySlug.get(contest.slug) ?? new Set<string>();
    for (const word of supportWords(contest, areaWords)) support.add(word);
    supportBySlug.set(contest.slug, support);
    if ((latestYear.get(contest.slug) ?? -1) < contest.year) {
      latestYear.set(contest.slug, contest.year);
      names.set(contest.slug, displayName(contest));
    }
    const topicWords = topics.get(contest.slug) ?? new Set<string>();
    topicWords.add(`area:${contest.area}`);
    for (const category of contest.categories) for (const token of tokenize(category)) if (token.length > 3) topicWords.add(token);
    topics.set(contest.slug, topicWords);
  }

  const documentFrequency = new Map<string, number>();
  for (const texts of phraseTexts.values()) {
    const seen = new Set<string>();
    for (const text of texts) for (const token of text.split(" ")) seen.add(token);
    for (const token of seen) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
  }

  const vocabulary = new Map<string, PhraseWord>();
  const phrases: Phrase[] = [];
  const shapes = new Map<string, Set<string>[]>();
  let maxPhraseLength = 1;
  for (const [slug, texts] of phraseTexts) {
    const slugShapes: Set<string>[] = [];
    for (const text of texts) {
      const tokens = text.split(" ");
      const words: PhraseWord[] = [];
      for (const token of tokens) {
        if (PHRASE_STOPWORDS.has(token)) continue;
        const df = documentFrequency.get(token) ?? 1;
        const generic = GENERIC_WORDS.has(token);
        const word: PhraseWord = { token, weight: generic ? GENERIC_WEIGHT : 1 / df, distinctive: !generic && df === 1 };
        words.push(word);
        vocabulary.set(token, word);
        if (!generic && token.length > 3) slugShapes.push(trigrams(token));
      }
      if (words.length === 0) continue;
      const compacts = [...new Set([words.map((w) => w.token).join(""), tokens.join("")])];
      phrases.push({
        slug,
        text,
        short: words.length <= 3 && shortTexts.has(`${slug}|${text}`),
        words,
        length: tokens.length,
        totalWeight: words.reduce((sum, w) => sum + w.weight, 0),
        compacts,
      });
      maxPhraseLength = Math.max(maxPhraseLength, tokens.length);
    }
    shapes.set(slug, slugShapes);
  }
  addSupportPhrases(phrases, vocabulary, phraseTexts, supportBySlug, options.isReserved);

  const vocabularyByLength = new Map<number, string[]>();
  const vocabularyByPrefix = new Map<string, string[]>();
  for (const token of vocabulary.keys()) {
    push(vocabularyByLength, token.length, token);
    if (token.length >= 7) push(vocabularyByPrefix, token.slice(0, 4), token);
  }
  const phrasesByWord = new Map<string, Phrase[]>();
  for (const phrase of phrases) for (const word of phrase.words) push(phrasesByWord, word.token, phrase);
  const slugWords = new Map<string, Set<string>>();
  for (const phrase of phrases) {
    const words = slugWords.get(phrase.slug) ?? new Set<string>();
    for (const word of phrase.words) words.add(word.token);
    slugWords.set(phrase.slug, words);
  }
  const compactsByLength = new Map<number, { compact: string; phrase: Phrase }[]>();
  for (const phrase of phrases) for (const compact of phrase.compacts) push(compactsByLength, compact.length, { compact, phrase });
  return {
    phrases,
    vocabulary,
    vocabularyByLength,
    vocabularyByPrefix,
    compactsByLength,
    phrasesByWord,
    slugWords,
    wordCache: new Map(),
    compactCache: new Map(),
    names,
    topics,
    shapes,
    maxPhraseLength,
  };
}

/**
 * One single-word phrase per describing word that only one contest of the calendar has ("fondep",
 * "concytec", "religiosa"); words that also name or describe another contest are left out.
 */
function addSupportPhrases(
  phrases: Phrase[],
  vocabulary: Map<string, PhraseWord>,
  phraseTexts: ReadonlyMap<string, Set<string>>,
  supportBySlug: ReadonlyMap<string, Set<string>>,
  isReserved: ((token: string) => boolean) | undefined,
): void {
  const owners = new Map<string, Set<string>>();
  const own = (token: string, slug: string): void => {
    const set = owners.get(token) ?? new Set<string>();
    set.add(slug);
    owners.set(token, set);
  };
  for (const [slug, texts] of phraseTexts) for (const text of texts) for (const token of text.split(" ")) own(token, slug);
  for (const [slug, words] of supportBySlug) for (const word of words) own(word, slug);
  for (const [slug, words] of supportBySlug) {
    for (const token of words) {
      if (owners.get(token)!.size !== 1 || vocabulary.has(token) || isReserved?.(token) === true) continue;
      const word: PhraseWord = { token, weight: 1, distinctive: true };
      vocabulary.set(token, word);
      phrases.push({ slug, text: token, words: [word], length: 1, totalWeight: 1, compacts: [], support: true, short: false });
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

const WORD_CACHE_LIMIT = 20_000;
const NO_WORDS: ReadonlyMap<string, number> = new Map();

function wordMatches(matcher: ContestMatcher, token: string, reserved: boolean): ReadonlyMap<string, number> {
  const key = reserved ? `!${token}` : token;
  const cached = matcher.wordCache.get(key);
  if (cached !== undefined) return cached;
  const found = new Map<string, number>();
  if (matcher.vocabulary.has(token)) found.set(token, 1);
  // "matematicas" for "matematica", even for words that otherwise only match exactly.
  const singular = token.length > 4 && token.endsWith("s") ? token.slice(0, -1) : undefined;
  if (singular !== undefined && matcher.vocabulary.has(singular)) found.set(singular, 0.95);
  if (token.length >= 4 && !reserved) {
    for (let length = token.length - 2; length <= token.length + 2; length++) {
      for (const known of matcher.vocabularyByLength.get(length) ?? []) {
        if (known === token || allowedTypos(known.length) === 0) continue;
        const similarity = tokenSimilarity(token, known);
        if (similarity >= MIN_TOKEN_SIMILARITY) found.set(known, Math.max(found.get(known) ?? 0, similarity));
      }
    }
    for (const known of matcher.vocabularyByPrefix.get(token.slice(0, 4)) ?? []) {
      const similarity = prefixSimilarity(token, known);
      if (similarity > (found.get(known) ?? 0)) found.set(known, similarity);
    }
  }
  const result = found.size === 0 ? NO_WORDS : found;
  if (matcher.wordCache.size >= WORD_CACHE_LIMIT) matcher.wordCache.clear();
  matcher.wordCache.set(key, result);
  return result;
}

/** For each question position, the vocabulary words it may stand for, with their similarity. */
function similarWords(matcher: ContestMatcher, tokens: readonly string[], options: MatchOptions): ReadonlyMap<string, number>[] {
  return tokens.map((token) =>
    PHRASE_STOPWORDS.has(token) ? NO_WORDS : wordMatches(matcher, token, options.isReserved?.(token) === true),
  );
}

/**
 * A clipped word ("mate" for "matematica") counts as a weak match: below the confidence threshold on its
 * own, enough together with another word of the same name ("olimpiada de mate").
 */
function prefixSimilarity(typed: string, known: string): number {
  if (typed.length < 4 || known.length < 7 || typed.length >= known.length || !known.startsWith(typed)) return 0;
  return 0.6 + (0.05 * typed.length) / known.length;
}

interface PhraseHit {
  score: number;
  positions: number[];
  distinctiveFound: number;
  complete: boolean;
  /** A word only this contest has, found exactly or with a small typo. */
  strongDistinctive?: boolean;
  short?: boolean;
}

/** How close a found distinctive word must be to back a short name on its own ("eurika" for "eureka"). */
const STRONG_WORD_SIMILARITY = 0.83;

function scorePhraseAt(
  phrase: Phrase,
  start: number,
  tokens: readonly string[],
  similar: readonly ReadonlyMap<string, number>[],
  reserved: readonly boolean[],
  ownWords: ReadonlySet<string> | undefined,
): PhraseHit | undefined {
  const end = Math.min(tokens.length - 1, start + phrase.length + 1);
  const used = new Set<number>();
  let found = 0;
  let distinctiveFound = 0;
  let strongDistinctive = false;
  let complete = true;
  for (const word of phrase.words) {
    let best = 0;
    let bestPosition = -1;
    for (let p = start; p <= end; p++) {
      if (used.has(p)) continue;
      const similarity = similar[p]?.get(word.token) ?? 0;
      if (similarity > best) {
        best = similarity;
        bestPosition = p;
      }
    }
    if (bestPosition < 0) {
      complete = false;
      continue;
    }
    used.add(bestPosition);
    found += word.weight * best;
    if (word.distinctive) distinctiveFound++;
    // A function or chat word ("buenas" tardes, "mi") never backs a name on its own, even one it belongs to.
    // Nor does a topic word ("proyecto"): it says what a contest is about, many contests could be meant.
    // Short everyday words ("crea") are too easily something else.
    const typed = tokens[bestPosition]!;
    if (word.distinctive && best >= STRONG_WORD_SIMILARITY && typed.length >= 5 && reserved[bestPosition] !== true && areasForWord(typed).length === 0) {
      strongDistinctive = true;
    }
  }
  if (used.size === 0) return undefined;
  const positions = [...used].sort((a, b) => a - b);
  let gaps = 0;
  for (let p = positions[0]!; p <= positions[positions.length - 1]!; p++) {
    if (used.has(p) || PHRASE_STOPWORDS.has(tokens[p]!)) continue;
    // "juegos deportivos escolares" for the short name "Juegos Escolares": the word between is the contest's own.
    if (ownWords !== undefined && [...(similar[p]?.keys() ?? [])].some((w) => ownWords.has(w))) continue;
    gaps++;
  }
  const score = (found / phrase.totalWeight) * GAP_PENALTY ** gaps;
  return { score, positions, distinctiveFound, complete, strongDistinctive, short: phrase.short === true };
}

/** Phrases whose joined spelling is within typo distance of `joined`. */
function compactMatches(matcher: ContestMatcher, joined: string): readonly { phrase: Phrase; distance: number }[] {
  const key = `#${joined}`;
  const cached = matcher.compactCache.get(key);
  if (cached !== undefined) return cached;
  const found: { phrase: Phrase; distance: number }[] = [];
  for (let length = joined.length - 2; length <= joined.length + 2; length++) {
    for (const { compact, phrase } of matcher.compactsByLength.get(length) ?? []) {
      const allowed = allowedTypos(compact.length);
      if (Math.abs(compact.length - joined.length) > allowed) continue;
      const distance = damerauLevenshtein(joined, compact, allowed);
      if (distance <= allowed) found.push({ phrase, distance });
    }
  }
  if (matcher.compactCache.size >= WORD_CACHE_LIMIT) matcher.compactCache.clear();
  matcher.compactCache.set(key, found);
  return found;
}

/**
 * Joined or split spellings ("creaemprende", "eu reka"): the best hit per phrase. Spans holding a question
 * or function word are skipped: names made of such words are found word by word.
 */
function scoreCompacts(matcher: ContestMatcher, tokens: readonly string[], options: MatchOptions): Map<Phrase, PhraseHit> {
  const best = new Map<Phrase, PhraseHit>();
  const plain = tokens.map((t) => !PHRASE_STOPWORDS.has(t) && options.isReserved?.(t) !== true);
  for (let start = 0; start < tokens.length; start++) {
    let joined = "";
    for (let span = 1; span <= 3 && start + span <= tokens.length; span++) {
      if (!plain[start + span - 1]) break;
      joined += tokens[start + span - 1]!;
      if (joined.length < 6) continue;
      for (const { phrase, distance } of compactMatches(matcher, joined)) {
        if (span === 1 && phrase.words.length === 1) continue;
        const score = 1 - 0.05 * distance;
        const previous = best.get(phrase);
        if (previous === undefined || score > previous.score) {
          const positions = Array.from({ length: span }, (_, i) => start + i);
          best.set(phrase, { score, positions, distinctiveFound: phrase.words.filter((w) => w.distinctive).length, complete: true });
        }
      }
    }
  }
  return best;
}

function isConfident(hit: PhraseHit): boolean {
  if (hit.score >= MATCH_THRESHOLD && (hit.distinctiveFound > 0 || hit.complete)) return true;
  if (hit.short === true && hit.strongDistinctive === true && hit.positions.length === 1) return true;
  return hit.score >= TWO_WORD_THRESHOLD && hit.distinctiveFound >= 2;
}

/** Whether the stretches of text two matches cover (first to last word) intersect. */
function overlaps(a: readonly number[], b: readonly number[]): boolean {
  return a[0]! <= b[b.length - 1]! && b[0]! <= a[a.length - 1]!;
}

/** Matches contest names in already-normalised tokens (see `tokenize`). */
export function matchContests(matcher: ContestMatcher, tokens: readonly string[], options: MatchOptions = {}): MatchResult {
  const similar = similarWords(matcher, tokens, options);
  const reserved = tokens.map((t) => options.isReserved?.(t) === true);
  const compacts = scoreCompacts(matcher, tokens, options);
  const bestBySlug = new Map<string, { hit: PhraseHit; confident: boolean }>();
  // Only phrases with at least one word in the question are scored, from each position where one appears.
  const starts = new Map<Phrase, number[]>();
  similar.forEach((words, position) => {
    for (const word of words.keys()) {
      for (const phrase of matcher.phrasesByWord.get(word) ?? []) {
        const list = starts.get(phrase);
        if (list === undefined) starts.set(phrase, [position]);
        else if (list[list.length - 1] !== position) list.push(position);
      }
    }
  });
  for (const phrase of compacts.keys()) if (!starts.has(phrase)) starts.set(phrase, []);
  for (const [phrase, positions] of starts) {
    let best: PhraseHit | undefined;
    for (const start of positions) {
      const hit = scorePhraseAt(phrase, start, tokens, similar, reserved, matcher.slugWords.get(phrase.slug));
      if (hit !== undefined && (best === undefined || hit.score > best.score)) best = hit;
    }
    const compact = compacts.get(phrase);
    if (compact !== undefined && (best === undefined || compact.score > best.score)) best = compact;
    if (best === undefined) continue;
    if (phrase.support === true) best = { ...best, score: best.score * SUPPORT_SCORE };
    const confident = isConfident(best);
    const previous = bestBySlug.get(phrase.slug);
    if (
      previous === undefined ||
      (confident && !previous.confident) ||
      (confident === previous.confident && best.score > previous.hit.score) ||
      (confident === previous.confident && best.score === previous.hit.score && best.positions.length > previous.hit.positions.length)
    ) {
      bestBySlug.set(phrase.slug, { hit: best, confident });
    }
  }

  const candidates: ContestMatch[] = [...bestBySlug.entries()]
    .map(([slug, { hit, confident }]) => ({
      slug,
      name: matcher.names.get(slug) ?? slug,
      score: hit.score,
      positions: hit.positions,
      confident,
      distinctive: hit.distinctiveFound,
      strongDistinctive: hit.strongDistinctive === true,
    }))
    .sort((a, b) => Number(b.confident) - Number(a.confident) || b.score - a.score);

  const matches: ContestMatch[] = [];
  let ambiguous = false;
  for (const candidate of candidates) {
    if (!candidate.confident) break;
    const clash = matches.find((m) => overlaps(m.positions, candidate.positions));
    if (clash === undefined) {
      matches.push(candidate);
    } else if (clash.score - candidate.score < 0.05) {
      ambiguous = true;
    }
  }
  if (!ambiguous && matches.length === 0) {
    const [first, second] = candidates;
    ambiguous = first !== undefined && second !== undefined && first.score >= 0.3 && first.score - second.score < 0.05;
  }
  return { matches: ambiguous ? [] : matches, candidates, ambiguous };
}

/**
 * Closest contests for text that matched nothing confidently: partial name evidence first, then topic words
 * ("robótica" → ciencia) and category words, then words that merely look alike.
 */
export function suggestContests(
  matcher: ContestMatcher,
  tokens: readonly string[],
  result: MatchResult,
  limit = MAX_SUGGESTIONS,
): ContestMatch[] {
  const scores = new Map<string, number>();
  for (const candidate of result.candidates) scores.set(candidate.slug, candidate.score);
  const content = tokens.filter((t) => t.length > 3 && !PHRASE_STOPWORDS.has(t) && !GENERIC_WORDS.has(t));
  const areaHits = new Map<string, number>();
  for (const token of content) {
    for (const area of areasForWord(token)) areaHits.set(`area:${area}`, (areaHits.get(`area:${area}`) ?? 0) + 1);
  }
  const contentShapes = content.map((t) => trigrams(t));
  for (const [slug, topicWords] of matcher.topics) {
    let bonus = 0;
    for (const [word, hits] of areaHits) if (topicWords.has(word)) bonus = Math.max(bonus, Math.min(0.45, 0.3 + 0.05 * hits));
    for (const token of content) if (topicWords.has(token)) bonus = Math.max(bonus, 0.4);
    let look = 0;
    for (const shape of matcher.shapes.get(slug) ?? []) {
      for (const typed of contentShapes) look = Math.max(look, trigramSimilarity(typed, shape));
    }
    if (look >= 0.45) bonus = Math.max(bonus, look * 0.5);
    if (bonus > 0) scores.set(slug, Math.max(scores.get(slug) ?? 0, bonus));
  }
  return [...scores.entries()]
    .filter(([, score]) => score >= SUGGESTION_MIN_SCORE)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([slug, score]) => ({ slug, name: matcher.names.get(slug) ?? slug, score, positions: [], confident: false }));
}
