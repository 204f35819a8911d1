/**
 * SAMPLE contest calendar (rest of 2026 and school year 2027) with typical dates drawn from the domain brief.
 * It is NOT official: every contest is marked isSample and carries a note saying so. The DRE replaces it by
 * importing the official calendar (see src/domain/calendar/IMPORT-LAYOUT.md).
 */
import type { ContestData, StageData, StageKind } from "../../src/domain/calendar/types.js";

const SAMPLE_NOTE =
  "Calendario de EJEMPLO con fechas típicas de años anteriores; no es oficial. Verifique siempre las bases oficiales del año.";

interface StageInput {
  kind: StageKind;
  name: string;
  /** [opens, closes] */
  registration?: [string, string];
  /** [start] or [start, end] */
  event?: [string] | [string, string];
  place?: string;
}

function stages(list: StageInput[]): StageData[] {
  return list.map((s, i) => {
    const stage: StageData = { kind: s.kind, name: s.name, order: i + 1 };
    if (s.registration) [stage.registrationOpens, stage.registrationCloses] = s.registration;
    if (s.event) {
      stage.eventStart = s.event[0];
      if (s.event[1] !== undefined) stage.eventEnd = s.event[1];
    }
    if (s.place !== undefined) stage.place = s.place;
    return stage;
  });
}

type ContestBase = Omit<ContestData, "year" | "stages" | "isSample" | "notes">;

function edition(base: ContestBase, year: number, list: StageInput[]): ContestData {
  return { ...base, year, isSample: true, notes: SAMPLE_NOTE, stages: stages(list) };
}

const eureka: ContestBase = {
  slug: "eureka",
  name: "Feria Escolar Nacional de Ciencia y Tecnología Eureka",
  shortName: "Eureka",
  aliases: ["Feria de ciencias", "Feria de ciencia y tecnología", "FENCYT"],
  organizer: "MINEDU y CONCYTEC",
  area: "ciencia",
  levels: ["primaria", "secundaria"],
  grades: "Primaria y secundaria; cada proyecto con un docente asesor",
  categories: ["Indagación científica (primaria)", "Indagación científica (secundaria)", "Investigación tecnológica (secundaria)"],
};

const jfen: ContestBase = {
  slug: "jfen",
  name: "Juegos Florales Escolares Nacionales",
  shortName: "Juegos Florales",
  aliases: ["JFEN", "Florales", "Juegos Florales Escolares"],
  organizer: "MINEDU",
  area: "arte",
  levels: ["primaria", "secundaria", "ebe"],
  categories: ["A: 1.° a 3.° de primaria", "B: 4.° a 6.° de primaria", "C: 1.° a 3.° de secundaria", "D: 4.° y 5.° de secundaria"],
};

const jedpa: ContestBase = {
  slug: "jedpa",
  name: "Juegos Escolares Deportivos y Paradeportivos",
  shortName: "JEDPA",
  aliases: [
    "Juegos Escolares",
    "Juegos Deportivos",
    "Juegos Deportivos Escolares",
    "Juegos Deportivos Escolares Nacionales",
    "Juegos Escolares Deportivos",
    "Juegos Paradeportivos",
  ],
  organizer: "MINEDU e IPD",
  area: "deporte",
  levels: ["primaria", "secundaria", "ebe"],
  categories: ["10 a 12 años", "13 a 14 años", "15 a 17 años"],
};

const onem: ContestBase = {
  slug: "onem",
  name: "Olimpiada Nacional Escolar de Matemática",
  shortName: "ONEM",
  aliases: ["Olimpiada de Matemática", "Olimpiada de Matemáticas", "Olimpiada Matemática"],
  organizer: "MINEDU",
  area: "matematica",
  levels: ["secundaria"],
  grades: "Nivel 1: 1.° y 2.°; nivel 2: 3.° y 4.°; nivel 3: 5.° de secundaria",
  categories: ["Nivel 1", "Nivel 2", "Nivel 3"],
};

const creaEmprende: ContestBase = {
  slug: "crea-y-emprende",
  name: "Concurso Nacional Crea y Emprende",
  shortName: "Crea y Emprende",
  aliases: ["CreaEmprende", "Concurso de emprendimiento", "Emprendimiento escolar"],
  organizer: "MINEDU",
  area: "emprendimiento",
  levels: ["secundaria", "eba"],
  categories: ["A: 1.° y 2.° de secundaria", "B: 3.° a 5.° de secundaria", "CEBA"],
};

const cnpie: ContestBase = {
  slug: "cnpie",
  name: "Concurso Nacional de Proyectos de Innovación Educativa",
  shortName: "CNPIE",
  aliases: ["Proyectos de innovación", "Proyectos de innovación educativa", "Concurso de innovación", "FONDEP"],
  organizer: "FONDEP",
  area: "innovacion",
  levels: ["inicial", "primaria", "secundaria", "eba", "ebe"],
  categories: ["Consolidado", "En proceso de implementación", "Promisorio", "Investigación"],
};

const buenasPracticas: ContestBase = {
  slug: "buenas-practicas-docentes",
  name: "Concurso Nacional de Buenas Prácticas Docentes",
  shortName: "Buenas Prácticas Docentes",
  aliases: ["Buenas prácticas", "Concurso de buenas prácticas", "BPD"],
  organizer: "MINEDU",
  area: "buenas_practicas",
  levels: ["inicial", "primaria", "secundaria", "eba", "ebe"],
  grades: "Docentes y directivos",
  categories: ["Práctica pedagógica", "Práctica de gestión escolar"],
};

const peruLee: ContestBase = {
  slug: "peru-lee",
  name: "Concurso Nacional de Lectura El Perú Lee",
  shortName: "El Perú Lee",
  aliases: ["Perú Lee"],
  organizer: "MINEDU",
  area: "lectura",
  levels: ["primaria", "secundaria"],
  categories: ["Primaria", "Secundaria"],
};

const arguedas: ContestBase = {
  slug: "premio-arguedas",
  name: "Premio Nacional José María Arguedas",
  shortName: "Premio José María Arguedas",
  aliases: ["Premio Arguedas", "José María Arguedas", "Arguedas"],
  organizer: "MINEDU",
  area: "arte",
  levels: ["secundaria"],
  categories: ["Cuento", "Poesía"],
};

const ideas: ContestBase = {
  slug: "ideas-en-accion",
  name: "Concurso Ideas en Acción",
  shortName: "Ideas en Acción",
  aliases: [],
  organizer: "MINEDU",
  area: "innovacion",
  levels: ["secundaria"],
  categories: ["Proyectos ciudadanos", "Proyectos de emprendimiento social"],
};

const discurso: ContestBase = {
  slug: "discurso-ensayo-jfsc",
  name: "Concurso Nacional de Discurso y Ensayo José Faustino Sánchez Carrión",
  shortName: "Discurso y Ensayo JFSC",
  aliases: ["Discurso y Ensayo", "Concurso de discurso", "Concurso de ensayo", "Sánchez Carrión", "JFSC"],
  organizer: "MINEDU",
  area: "civica",
  levels: ["secundaria"],
  categories: ["Discurso", "Ensayo"],
};

const oratoria: ContestBase = {
  slug: "oratoria-lenguas-originarias",
  name: "Concurso Regional de Oratoria en Lenguas Originarias",
  shortName: "Oratoria en Lenguas Originarias",
  aliases: ["Oratoria", "Concurso de oratoria", "Oratoria en quechua"],
  organizer: "DRE Pasco",
  area: "civica",
  levels: ["primaria", "secundaria"],
  categories: ["Quechua", "Yanesha", "Asháninka"],
};

const pascoLee: ContestBase = {
  slug: "pasco-lee",
  name: "Concurso Regional de Comprensión Lectora Pasco Lee",
  shortName: "Pasco Lee",
  aliases: ["Comprensión lectora", "Concurso de comprensión lectora"],
  organizer: "DRE Pasco",
  area: "lectura",
  levels: ["primaria", "secundaria"],
  categories: ["Primaria", "Secundaria"],
};

export const sampleCalendar: ContestData[] = [
  edition(eureka, 2026, [
    { kind: "inscripcion", name: "Inscripción de proyectos", registration: ["2026-05-04", "2026-06-26"] },
    { kind: "ie", name: "Etapa IE", event: ["2026-07-06", "2026-07-31"] },
    { kind: "ugel", name: "Etapa UGEL", event: ["2026-08-17", "2026-08-28"] },
    { kind: "regional", name: "Etapa regional", event: ["2026-09-21", "2026-09-25"], place: "Cerro de Pasco" },
    { kind: "nacional", name: "Feria nacional", event: ["2026-11-30", "2026-12-02"], place: "Lima" },
    { kind: "resultados", name: "Publicación de resultados", event: ["2026-12-04"] },
  ]),
  edition(eureka, 2027, [
    { kind: "inscripcion", name: "Inscripción de proyectos", registration: ["2027-05-03", "2027-06-25"] },
    { kind: "ie", name: "Etapa IE", event: ["2027-07-05", "2027-07-30"] },
    { kind: "ugel", name: "Etapa UGEL", event: ["2027-08-16", "2027-08-27"] },
    { kind: "regional", name: "Etapa regional", event: ["2027-09-20", "2027-09-24"], place: "Cerro de Pasco" },
    { kind: "nacional", name: "Feria nacional", event: ["2027-11-22", "2027-11-26"], place: "Lima" },
    { kind: "resultados", name: "Publicación de resultados" },
  ]),
  edition(jfen, 2026, [
    { kind: "inscripcion", name: "Inscripción", registration: ["2026-04-06", "2026-05-29"] },
    { kind: "ie", name: "Etapa IE", event: ["2026-06-01", "2026-06-30"] },
    { kind: "ugel", name: "Etapa UGEL", event: ["2026-07-06", "2026-07-24"] },
    { kind: "regional", name: "Etapa regional", event: ["2026-09-14", "2026-09-25"], place: "Cerro de Pasco" },
    { kind: "nacional", name: "Etapa nacional", event: ["2026-12-07", "2026-12-11"], place: "Lima" },
  ]),
  edition(jfen, 2027, [
    { kind: "inscripcion", name: "Inscripción", registration: ["2027-04-05", "2027-05-28"] },
    { kind: "ie", name: "Etapa IE", event: ["2027-06-01", "2027-06-30"] },
    { kind: "ugel", name: "Etapa UGEL", event: ["2027-07-05", "2027-07-23"] },
    { kind: "regional", name: "Etapa regional", event: ["2027-09-13", "2027-09-24"], place: "Cerro de Pasco" },
    { kind: "nacional", name: "Etapa nacional", event: ["2027-11-08", "2027-11-12"], place: "Lima" },
  ]),
  edition(jedpa, 2026, [
    { kind: "ie", name: "Etapa IE", registration: ["2026-03-16", "2026-04-30"], event: ["2026-03-23", "2026-05-15"] },
    { kind: "ugel", name: "Etapa UGEL", event: ["2026-05-25", "2026-06-12"] },
    { kind: "regional", name: "Etapa regional", event: ["2026-06-22", "2026-07-10"], place: "Cerro de Pasco" },
    { kind: "macroregional", name: "Etapa macrorregional", event: ["2026-08-17", "2026-08-28"], place: "Huancayo" },
    { kind: "nacional", name: "Final nacional", event: ["2026-11-16", "2026-11-28"], place: "Lima" },
  ]),
  edition(jedpa, 2027, [
    { kind: "ie", name: "Etapa IE", registration: ["2027-03-15", "2027-04-30"], event: ["2027-03-22", "2027-05-14"] },
    { kind: "ugel", name: "Etapa UGEL", event: ["2027-05-24", "2027-06-11"] },
    { kind: "regional", name: "Etapa regional", event: ["2027-06-21", "2027-07-09"], place: "Cerro de Pasco" },
    { kind: "macroregional", name: "Etapa macrorregional", event: ["2027-08-16", "2027-08-27"], place: "Huancayo" },
    { kind: "nacional", name: "Final nacional", event: ["2027-11-08", "2027-11-19"], place: "Lima" },
  ]),
  edition(onem, 2027, [
    { kind: "inscripcion", name: "Inscripción de II.EE.", registration: ["2027-03-15", "2027-04-09"] },
    { kind: "ie", name: "Primera fase (IE)", event: ["2027-04-23T09:00", "2027-04-23T11:00"] },
    { kind: "ugel", name: "Segunda fase (UGEL)", event: ["2027-06-04T09:00"] },
    { kind: "regional", name: "Tercera fase (DRE)", event: ["2027-08-20"], place: "Cerro de Pasco" },
    { kind: "nacional", name: "Cuarta fase (nacional)", event: ["2027-10-25", "2027-10-29"], place: "Lima" },
    { kind: "resultados", name: "Resultados", event: ["2027-11-05"] },
  ]),
  edition(creaEmprende, 2027, [
    { kind: "inscripcion", name: "Inscripción de equipos", registration: ["2027-06-01", "2027-07-16"] },
    { kind: "ie", name: "Etapa IE", event: ["2027-07-19", "2027-08-06"] },
    { kind: "ugel", name: "Etapa UGEL", event: ["2027-08-16", "2027-08-27"] },
    { kind: "regional", name: "Etapa regional", event: ["2027-09-13", "2027-09-24"] },
    { kind: "nacional", name: "Etapa nacional (virtual)", event: ["2027-11-02", "2027-11-05"] },
  ]),
  edition(cnpie, 2027, [
    { kind: "inscripcion", name: "Inscripción de proyectos", registration: ["2026-12-10", "2027-04-09"] },
    { kind: "otro", name: "Evaluación", event: ["2027-04-12", "2027-05-21"] },
    { kind: "resultados", name: "Publicación de ganadores", event: ["2027-05-28"] },
    { kind: "otro", name: "Rendición de gastos", event: ["2027-10-01", "2027-10-29"] },
  ]),
  edition(buenasPracticas, 2026, [
    { kind: "inscripcion", name: "Postulación", registration: ["2026-07-01", "2026-09-30"] },
    { kind: "otro", name: "Evaluación", event: ["2026-10-05", "2026-11-27"] },
    { kind: "resultados", name: "Publicación de ganadores", event: ["2026-12-11"] },
  ]),
  edition(buenasPracticas, 2027, [
    { kind: "inscripcion", name: "Postulación", registration: ["2027-07-01", "2027-09-30"] },
    { kind: "otro", name: "Evaluación", event: ["2027-10-04", "2027-11-26"] },
    { kind: "resultados", name: "Publicación de ganadores", event: ["2027-12-10"] },
  ]),
  edition(peruLee, 2027, [
    { kind: "inscripcion", name: "Inscripción", registration: ["2027-04-12", "2027-05-14"] },
    { kind: "ie", name: "Etapa IE", event: ["2027-05-17", "2027-06-11"] },
    { kind: "ugel", name: "Etapa UGEL", event: ["2027-06-21", "2027-07-02"] },
    { kind: "regional", name: "Etapa regional", event: ["2027-08-09", "2027-08-13"] },
    { kind: "nacional", name: "Etapa nacional", event: ["2027-10-11", "2027-10-15"] },
  ]),
  edition(arguedas, 2027, [
    { kind: "inscripcion", name: "Inscripción", registration: ["2027-05-03", "2027-06-18"] },
    { kind: "ugel", name: "Etapa UGEL", event: ["2027-07-12", "2027-07-23"] },
    { kind: "regional", name: "Etapa regional", event: ["2027-08-23", "2027-08-27"] },
    { kind: "nacional", name: "Etapa nacional", event: ["2027-10-18", "2027-10-22"] },
    { kind: "resultados", name: "Premiación" },
  ]),
  edition(ideas, 2027, [
    { kind: "inscripcion", name: "Inscripción", registration: ["2027-05-17", "2027-07-02"] },
    { kind: "ie", name: "Etapa IE", event: ["2027-07-05", "2027-07-30"] },
    { kind: "regional", name: "Etapa regional", event: ["2027-09-06", "2027-09-10"] },
    { kind: "nacional", name: "Etapa nacional (virtual)", event: ["2027-10-25", "2027-10-29"] },
  ]),
  edition(discurso, 2027, [
    { kind: "inscripcion", name: "Inscripción", registration: ["2027-06-07", "2027-07-09"] },
    { kind: "ie", name: "Etapa IE", event: ["2027-07-12", "2027-07-30"] },
    { kind: "ugel", name: "Etapa UGEL", event: ["2027-08-09", "2027-08-20"] },
    { kind: "regional", name: "Etapa regional", event: ["2027-09-06", "2027-09-10"] },
    { kind: "nacional", name: "Etapa nacional", event: ["2027-10-18", "2027-10-22"], place: "Lima" },
  ]),
  edition(oratoria, 2026, [
    { kind: "inscripcion", name: "Inscripción", registration: ["2026-09-01", "2026-10-16"] },
    { kind: "ie", name: "Etapa IE", event: ["2026-10-19", "2026-10-30"] },
    { kind: "ugel", name: "Etapa UGEL", event: ["2026-11-09", "2026-11-20"] },
    { kind: "regional", name: "Final regional", event: ["2026-12-03", "2026-12-04"], place: "Cerro de Pasco" },
  ]),
  edition(oratoria, 2027, [
    { kind: "inscripcion", name: "Inscripción", registration: ["2027-09-01", "2027-10-15"] },
    { kind: "ie", name: "Etapa IE", event: ["2027-10-18", "2027-10-29"] },
    { kind: "ugel", name: "Etapa UGEL", event: ["2027-11-08", "2027-11-19"] },
    { kind: "regional", name: "Final regional", event: ["2027-12-02", "2027-12-03"], place: "Cerro de Pasco" },
  ]),
  edition(pascoLee, 2027, [
    { kind: "ie", name: "Etapa IE", registration: ["2027-04-05", "2027-04-23"], event: ["2027-05-03", "2027-05-14"] },
    { kind: "ugel", name: "Etapa UGEL", event: ["2027-06-07", "2027-06-11"] },
    { kind: "regional", name: "Final regional", event: ["2027-07-01"], place: "Cerro de Pasco" },
  ]),
];
