/**
 * Which option a typed answer names, for people who type instead of tapping: its number, its label or value as
 * written (accents, case and emoji aside), a message that holds every word of one label («sí, acepto» for
 * «✅ Acepto»; the label with more such words wins, so «no acepto» is «No acepto»), or words that only one label
 * has («carrión» for «UGEL Daniel Alcides Carrión», «no» for «No acepto»). A word also matches its longer or
 * shorter form when the shorter has five letters or more («directora», «secun»), and itself in another gender or
 * number («nombrada» for «Nombrado(a)»). An option may also have other ways people name it (`typed`: «profe» for
 * «Docente»), each taken as a label of its own. Anything else, or a tie, names no option: the step then asks again.
 */
import { normalizeForMatch } from "./format.js";

/** Words that never tell options apart on their own. */
const FILLER = new Set(["a", "al", "con", "de", "del", "e", "el", "en", "la", "las", "lo", "los", "mi", "o", "para", "por", "que", "se", "su", "u", "un", "una", "y", "the", "of", "and", "an", "to", "in", "my", "i"]);
const MIN_PREFIX = 5;

export function matchOptionIndex(text: string, labels: readonly string[], values: readonly string[], typed: readonly (readonly string[])[] = []): number {
  const trimmed = text.trim();
  if (/^\d{1,2}$/.test(trimmed)) {
    const index = Number(trimmed) - 1;
    return index >= 0 && index < labels.length ? index : -1;
  }
  const wanted = normalizeForMatch(trimmed);
  if (wanted === "") return -1;
  const normalizedLabels = labels.map(normalizeForMatch);
  // Each option's names: its label, then the other ways people name it.
  const names = normalizedLabels.map((label, index) => [label, ...(typed[index] ?? []).map(normalizeForMatch)]);
  const exact = names.findIndex((forms, index) => forms.includes(wanted) || normalizeForMatch(values[index] ?? "") === wanted);
  if (exact >= 0) return exact;

  const said = meaningfulWords(wanted);
  if (said.length === 0) return -1;
  const nameWords = names.map((forms) => forms.map(meaningfulWords));

  const coveredBy = (words: string[]) => (words.length > 0 && words.every((word) => said.some((saidWord) => sameWord(word, saidWord))) ? words.length : 0);
  const covered = nameWords.map((forms) => Math.max(...forms.map(coveredBy)));
  const most = Math.max(...covered);
  if (most > 0) return only(covered, (count) => count === most);

  return only(nameWords, (forms) => said.every((saidWord) => forms.some((words) => words.some((word) => sameWord(word, saidWord)))));
}

/** Between the options of a list typed in one message: «primaria y secundaria», «inicial, primaria», «EBA/EBE». */
const LIST_SEPARATOR = /\s*(?:[,;/+&\n]|\s(?:y|e|and)\s)\s*/i;

/**
 * The options a message names when it lists several (for a step where several may be chosen), each part named
 * as matchOptionIndex names one; empty unless every part names an option and they are at least two different
 * ones. A label with «y» in it, typed whole («directores y directoras»), names one option twice: empty, and left
 * to matchOptionIndex.
 */
export function matchOptionIndices(text: string, labels: readonly string[], values: readonly string[], typed: readonly (readonly string[])[] = []): number[] {
  const parts = text.split(LIST_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return [];
  const indices = parts.map((part) => matchOptionIndex(part, labels, values, typed));
  if (indices.some((index) => index < 0)) return [];
  const distinct = [...new Set(indices)];
  return distinct.length >= 2 ? distinct : [];
}

function meaningfulWords(normalized: string): string[] {
  return normalized.split(" ").filter((word) => word !== "" && !FILLER.has(word));
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // «nombrada» for «Nombrado(a)», «contratadas» for «Contratado(a)»: the same word in another gender or number.
  if (a.length >= MIN_PREFIX && b.length >= MIN_PREFIX && genderless(a) === genderless(b)) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= MIN_PREFIX && longer.startsWith(shorter);
}

function genderless(word: string): string {
  return word.replace(/(os|as|o|a|es|s)$/, "");
}

/** The index of the one item that passes, or -1 when none or several do. */
function only<T>(items: readonly T[], passes: (item: T) => boolean): number {
  let found = -1;
  for (const [index, item] of items.entries()) {
    if (!passes(item)) continue;
    if (found >= 0) return -1;
    found = index;
  }
  return found;
}
