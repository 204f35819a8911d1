/** "hola", "buenas tardes", "buenos días profe": a greeting alone, answered with a greeting and the menu. */
const GREETING = /^(hola+|holi|ola|buen[oa]s?( (dias|tardes|noches))?|saludos|hello|hi|hey|alo|que tal)( (profe|profesora?|colega|amig[oa]|bot|a todos|que tal|como estas?|como esta))*$/;

export function isGreeting(text: string): boolean {
  const words = text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\s]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return words.length > 0 && words.length <= 40 && GREETING.test(words);
}
