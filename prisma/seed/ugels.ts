// The DRE Pasco and its four UGELs: the base rows every other table points to.
//
// Codes (the "código de la instancia" used as Ugel.id) are the ones seen in public data. They should be verified
// against ESCALE (escale.minedu.gob.pe, padrón de instancias de gestión educativa descentralizada) before anyone
// relies on them: ids are referenced by people, schools, invites and registrations, so changing one later means
// a migration of those rows, not an edit here.
export interface UgelSeed {
  id: string;
  slug: string;
  name: string;
  shortName: string;
  isDre: boolean;
}

export const UGELS: readonly UgelSeed[] = [
  { id: "190000", slug: "dre", name: "Dirección Regional de Educación Pasco", shortName: "DRE Pasco", isDre: true },
  { id: "190001", slug: "pasco", name: "UGEL Pasco", shortName: "Pasco", isDre: false },
  { id: "190002", slug: "dac", name: "UGEL Daniel Alcides Carrión", shortName: "DAC", isDre: false },
  { id: "190003", slug: "oxapampa", name: "UGEL Oxapampa", shortName: "Oxapampa", isDre: false },
  { id: "190006", slug: "puerto-bermudez", name: "UGEL Puerto Bermúdez", shortName: "Puerto Bermúdez", isDre: false },
];
