import { findDutchDates } from '../dutch-dates.js';
import type { AmendmentRecord, LogicalLine } from '../types.js';
import { emptyRecognised, type Recognised } from '../types.js';
import { parseVoteOutcome } from '../vote-results.js';
import { parseClauses } from './clauses.js';
import { provenance, type RecogniserInput } from './context.js';
import { parseMotionOpening } from './motion-opening.js';
import { readMotionHeading } from './motion-text-heading.js';
import { readSignatureBlock } from './signatures.js';

/** "Besluit: de volgende tekst … te wijzigen in …": the decision of an amendment changes a text. */
const CHANGES_TEXT =
  /\b(?:te\s+wijzigen\s+in|te\s+vervangen\s+door|toe\s+te\s+voegen|in\s+te\s+voegen|te\s+schrappen|door\s+te\s+halen|als\s+volgt\s+te\s+wijzigen|komt\s+te\s+luiden|wordt\s+gewijzigd)\b/iu;
const DECISION = /^(?:besluit|besluiten|stelt\s+voor|wijzigt)\b\s*:?\s*(.*)$/iu;
const AMENDMENT_HEADING = /^(?:\d{1,3}[.)]?\s+)?(?:gewijzigd\s+)?amendement\b(?!en)/iu;
const TARGET =
  /\b(?:gehoord\s+de\s+(?:discussie|beraadslaging(?:en)?)\s+over|inzake|ter\s+bespreking\s+van|wijziging\s+van)\s+(.+?)[;,.]?$/iu;
const SIGNATURE_START =
  /^(?:(?:het|de)\s+(?:lid|leden)\b|ondertekend|ondertekening|ondertekenaars?|status$|indieners?\b|toelichting\b)/iu;

function decisionIndex(lines: LogicalLine[]): number {
  for (let i = 0; i < lines.length; i++) {
    const decision = DECISION.exec(lines[i].text);
    if (!decision) continue;
    const window = [decision[1], ...lines.slice(i + 1, i + 6).map((line) => line.text)].join(' ');
    if (CHANGES_TEXT.test(window)) return i;
  }
  return -1;
}

/**
 * An amendment, whatever the website files it under: its heading says so ("Amendement …"), or its
 * decision changes a text ("Besluit: de volgende tekst … te wijzigen in …"). Never a motion.
 */
export function isAmendment(lines: LogicalLine[]): boolean {
  if (decisionIndex(lines) >= 0) return true;
  const headingZone = lines.slice(0, 3);
  return (
    headingZone.some((line) => AMENDMENT_HEADING.test(line.text)) &&
    lines.some((line) => DECISION.test(line.text))
  );
}

/** The amendment with its title, target, considerations, decision text, signatories and outcome. */
export function recogniseAmendment(input: RecogniserInput): Recognised {
  const { lines } = input;
  const out = emptyRecognised();
  let decision = decisionIndex(lines);
  if (decision < 0) decision = lines.findIndex((line) => DECISION.test(line.text));
  const openingIndex = lines.findIndex(
    (line, i) => i < decision && parseMotionOpening(line.text, input.dates),
  );
  const headingEnd = openingIndex >= 0 ? openingIndex : Math.max(0, decision);
  const heading = readMotionHeading(
    lines.slice(0, headingEnd).map((line) => line.text),
    { dates: input.dates, municipalities: input.municipalities },
  );
  const clauses = parseClauses(lines, 0, decision, input.vocabulary);
  let end = decision + 1;
  while (end < lines.length && !SIGNATURE_START.test(lines[end].text)) end++;
  const block = readSignatureBlock(lines, end, lines.length, input.municipalities);
  const decisionText = [
    DECISION.exec(lines[decision].text)?.[1] ?? '',
    ...lines.slice(decision + 1, end).map((l) => l.text),
  ]
    .filter(Boolean)
    .join('\n');
  const target = lines
    .slice(0, decision)
    .map((line) => TARGET.exec(line.text)?.[1])
    .find(Boolean);
  const outcome = parseVoteOutcome(block.outcome.join('; '));
  const title = (heading.title ?? heading.documentTitle ?? 'Amendement').replace(
    /^amendement\s*[:-]?\s*/iu,
    '',
  );
  const opening = openingIndex >= 0 ? parseMotionOpening(lines[openingIndex].text, input.dates) : null;
  const record: AmendmentRecord = {
    title,
    target: target ?? null,
    submitters: block.submitters.length > 0 ? block.submitters : heading.submitters,
    signatories: block.signers.map((signer) => signer.name),
    preamble: clauses.preamble,
    text: decisionText,
    result: outcome.result,
    meeting: opening?.meeting ?? null,
    source: provenance(lines, 0, Math.max(0, end - 1)),
  };
  out.title = heading.documentTitle;
  out.date = heading.date ?? findDutchDates(lines[1]?.text ?? '', input.dates)[0]?.date ?? null;
  out.meeting = record.meeting;
  out.warnings.push(
    `amendment: "${title}" is een amendement (het wijzigt een tekst), geen motie; het is als amendement bewaard.`,
  );
  out.extra = { amendments: [record] };
  return out;
}
