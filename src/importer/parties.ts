/**
 * Political parties and factions as council and parliament documents write them, for lists that run a
 * motion's title and its submitting parties together ("Hond Veilig Zutphen Burgerbelang, CDA, PvdA").
 * National parties by name; local parties by the words they are built from; the document itself adds
 * the names it lists after a comma next to known ones.
 */
const NATIONAL = [
  'VVD',
  'CDA',
  'D66',
  'PvdA',
  'GroenLinks',
  'Groen Links',
  'GL',
  'PvdA-GL',
  'PvdA/GroenLinks',
  'GroenLinks-PvdA',
  'GL-PvdA',
  'GL/PvdA',
  'SP',
  'ChristenUnie',
  'CU',
  'SGP',
  'CU-SGP',
  'ChristenUnie-SGP',
  'PVV',
  'PvdD',
  'Partij voor de Dieren',
  'DENK',
  '50PLUS',
  'FvD',
  'Forum voor Democratie',
  'JA21',
  'BBB',
  'BoerBurgerBeweging',
  'Volt',
  'NSC',
  'BIJ1',
  'SPA',
  'OSF',
  'VNL',
];

const NATIONAL_KEYS = new Set(NATIONAL.map((name) => name.toLowerCase()));

/** Local parties: "Burgerbelang", "Stadspartij PLOP", "Gemeentebelangen", "Lokaal Sterk", "Groep Van", "Algemene Waterschapspartij". */
const LOCAL =
  /^(?:(?:\p{Lu}[\p{L}-]*\s+)?(?:burgerbelang(?:en)?|gemeentebelang(?:en)?|dorpsbelang(?:en)?|stadspartij|waterschapspartij|partij|belang)(?:\s+\p{Lu}[\p{L}-]*)*|(?:lokaal|leefbaar|onafhankelijk|groep|fractie|lijst|stadspartij|partij)\s+\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}-]*)?|\p{Lu}[\p{L}-]*(?:burgerbelang|belang(?:en)?|partij))$/iu;

export type PartyVocabulary = Set<string>;

export function isParty(name: string, vocabulary: PartyVocabulary = new Set()): boolean {
  const key = name.trim().toLowerCase();
  if (!key || key.split(/\s+/).length > 4) return false;
  return NATIONAL_KEYS.has(key) || vocabulary.has(key) || LOCAL.test(name.trim());
}

/**
 * Names a document lists as parties: in "D66, GroenLinks, Burgerbelang, SP" every short item of a comma
 * list in which at least two items are known parties.
 */
export function partyVocabulary(texts: string[]): PartyVocabulary {
  const vocabulary: PartyVocabulary = new Set();
  for (const text of texts) {
    // A list needs a comma: most lines have none.
    if (!text.includes(',')) continue;
    for (const run of text.matchAll(
      /(?:[\p{Lu}\d][\p{L}\d/-]*(?:\s[\p{Lu}][\p{L}-]*)?,\s*){1,}[\p{Lu}\d][\p{L}\d/-]*/gu,
    )) {
      const items = run[0].split(/,\s*/);
      const known = items.filter((item) => isParty(item)).length;
      if (known >= 2) for (const item of items.slice(1)) vocabulary.add(item.trim().toLowerCase());
    }
  }
  return vocabulary;
}

/**
 * "Die ballon gaat niet op GroenLinks, Stadspartij, D66" → title "Die ballon gaat niet op" and the
 * parties in order. The first party is the longest run of final words before the first comma that is a
 * party; without a comma the text must end in a party. Null when no party list ends the text.
 */
export function splitTitleAndParties(
  text: string,
  vocabulary: PartyVocabulary = new Set(),
): { title: string; parties: string[] } | null {
  // "… tieners VVD en CDA": a last party joined with "en" is one more item of the list.
  const joined = /^(.*\S)\s+en\s+(\S+(?:\s\S+)?)$/.exec(text);
  const listed = joined && isParty(joined[2], vocabulary) ? `${joined[1]}, ${joined[2]}` : text;
  const pieces = listed.split(/,\s*/);
  const rest = pieces.slice(1).map((piece) => piece.trim());
  if (rest.some((piece) => !piece || piece.split(/\s+/).length > 4)) return null;
  const words = pieces[0].trim().split(/\s+/);
  // The shortest party name wins ("Zutphen Burgerbelang" is a title word and a party), unless a longer
  // run is a name known as a whole ("Partij voor de Dieren", "Groep Van").
  let found: number | null = null;
  for (let n = 1; n <= Math.min(4, words.length - 1); n++) {
    const candidate = words.slice(-n).join(' ');
    const exact = NATIONAL_KEYS.has(candidate.toLowerCase()) || vocabulary.has(candidate.toLowerCase());
    if (found === null ? isParty(candidate, vocabulary) : exact) found = n;
  }
  if (found === null) return null;
  const title = words.slice(0, -found).join(' ');
  if (title.length < 3) return null;
  return {
    title,
    parties: [words.slice(-found).join(' '), ...rest.flatMap((piece) => piece.split(/\s+en\s+/))],
  };
}
