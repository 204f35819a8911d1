/**
 * Contest areas: the curricular areas of the Currículo Nacional de la Educación Básica (CNEB) and the contest
 * families that are not an area (innovación, buenas prácticas, lectura), with the spellings a specialist may
 * write in the import file and the words people use for them in questions.
 */
import { normalizeText } from "./normalize.js";
import type { ContestArea } from "./types.js";

/** Normalised spelling (words joined by "_") → area. Several CNEB areas fold into one contest family. */
const SPELLINGS: Record<string, ContestArea> = {
  ciencia: "ciencia",
  ciencias: "ciencia",
  ciencia_y_tecnologia: "ciencia",
  ciencia_tecnologia_y_ambiente: "ciencia",
  cta: "ciencia",
  arte: "arte",
  artes: "arte",
  arte_y_cultura: "arte",
  educacion_artistica: "arte",
  deporte: "deporte",
  deportes: "deporte",
  educacion_fisica: "deporte",
  matematica: "matematica",
  matematicas: "matematica",
  emprendimiento: "emprendimiento",
  educacion_para_el_trabajo: "emprendimiento",
  educacion_trabajo: "emprendimiento",
  ept: "emprendimiento",
  innovacion: "innovacion",
  innovacion_educativa: "innovacion",
  innovacion_pedagogica: "innovacion",
  buenas_practicas: "buenas_practicas",
  buenas_practicas_docentes: "buenas_practicas",
  buenas_practicas_de_gestion: "buenas_practicas",
  lectura: "lectura",
  comprension_lectora: "lectura",
  plan_lector: "lectura",
  civica: "civica",
  ciudadania: "civica",
  formacion_ciudadana: "civica",
  formacion_ciudadana_y_civica: "civica",
  desarrollo_personal_ciudadania_y_civica: "civica",
  dpcc: "civica",
  comunicacion: "comunicacion",
  castellano_como_segunda_lengua: "comunicacion",
  lengua_originaria: "comunicacion",
  comunicacion_en_lengua_originaria: "comunicacion",
  personal_social: "personal_social",
  ciencias_sociales: "personal_social",
  historia_geografia_y_economia: "personal_social",
  ingles: "ingles",
  ingles_como_lengua_extranjera: "ingles",
  idioma_extranjero: "ingles",
  educacion_religiosa: "religion",
  religion: "religion",
  tutoria: "otro",
  otro: "otro",
  otros: "otro",
};

/** Question words that point to one area and to nothing else in a calendar (see match-contest support words). */
const DESCRIBING_WORDS: Partial<Record<ContestArea, readonly string[]>> = {
  comunicacion: ["comunicacion"],
  ingles: ["ingles"],
  religion: ["religiosa", "religion"],
  civica: ["ciudadania", "civica"],
};

function spellingKey(value: string): string {
  return normalizeText(value).replace(/ /g, "_");
}

/** The area a file cell names ("Ciencia y Tecnología", "Educación Física", "EPT"); undefined if none. */
export function areaFromText(text: string): ContestArea | undefined {
  return SPELLINGS[spellingKey(text)];
}

export function areaDescribingWords(area: ContestArea): readonly string[] {
  return DESCRIBING_WORDS[area] ?? [];
}

/** The CNEB areas and contest families as a specialist would write them, for messages. */
export const AREA_EXAMPLES =
  "Comunicación, Matemática, Ciencia y Tecnología, Arte y Cultura, Educación Física, Personal Social, " +
  "Desarrollo Personal Ciudadanía y Cívica, Educación para el Trabajo, Inglés, Educación Religiosa, " +
  "innovación, buenas prácticas, lectura, otro";
