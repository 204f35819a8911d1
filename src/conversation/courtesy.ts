/**
 * Messages that ask for nothing in particular, answered as a person would: «hola», «buenas tardes profe» (a
 * greeting and the menu), «ayuda», «menú», «no entiendo» (the menu) and «gracias», «ok, gracias», «listo» (a
 * short word back). Only the whole message counts: «ayuda para registrar mi buena práctica» is a wish, and
 * «gracias, ¿cuándo cierra Eureka?» a question.
 */
const GREETING = /^(hola+|holi|ola|buen[oa]s?( (dias|tardes|noches))?|saludos|hello|hi|hey|alo|que tal)( (profe|profesora?|colega|amig[oa]|bot|a todos|que tal|como estas?|como esta))*$/;
const HELP =
  /^(ayuda+|ayudame|ayudeme|auxilio|help|menu|el menu|ver el menu|opciones|ver opciones|comandos|que puedes hacer|que haces|que sabes hacer|como funciona( esto| el bot)?|como te uso|como se usa( esto)?|no entiendo|no entiendo nada|no se como|no se que hacer|instrucciones)( (por favor|porfa|pls|bot|profe|please))*$/;
const THANKS =
  /^((ok|okey|okay|ya|listo|perfecto|genial|excelente|bien|muy bien|entendido|de acuerdo|dale|claro|si) )*((muchas|mil|muchisimas) )?(gracias|grax|graxias|thanks|thank you|thx)( (profe|bot|colega|amig[oa]|por todo|por la ayuda|por la informacion|por la info|a ti))*$/;
const ACKNOWLEDGED = /^(ok|okey|okay|ya|listo|perfecto|genial|excelente|entendido|de acuerdo|dale|ok ya|ya ok)$/;

function plain(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\s]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function isGreeting(text: string): boolean {
  const words = plain(text);
  return words.length > 0 && words.length <= 40 && GREETING.test(words);
}

export function isHelpRequest(text: string): boolean {
  const words = plain(text);
  return words.length <= 60 && HELP.test(words);
}

/** Thanks or a bare «ok»: nothing to do but answer kindly. A thumbs-up alone (no words) counts too. */
export function isThanks(text: string): boolean {
  const words = plain(text);
  if (words === "") return /\p{Extended_Pictographic}/u.test(text) && text.trim().length <= 12;
  return words.length <= 60 && (THANKS.test(words) || ACKNOWLEDGED.test(words));
}
