import { isListItem, splitListMarker } from '../normalise/line-shapes.js';
import { isParty, type PartyVocabulary } from '../parties.js';
import type { MotionRecord, VoteResult } from '../types.js';
import { provenance, type RecogniserInput } from './context.js';
import { blankMotion } from './motion-record.js';
import { firstQuoted } from './quotes.js';
import { splitInlineHeadings, splitRunInHeading, splitSentences } from './sentences.js';

/**
 * Layout "report or news in prose" (local news, party sites, meeting reports, news of associations):
 * motions named in running text with their submitter, their call and what happened to them.
 */

const NAME = "[\\p{Lu}][\\p{L}\\d'’-]*(?:\\s+(?:van|de|der|den)?\\s*[\\p{Lu}\\d][\\p{L}\\d'’-]*){0,3}";
/** "D66 diende de motie “Tijdelijke huisvesting” in", "De PvdA diende een motie in, om …". */
const SUBMITTED_BY_SUBJECT = new RegExp(
  `^(?:(?:ook|daarom|vervolgens|tenslotte)\\s+)?(?:de\\s+|het\\s+)?(${NAME})\\s+(?:diende|dienden|heeft|hebben)\\s+(?:daarom\\s+|ook\\s+)?(?:de|een)\\s+motie\\b`,
  'u',
);
/** "De motie “Duurzame zonneparken” werd ingediend door Stadspartij PLOP." */
const SUBMITTED_BY = new RegExp(
  `\\bmotie\\b.*?\\b(?:werd|is|was)\\s+ingediend\\s+door\\s+(?:de\\s+)?(${NAME})`,
  'u',
);
/** "De Kamer verwierp de motie van Dilan Yeşilgöz-Zegerius (VVD) waarin …", "de motie van Yesilgöz". */
const MOTION_OF = new RegExp(`\\bde\\s+motie\\s+van\\s+(?:de\\s+)?(${NAME})(?:\\s*\\(([^)]{2,20})\\))?`, 'u');
/** "D66 stelde voor een onderzoek te doen, om …" (the motion is named by the sentence after it). */
const PROPOSED = new RegExp(`^(?:de\\s+|het\\s+)?(${NAME})\\s+(?:stelde|stelden)\\s+voor\\s+(.+)$`, 'u');
const BACK_REFERENCE = /^(?:(?:ook|en)\s+)?(?:die|deze|de)\s+motie\b/i;

type Outcome = { result?: VoteResult; preAdvice?: string };

/** What happened to the motion a sentence speaks of, in prose. */
export function proseOutcome(text: string): Outcome {
  const outcome: Outcome = {};
  const motion = '\\bmoties?\\b';
  const said = (pattern: string) => new RegExp(pattern, 'i').test(text);
  if (
    said(`\\btrok(?:ken)?\\s+(?:de|die|deze|hun|zijn|haar)\\s+moties?\\s+(?:weer\\s+)?(?:in|terug)\\b`) ||
    said(`${motion}[^.]*\\bingetrokken\\b`)
  )
    outcome.result = 'ingetrokken';
  else if (
    said(`${motion}[^.]*\\baan\\s+te\\s+houden\\b`) ||
    said(`\\bhield(?:en)?\\s+(?:de|die|deze)\\s+moties?\\s+aan\\b`) ||
    said(`${motion}[^.]*\\b(?:werd|werden|is|zijn)\\s+aangehouden\\b`)
  )
    outcome.result = 'aangehouden';
  else if (
    said(`\\bverwierp(?:en)?\\s+(?:de|die|deze)\\s+moties?\\b`) ||
    said(
      `${motion}[^.]*\\b(?:werd|werden|is|zijn|wordt|worden)\\s+(?:\\S+\\s+){0,6}(?:verworpen|afgewezen|weggestemd)\\b`,
    )
  )
    outcome.result = 'verworpen';
  else if (
    said(
      `${motion}[^.]*\\b(?:werd|werden|is|zijn|wordt|worden)\\s+(?:\\S+\\s+){0,6}(?:aangenomen|gesteund|aanvaard)\\b`,
    ) ||
    said(`\\bnam(?:en)?\\s+(?:de|die|deze)\\s+moties?\\s+aan\\b`)
  )
    outcome.result = 'aangenomen';
  if (
    said(`\\b(?:raadde|ontraadde|raden)\\s+(?:de|die|deze)\\s+motie\\s+af\\b`) ||
    said(`\\bontraadde\\b[^.]*${motion}`)
  )
    outcome.preAdvice = 'ontraden';
  else if (said(`${motion}[^.]*\\boordeel\\s+(?:aan\\s+de\\s+)?(?:raad|vergadering|kamer)\\b`))
    outcome.preAdvice = 'oordeel vergadering';
  else if (said(`\\bnam\\s+(?:de|die|deze)\\s+motie\\s+over\\b`) || said(`${motion}[^.]*\\bovergenomen\\b`))
    outcome.preAdvice = 'overnemen';
  return outcome;
}

/** The request in a sentence: the quote after "dwingen", "roept … op", "verzoekt", or "verzocht om …". */
function callIn(text: string): string | null {
  const verb =
    /\b(?:dwingen|roept|riep|verzoekt|verzocht|vraagt|vroeg|draagt|droeg|opdragen|oproepen)\b/i.exec(text);
  if (!verb) return null;
  const after = text.slice(verb.index);
  const quoted = firstQuoted(after.replace(/^\S+\s*/, ' '));
  if (quoted && quoted.inner.length > 10) return quoted.inner.replace(/[.\s]+$/, '');
  const plain = /\b(?:verzocht|verzoekt|vroeg|vraagt)\s+(?:\S+\s+){0,5}?(om\s+.+)$/i.exec(after);
  return plain ? plain[1].replace(/[.\s]+$/, '') : null;
}

function cleanName(name: string): string {
  return name.replace(/^(?:de|het)\s+/i, '').trim();
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\d]/gu, '');

/** The same submitter spelled two ways ("Yeşilgöz-Zegerius", "Yesilgöz"): one contains the other after folding. */
function sameName(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  return x.length >= 3 && y.length >= 3 && (x.includes(y) || y.includes(x));
}

type Draft = { record: MotionRecord; quotedTitle: boolean };

export type ProseReading = { motions: MotionRecord[]; announced: number };

/**
 * Motions in running text: an inline heading "Motie Duurzame zonneparken" (followed by a run of spaces),
 * "De motie “X” werd ingediend door P", "P diende de motie “X” in", "de motie van <naam> (partij)", or
 * "P stelde voor …" followed by "Die motie werd unaniem gesteund". Outcome sentences apply to the
 * motion spoken of last; numbered lists after "… moties ingediend:" are read by `readMotionLists`.
 */
export function readProseMotions(input: RecogniserInput, parties: PartyVocabulary): ProseReading {
  const { lines } = input;
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  let pending: { submitter: string; topic: string; index: number } | null = null;
  let announced = 0;
  const start = (title: string, index: number, quotedTitle = false): Draft => {
    const draft = { record: blankMotion(title, provenance(lines, index, index)), quotedTitle };
    draft.record.members = [];
    drafts.push(draft);
    return draft;
  };
  lines.forEach((line, index) => {
    if (isListItem(line.text)) return;
    const segments = splitInlineHeadings(line.text).flatMap(
      (segment) => splitRunInHeading(segment) ?? [segment],
    );
    for (const segment of segments) {
      const heading =
        /^motie\s+(?!(?:van|over|is|werd|wordt|was|heeft|kan|zal|die|dat)\b)(\p{L}.{2,80})$/iu.exec(segment);
      if (heading && !/[.!?]$/.test(segment) && segment.split(/\s+/).length <= 10) {
        // One motion, one record: a heading repeated (a page title and a "Titel" field) is the same motion.
        const same = drafts.find((draft) => fold(draft.record.title) === fold(heading[1]));
        current = same ?? start(heading[1].trim(), index);
        pending = null;
        continue;
      }
      for (const { text } of splitSentences(segment)) {
        const count = /\b(\d+|twee|drie|vier|vijf)\s+moties\b/i.exec(text);
        if (count && /\bbehandeld|ingediend\b/i.test(text))
          announced +=
            Number(count[1]) || ['twee', 'drie', 'vier', 'vijf'].indexOf(count[1].toLowerCase()) + 2;
        const quoted = /\bmotie\s+([“"‘'][^”"’']{3,100}[”"’'])/i.exec(text);
        const quotedTitle = quoted ? quoted[1].slice(1, -1).trim() : null;
        const bySubject = SUBMITTED_BY_SUBJECT.exec(text);
        const byAgent = SUBMITTED_BY.exec(text);
        const of = MOTION_OF.exec(text);
        const submitter = cleanName(bySubject?.[1] ?? byAgent?.[1] ?? of?.[1] ?? '');
        const proposed = PROPOSED.exec(text);
        if (submitter && (isParty(submitter, parties) || of || byAgent)) {
          const known: Draft | undefined = drafts.find(
            (draft) => draft.record.submitters.some((name) => sameName(name, submitter)) && of !== null,
          );
          const sameHeading =
            current !== null &&
            current.record.submitters.length === 0 &&
            (!quotedTitle || fold(current.record.title) === fold(quotedTitle));
          if (known) current = known;
          else if (!sameHeading) current = start(quotedTitle ?? '', index, quotedTitle !== null);
          const draft = current as Draft;
          if (draft.record.submitters.length === 0) draft.record.submitters = [submitter];
          if (!draft.record.title && quotedTitle) draft.record.title = quotedTitle;
          const purpose = /\bmotie\s+in,?\s+(om\s+.+)$/i.exec(text);
          if (!draft.record.title && !draft.record.topic && purpose)
            draft.record.topic = purpose[1].replace(/[.\s]+$/, '');
          pending = null;
        } else if (proposed && isParty(cleanName(proposed[1]), parties)) {
          pending = { submitter: cleanName(proposed[1]), topic: proposed[2].replace(/[.\s]+$/, ''), index };
          continue;
        }
        if (pending && BACK_REFERENCE.test(text)) {
          current = start('', pending.index);
          current.record.submitters = [pending.submitter];
          current.record.topic = pending.topic;
          pending = null;
        }
        if (!current || !/\bmotie\b/i.test(text)) {
          if (current && !current.record.call) current.record.call = callIn(text);
          continue;
        }
        const outcome = proseOutcome(text);
        if (outcome.result && !current.record.result) current.record.result = outcome.result;
        if (outcome.preAdvice && !current.record.preAdvice) current.record.preAdvice = outcome.preAdvice;
        if (!current.record.call) current.record.call = callIn(text);
        current.record.source = {
          ...current.record.source,
          lines: { ...current.record.source.lines, to: line.endLine },
        };
      }
    }
  });
  const motions = drafts
    .map((draft) => draft.record)
    .filter((record) => record.submitters.length > 0 || record.title);
  for (const record of motions) if (!record.title) record.title = record.topic ?? record.call ?? '';
  return { motions: motions.filter((record) => record.title), announced };
}

/**
 * Layout "party news with numbered lists of motions": "… heeft Gemeentebelangen drie moties ingediend …
 * Onze moties:" or "Ook hebben we drie moties van Groen Links mede ingediend:" followed by numbered
 * items ("1. <titel> – <toelichting>"). The first sentence after the list that speaks of "de moties"
 * gives all of them their outcome; a later sentence about one of them ("De motie van het jeugdlintje …")
 * takes it back for that one, as the text then says something else about it.
 */
export function readMotionLists(input: RecogniserInput, parties: PartyVocabulary): MotionRecord[] {
  const { lines } = input;
  const motions: MotionRecord[] = [];
  let author: string | null = null;
  const groups: { motions: MotionRecord[]; end: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    if (
      isListItem(text) ||
      !/\bmoties\b.*:\s*$/i.test(text) ||
      !/\bingediend\b|\bonze\s+moties\b/i.test(text)
    )
      continue;
    const own = new RegExp(`\\b(?:heeft|hebben)\\s+(${NAME})\\s+(?:\\S+\\s+)?moties\\s+ingediend`, 'u').exec(
      text,
    );
    const of = new RegExp(
      `\\bmoties\\s+van\\s+(?:de\\s+|het\\s+)?(${NAME})\\s+(?:mede\\s+)?(?:ingediend|gesteund)`,
      'u',
    ).exec(text);
    if (own && isParty(own[1], parties)) author = own[1];
    const co = /\bmede\s+ingediend\b/i.test(text);
    const submitters = of ? [of[1], ...(co && author ? [author] : [])] : author ? [author] : [];
    if (submitters.length === 0) continue;
    const group: MotionRecord[] = [];
    let j = i + 1;
    for (; j < lines.length && isListItem(lines[j].text) && /^\d/.test(lines[j].text); j++) {
      const item = splitListMarker(lines[j].text).text;
      const title = item
        .split(/\s[–—-]\s/)[0]
        .replace(/[.\s]+$/, '')
        .trim();
      const record = blankMotion(title, provenance(lines, j, j));
      record.submitters = [...submitters];
      record.members = [];
      group.push(record);
    }
    if (group.length === 0) continue;
    groups.push({ motions: group, end: j });
    motions.push(...group);
    i = j - 1;
  }
  groups.forEach((group, index) => {
    const limit = groups[index + 1]
      ? lines.findIndex((l) => l.line === groups[index + 1].motions[0].source.lines.from) - 1
      : lines.length;
    for (let k = group.end; k < limit; k++) {
      if (isListItem(lines[k].text)) continue;
      for (const { text } of splitSentences(lines[k].text)) {
        const single = /^(?:de\s+)?motie\s+(?:van|over)\s+(?:het\s+|de\s+)?(\S+)/i.exec(text);
        const named = single
          ? group.motions.find(
              (motion) => fold(motion.title).includes(fold(single[1])) && fold(single[1]).length >= 4,
            )
          : undefined;
        if (named) {
          const outcome = proseOutcome(text);
          named.result = outcome.result ?? null;
          continue;
        }
        if (!/\bmoties\b/i.test(text)) continue;
        const outcome = proseOutcome(text);
        if (outcome.result) for (const motion of group.motions) motion.result ??= outcome.result;
      }
    }
  });
  return motions;
}
