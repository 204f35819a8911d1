/**
 * An official-style 2027 calendar as a DRE specialist would export it from Excel ("CSV delimitado por punto y
 * coma", contest columns repeated on every row), in a version with four bad rows and in its corrected version.
 * Shared by the integration and end-to-end tests.
 */

/** 10:00 in Lima, the question set's default now. */
export const NOW = new Date("2026-11-27T15:00:00Z");

const HEADER =
  "concurso;anio;nombre;nombre_corto;alias;organizador;area;niveles;grados;categorias;etapa;etapa_nombre;inscripcion_inicio;inscripcion_cierre;fecha_inicio;fecha_fin;lugar;bases_url;notas";

const EUREKA = "eureka;2027;Feria Escolar Nacional de Ciencia y Tecnología Eureka;Eureka;Feria de ciencias|FENCYT;MINEDU y CONCYTEC;ciencia;primaria|secundaria;;";
const ONEM = "onem;2027;Olimpiada Nacional Escolar de Matemática;ONEM;Olimpiada de Matemática;MINEDU;matematica;secundaria;;Nivel 1|Nivel 2|Nivel 3";
const JFEN = (levels: string) => `jfen;2027;Juegos Florales Escolares Nacionales;Juegos Florales;JFEN|Florales;MINEDU;arte;${levels};;`;
const FERIA = (name: string) => `feria-matematica-pasco;2027;${name};Feria de Matemática;Matemática divertida;DRE Pasco;matematica;inicial|primaria;;`;

function csv(rows: string[]): string {
  return `${[HEADER, ...rows].join("\r\n")}\r\n`;
}

/** Lines: 2 closing before opening, 6 malformed date, 8 unknown level, 10 missing name (first row of that contest). */
export const BAD_CSV = csv([
  `${EUREKA};inscripcion;Inscripción de proyectos;11/06/2027;03/05/2027;;;;https://www.gob.pe/minedu;`, // 2
  `${EUREKA};ie;Etapa IE;;;05/07/2027;30/07/2027;;;`, // 3
  `${EUREKA};regional;Etapa regional;;;20/09/2027 09:00;24/09/2027;Cerro de Pasco;;`, // 4
  `${ONEM};inscripcion;Inscripción de II.EE.;15/03/2027;09/04/2027;;;;;`, // 5
  `${ONEM};ie;Primera fase (IE);;;31/04/2027 09:00;;;;`, // 6
  `${ONEM};regional;Tercera fase (DRE);;;27/08/2027 09:00;;Cerro de Pasco;;`, // 7
  `${JFEN("primaria|secundaria|universitaria")};inscripcion;Inscripción;05/04/2027;28/05/2027;;;;;`, // 8
  `${JFEN("primaria|secundaria|ebe")};regional;Etapa regional;;;13/09/2027;24/09/2027;Cerro de Pasco;;`, // 9
  `${FERIA("")};inscripcion;Inscripción;01/04/2027;30/04/2027;;;;;`, // 10
  `${FERIA("")};regional;Final regional;;;10/06/2027;11/06/2027;Cerro de Pasco;;`, // 11
]);

export const FIXED_CSV = csv([
  `${EUREKA};inscripcion;Inscripción de proyectos;03/05/2027;11/06/2027;;;;https://www.gob.pe/minedu;`,
  `${EUREKA};ie;Etapa IE;;;05/07/2027;30/07/2027;;;`,
  `${EUREKA};regional;Etapa regional;;;20/09/2027 09:00;24/09/2027;Cerro de Pasco;;`,
  `${ONEM};inscripcion;Inscripción de II.EE.;15/03/2027;09/04/2027;;;;;`,
  `${ONEM};ie;Primera fase (IE);;;23/04/2027 09:00;23/04/2027 11:00;;;`,
  `${ONEM};regional;Tercera fase (DRE);;;27/08/2027 09:00;;Cerro de Pasco;;`,
  `${JFEN("primaria|secundaria|ebe")};inscripcion;Inscripción;05/04/2027;28/05/2027;;;;;`,
  `${JFEN("primaria|secundaria|ebe")};regional;Etapa regional;;;13/09/2027;24/09/2027;Cerro de Pasco;;`,
  `${FERIA("Feria Regional de Matemática Pasco")};inscripcion;Inscripción;01/04/2027;30/04/2027;;;;;`,
  `${FERIA("Feria Regional de Matemática Pasco")};regional;Final regional;;;10/06/2027;11/06/2027;Cerro de Pasco;;`,
]);

/** The corrected file a month later: Eureka's registration closes a week later, the Feria is dropped. */
export const REVISED_CSV = FIXED_CSV.replace("03/05/2027;11/06/2027", "03/05/2027;18/06/2027")
  .split("\r\n")
  .filter((line) => !line.startsWith("feria-matematica-pasco"))
  .join("\r\n");
