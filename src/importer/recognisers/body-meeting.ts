import { type DateContext, findDutchDates } from '../dutch-dates.js';
import type { LogicalLine, MeetingRef, OtherMeetingKind } from '../types.js';
import { splitSentences } from './sentences.js';

/** Names of the meetings of councils, provinces, water boards and parliament, with the date written near. */
const NAMED: [OtherMeetingKind, RegExp][] = [
  [
    'raadsvergadering',
    /\b(?:gemeente)?raadsvergadering\b|\bbesluitenlijst\s+(?:van\s+de\s+)?gemeenteraad\b|\bvergadering\s+van\s+de\s+(?:gemeente)?raad\b/i,
  ],
  ['statenvergadering', /\bstatenvergadering\b|\bvergadering\s+van\s+(?:de\s+)?provinciale\s+staten\b/i],
  [
    'algemeen-bestuur',
    /\bvergadering\s+van\s+het\s+algemeen\s+bestuur\b|\bbesluitenlijst\s+(?:van\s+het\s+)?(?:AB|algemeen\s+bestuur)\b/i,
  ],
];
const PLENARY =
  /\b(?:de\s+)?(?:tweede\s+)?kamer\b[^.]*?\b(?:stemde|stemt|stemming|stemmingen|verwierp|nam\b[^.]*\baan)\b/i;
const COUNCIL_WORDS = /\b(?:college|wethouder|gemeenteraad|raadsleden|fractie|raad)\b/i;
const SUBMITTED = /\bmoties?\b[^.]*\bingediend\b|\bingediend\b[^.]*\bmoties?\b/i;

/**
 * The meeting of another body that a list, report or news item is about: "Besluitenlijst gemeenteraad
 * Zuidplas 3 april 2024", "Verslag raadsvergadering 9 januari 2018", a water board's decision list dated
 * on its first line that speaks of "het algemeen bestuur", "moties … waar de Kamer op 10 juni over
 * stemde" (plenary vote), or a council report "Tijdens de behandeling van de perspectiefnota op 5 juli
 * 2022 heeft X drie moties ingediend". Null when the text names no date with it.
 */
export function findBodyMeeting(
  lines: LogicalLine[],
  dates: DateContext,
  documentDate: string | null,
): MeetingRef | null {
  const texts = lines.map((line) => line.text);
  for (const text of texts) {
    for (const [kind, pattern] of NAMED) {
      const match = pattern.exec(text);
      if (!match) continue;
      const date = findDutchDates(text, dates).find(
        (d) => d.hasYear && Math.abs(d.index - match.index) <= 80,
      );
      if (date) return { kind, date: date.date };
    }
  }
  if (
    documentDate &&
    texts.some((text) => /\b(?:het\s+)?algemeen\s+bestuur\s+(?:besluit|stelt|neemt|heeft)\b/i.test(text))
  )
    return { kind: 'algemeen-bestuur', date: documentDate };
  const council = texts.some((text) => COUNCIL_WORDS.test(text));
  for (const text of texts) {
    for (const { text: sentence } of splitSentences(text)) {
      if (PLENARY.test(sentence) && /\bkamer\b/i.test(sentence)) {
        const date = findDutchDates(sentence, dates).at(-1);
        if (date) return { kind: 'plenaire-vergadering', date: date.date };
      }
      if (council && SUBMITTED.test(sentence)) {
        const date = findDutchDates(sentence, dates).find((d) => d.hasYear);
        if (date) return { kind: 'raadsvergadering', date: date.date };
      }
    }
  }
  return null;
}
