/**
 * Topic words that point to a contest area. They never make a confident match on their own (a question about
 * "robótica espacial" is not a question about Eureka); they only rank suggestions.
 */
import type { ContestArea } from "./types.js";

const KEYWORDS: Record<ContestArea, string[]> = {
  ciencia: [
    "ciencia", "ciencias", "cientifico", "cientifica", "tecnologia", "tecnologico", "robotica", "robot",
    "robots", "experimento", "experimentos", "investigacion", "indagacion", "quimica", "fisica", "biologia",
    "astronomia", "espacial", "espacio", "ambiental", "stem", "steam", "science",
  ],
  arte: [
    "arte", "artes", "artistico", "musica", "danza", "danzas", "baile", "teatro", "literatura", "poesia",
    "pintura", "dibujo", "canto", "declamacion", "folclore", "art", "dance", "music",
  ],
  deporte: [
    "deporte", "deportes", "deportivo", "deportiva", "futbol", "voley", "voleibol", "basquet", "atletismo",
    "ajedrez", "natacion", "ciclismo", "judo", "karate", "taekwondo", "paradeportivo", "sport", "sports",
  ],
  matematica: ["matematica", "matematicas", "mate", "algebra", "geometria", "calculo", "razonamiento", "math"],
  emprendimiento: ["emprendimiento", "emprender", "negocio", "negocios", "empresa", "emprendedor", "emprendedores"],
  innovacion: ["innovacion", "innovador", "innovadora", "proyecto", "proyectos", "robotica", "tecnologia", "idea", "ideas"],
  buenas_practicas: ["practica", "practicas", "docente", "docentes", "pedagogica", "pedagogicas", "gestion", "maestro", "maestros"],
  lectura: ["lectura", "leer", "lector", "lectores", "libro", "libros", "comprension", "escritura", "cuento", "cuentos", "reading"],
  civica: ["civica", "civico", "ciudadania", "oratoria", "discurso", "debate", "ensayo", "historia", "valores", "democracia"],
  comunicacion: ["comunicacion", "cuento", "cuentos", "poesia", "narrativa", "escritura", "redaccion", "ortografia", "oratoria"],
  personal_social: ["historia", "geografia", "social", "sociales", "economia"],
  ingles: ["ingles", "english", "idioma", "idiomas"],
  religion: ["religion", "religiosa", "religioso", "biblia", "biblico", "biblicos", "catequesis"],
  otro: [],
};

const AREAS_BY_WORD = new Map<string, ContestArea[]>();
for (const [area, words] of Object.entries(KEYWORDS) as [ContestArea, string[]][]) {
  for (const word of words) {
    const list = AREAS_BY_WORD.get(word) ?? [];
    list.push(area);
    AREAS_BY_WORD.set(word, list);
  }
}

/** Areas a normalised word points to ("robotica" → ciencia, innovacion). */
export function areasForWord(word: string): readonly ContestArea[] {
  return AREAS_BY_WORD.get(word) ?? [];
}
