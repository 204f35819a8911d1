/**
 * The words a calendar question is made of, each mapped to a tag the parser reasons with. Spanish first
 * (with the spellings dictation produces), a little English. Words marked fuzzy also match with typos.
 */
import { allowedTypos, damerauLevenshtein } from "./normalize.js";
import type { ContestArea, Level } from "./types.js";

export type Tag =
  | "REG" | "CLOSE" | "OPEN" | "OPEN_NOW" | "END" | "START" | "WHEN" | "UNTIL" | "SINCE" | "SCHEDULE"
  | "DETAILS" | "LIST" | "WHAT" | "CONTEST_WORD" | "STAGE" | "DATE_WORD" | "LAST"
  | "ST_IE" | "ST_UGEL" | "ST_REGIONAL" | "ST_MACRO" | "ST_NACIONAL" | "ST_FINAL" | "ST_RESULTADOS" | "SCHOOL"
  | "TODAY" | "TOMORROW" | "WEEK" | "WEEKS" | "MONTH_WORD" | "MONTHS" | "YEAR_WORD" | "DAYS" | "SOON" | "NEXT" | "THIS"
  | "COMES" | "OTHER" | `MONTH_${number}` | `LEVEL_${Level}` | `AREA_${ContestArea}` | `NUM_${number}`;

interface Entry {
  tag: Tag;
  fuzzy: boolean;
}

const LEXICON = new Map<string, Entry>();

function add(tag: Tag, words: string, fuzzy = false): void {
  for (const word of words.split(" ")) LEXICON.set(word, { tag, fuzzy });
}

add("REG", "inscripcion inscripciones inscribirse inscribir inscribo inscribe inscriben inscribimos inscritos", true);
add("REG", "registro registrarse registrar postulacion postular postulo postulan matricula");
add("REG", "registration register enroll enrolment enrollment signup");
add("CLOSE", "cierra cierran cierre cerrara cerro cerraron vence vencen vencimiento", true);
add("CLOSE", "limite plazo deadline close closes closing due");
add("OPEN", "abre abren abrira abriran apertura abrio opens opening", true);
add("OPEN_NOW", "abierta abiertas abierto abiertos vigente vigentes open");
add("END", "termina terminan acaba acaban finaliza finalizan culmina ends end");
add("START", "empieza empiezan inicia inician comienza comienzan arranca inicio comienzo starts start begin begins", true);
add("WHEN", "cuando when");
add("WHEN", "cuando", true);
add("UNTIL", "hasta until");
add("SINCE", "desde partir since from");
add("DATE_WORD", "fecha fechas dia dias date dates", false);
add("LAST", "ultimo ultima last final");
add("SCHEDULE", "cronograma calendario schedule etapas fases timeline", true);
add("DETAILS", "bases requisitos informacion info detalles trata consiste organiza organizador categorias participan about details requirements rules", true);
add("LIST", "hay habra vienen viene eventos actividades agenda contests events");
add("WHAT", "que cuales cual what which");
add("CONTEST_WORD", "concurso concursos olimpiada olimpiadas feria ferias festival premio campeonato torneo certamen competencia contest competition", true);
add("STAGE", "etapa fase instancia nivel stage round");
add("ST_IE", "ie iiee institucional institucion");
add("SCHOOL", "colegio colegios escuela escolar school");
add("ST_UGEL", "ugel ugeles local provincial");
add("ST_REGIONAL", "regional", true);
add("ST_REGIONAL", "dre region");
add("ST_MACRO", "macroregional macrorregional macro", true);
add("ST_NACIONAL", "nacional national", true);
add("ST_FINAL", "final finales");
add("ST_RESULTADOS", "resultados resultado ganadores premiacion premiados results winners", true);
add("TODAY", "hoy today");
add("TOMORROW", "manana tomorrow");
add("WEEK", "semana week", true);
add("WEEKS", "semanas weeks", true);
add("MONTH_WORD", "mes month");
add("MONTHS", "meses months");
add("YEAR_WORD", "ano year");
add("DAYS", "dias days");
add("SOON", "pronto proximamente soon", true);
add("NEXT", "proximo proxima proximos proximas siguiente siguientes entrante next upcoming coming", true);
add("THIS", "este esta this");
add("COMES", "viene");
add("OTHER", "otra otro");

const MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
const MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
MONTHS_ES.forEach((m, i) => add(`MONTH_${i + 1}`, m, true));
MONTHS_EN.forEach((m, i) => add(`MONTH_${i + 1}`, m));
add("MONTH_9", "setiembre", true);

add("LEVEL_inicial", "inicial", true);
add("LEVEL_inicial", "kinder jardin cuna preescolar");
add("LEVEL_primaria", "primaria primario", true);
add("LEVEL_primaria", "primary");
add("LEVEL_secundaria", "secundaria secundario", true);
add("LEVEL_secundaria", "secondary");
add("LEVEL_eba", "eba ceba alternativa adultos");
add("LEVEL_ebe", "ebe cebe prite especial");

add("AREA_arte", "arte artes artisticos");
add("AREA_deporte", "deporte deportes deportivos");
add("AREA_ciencia", "ciencia ciencias");
add("AREA_matematica", "matematica matematicas");
add("AREA_emprendimiento", "emprendimiento");
add("AREA_innovacion", "innovacion");
add("AREA_lectura", "lectura");
add("AREA_civica", "civica civicos");

const NUMBER_WORDS = "un uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince".split(" ");
NUMBER_WORDS.forEach((w, i) => add(`NUM_${Math.max(1, i - 1)}`, w));
add("NUM_20", "veinte");
add("NUM_30", "treinta");

/** Verb stems that carry the tag whatever the ending ("inscribieron", "sierran"). */
const STEMS: [string, Tag][] = [
  ["inscri", "REG"], ["incri", "REG"], ["inscr", "REG"], ["registr", "REG"], ["postul", "REG"],
  ["cierr", "CLOSE"], ["sierr", "CLOSE"], ["cerr", "CLOSE"], ["venc", "CLOSE"], ["vens", "CLOSE"], ["venz", "CLOSE"],
  ["empez", "START"], ["empiez", "START"], ["comenz", "START"], ["comienz", "START"],
];

/** Words that never name anything: articles, pronouns, chat filler. */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  (
    "a al algo algun alguna alguno algunos ante aqui asi aun ay bien bueno buenas buenos buen como con contra cual " +
    "de del donde dos e el ella ellas ellos en entre era es esa ese eso esos esas estan estamos este esta estoy " +
    "fue ha han hola he hey la las le les lo los me mi mis muy mucho mucha nada ni no nos nosotros o oiga oye para " +
    "pero por porfa porfavor favor pues puedo puede pueden poder quiero quiere quieren queremos saber se sea ser si " +
    "sin sobre solo son soy su sus tambien te tengo tiene tienen tu tus un una uno unos unas usted ustedes va van " +
    "vamos y ya yo gracias disculpa disculpe profe profesor profesora maestro maestra alumno alumna alumnos alumnas " +
    "estudiante estudiantes hijo hija hijos docente docentes director directora necesito necesitamos dime digame dígame " +
    "dice decir sabe sabes seria podria podrias ayuda ayudame informa informe consulta pregunta preguntar me " +
    "participar participa participe participen mis nuestro nuestra nuestros nuestras salen sale son ser es hacer " +
    "tienes tiene ok okay pasco peru lima i the is are for in on to do does of and please hi hello my our " +
    "can could you tell me about there nacionales regionales " +
    // Places of the region: where someone is, never what they ask about.
    "cerro oxapampa yanahuanca daniel alcides carrion dac puerto bermudez palcazu villa rica huancabamba pozuzo " +
    "chontabamba huachon huariaca ninacaca paucartambo tinyahuarco vicco yanacancha chaupimarca huayllay " +
    "ticlacayan tapuc vilcabamba goyllarisquizga tusi chacayan huancayo junin"
  ).split(" "),
);

const fuzzyWords: string[] = [...LEXICON.entries()].filter(([, e]) => e.fuzzy).map(([w]) => w);

export interface LexiconHit {
  tag: Tag;
  exact: boolean;
}

const lookupCache = new Map<string, LexiconHit | null>();

/** The tag of a normalised word: exact, by stem, or (for words marked fuzzy) by the single closest spelling. */
export function lookupWord(word: string): LexiconHit | undefined {
  const cached = lookupCache.get(word);
  if (cached !== undefined) return cached ?? undefined;
  const hit = computeLookup(word);
  if (lookupCache.size > 20_000) lookupCache.clear();
  lookupCache.set(word, hit ?? null);
  return hit;
}

function computeLookup(word: string): LexiconHit | undefined {
  const exact = LEXICON.get(word);
  if (exact !== undefined) return { tag: exact.tag, exact: true };
  for (const [stem, tag] of STEMS) if (word.startsWith(stem)) return { tag, exact: true };
  if (word.length < 4 || FILLER_WORDS.has(word)) return undefined;
  let best: Tag | undefined;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  let tie = false;
  for (const known of fuzzyWords) {
    const allowed = allowedTypos(known.length);
    if (allowed === 0 || Math.abs(known.length - word.length) > allowed) continue;
    const distance = damerauLevenshtein(word, known, allowed);
    if (distance > allowed) continue;
    const tag = LEXICON.get(known)!.tag;
    if (distance < bestDistance) {
      best = tag;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance && tag !== best) {
      tie = true;
    }
  }
  return best !== undefined && !tie ? { tag: best, exact: false } : undefined;
}

/** True for words the contest matcher must take literally (never as a typo of a contest word). */
export function isReservedWord(word: string): boolean {
  return FILLER_WORDS.has(word) || LEXICON.has(word) || STEMS.some(([stem]) => word.startsWith(stem));
}
