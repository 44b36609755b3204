import type { MunicipalityIndex } from './municipalities.js';

export type Submitters = {
  names: string[];
  andOthers: boolean;
  members: { name: string; code: string | null }[];
  /** Names that are not (unambiguously) a member municipality. */
  unmatched: string[];
};

const AND_OTHERS = /\s*(?:,\s*)?(?:en\s+anderen|e\.\s?a\.?|\bea|c\.\s?s\.?|cum\s+suis)\s*$/i;
/** "Utrecht mede namens de G40 en P10": the networks and members it speaks for are submitters too. */
const ON_BEHALF = /\s*,?\s*(?:mede\s+)?namens\s+(?:de\s+|het\s+)?/i;
const SEPARATOR = /(,\s*|\s+en\s+|\s*&\s*)/;

/**
 * "Gouda en Krimpenerwaard" → two submitters; "Brummen en anderen" → Brummen and others. Names with
 * "en" or a comma inside ("Gilze en Rijen", "Nuenen, Gerwen en Nederwetten") stay one submitter:
 * the longest run of parts that is a municipality wins.
 */
export function splitSubmitters(text: string, index: MunicipalityIndex): Submitters {
  let rest = text
    .replace(/^\s*motie\s+/i, '')
    .replace(/^\s*(?:de\s+)?gemeenten?\s+/i, '')
    .replace(/[\s,:]+$/, '')
    .trim();
  const behalf = ON_BEHALF.exec(rest);
  if (behalf && behalf.index > 0) {
    const own = splitSubmitters(rest.slice(0, behalf.index), index);
    const others = splitSubmitters(rest.slice(behalf.index + behalf[0].length), index);
    return {
      names: [...own.names, ...others.names],
      andOthers: own.andOthers || others.andOthers,
      members: [...own.members, ...others.members],
      unmatched: [...own.unmatched, ...others.unmatched],
    };
  }
  const andOthers = AND_OTHERS.test(rest);
  rest = rest.replace(AND_OTHERS, '').trim();
  const pieces = rest.split(SEPARATOR);
  const parts = pieces.filter((_, i) => i % 2 === 0);
  const separators = pieces.filter((_, i) => i % 2 === 1);
  const result: Submitters = { names: [], andOthers, members: [], unmatched: [] };
  let i = 0;
  while (i < parts.length) {
    let taken = false;
    for (let j = parts.length - 1; j >= i && !taken; j--) {
      let candidate = parts[i];
      for (let k = i + 1; k <= j; k++) candidate += separators[k - 1] + parts[k];
      const match = index.match(candidate);
      if (match.status === 'matched' || (match.status === 'ambiguous' && j === i)) {
        const name = candidate.replace(/^\s*gemeente\s+/i, '').trim();
        result.names.push(name);
        result.members.push({ name, code: match.status === 'matched' ? match.municipality.code : null });
        if (match.status === 'ambiguous') result.unmatched.push(name);
        i = j + 1;
        taken = true;
      }
    }
    if (!taken) {
      const name = parts[i].replace(/^\s*gemeente\s+/i, '').trim();
      if (name) {
        result.names.push(name);
        result.members.push({ name, code: null });
        result.unmatched.push(name);
      }
      i++;
    }
  }
  return result;
}
