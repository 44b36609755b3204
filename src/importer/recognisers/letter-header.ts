import { type DateContext, findDutchDates } from '../dutch-dates.js';
import { isListItem, splitListMarker } from '../normalise/line-shapes.js';
import type { AgreementRecord, LetterRecord, LogicalLine } from '../types.js';
import { provenance } from './context.js';

const PARTICLES = new Set(['van', 'de', 'der', 'den', 'en', 'het', 'voor', 'in', 'op']);

/** "MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES" → "Minister van Binnenlandse Zaken en Koninkrijksrelaties". */
function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((word, index) =>
      index > 0 && PARTICLES.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(' ');
}

export type LetterHeader = { letter: LetterRecord; sender: string | null };

/**
 * Layout "letter of a government or another body" (Kamerbrieven, letters to councils): "BRIEF VAN DE
 * MINISTER VAN …", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Den Haag, 4 oktober
 * 2024". Null when there is neither an address line nor a place-and-date line in the first lines.
 */
export function readLetterHeader(lines: LogicalLine[], dates: DateContext, depth = 15): LetterHeader | null {
  const head = lines.slice(0, depth).map((line) => line.text);
  const address = head.find((text) => /^[Aa]an\s+(?:de|het)\s+\p{Lu}/u.test(text) && text.length <= 120);
  const placed = head
    .map((text) => /^([\p{Lu}][\p{L}' -]{1,30}),\s+(.+)$/u.exec(text))
    .find((match) => match && findDutchDates(match[2], dates).some((found) => found.hasYear));
  if (!address || !placed) return null;
  const from = head.map((text) => /^brief\s+van\s+(?:de|het)\s+(.{5,100})$/i.exec(text)).find(Boolean);
  return {
    letter: {
      reference: null,
      number: null,
      date: findDutchDates(placed[2], dates)[0]?.date ?? null,
      subject: null,
      addressees: address.replace(/^aan\s+/i, '').trim(),
      attachments: [],
    },
    sender: from ? titleCase(from[1].trim()) : null,
  };
}

/**
 * Layout "letter answering commitments" (toezeggingen): a letter that says commitments were made and then
 * lists, after a line ending in a colon, the points it answers. Each point is an agreement of the sender.
 */
export function readCommitments(lines: LogicalLine[], sender: string | null, depth = 40): AgreementRecord[] {
  const head = lines.slice(0, depth);
  if (!head.some((line) => /\btoezegging(?:en)?\b/i.test(line.text))) return [];
  const intro = head.findIndex((line) => /:\s*$/.test(line.text) && !isListItem(line.text));
  if (intro < 0) return [];
  const agreements: AgreementRecord[] = [];
  for (let i = intro + 1; i < lines.length && isListItem(lines[i].text); i++) {
    agreements.push({
      text: splitListMarker(lines[i].text).text.replace(/[.;]\s*$/, ''),
      party: sender,
      due: null,
      source: provenance(lines, i, i),
    });
  }
  return agreements;
}
