import { MOTION_LABEL } from './recognisers/accountability-entry.js';
import { clauseHeading } from './recognisers/clauses.js';
import type { RecogniserInput } from './recognisers/context.js';
import { withDocumentDates } from './recognisers/document-context.js';
import { bestListReading } from './recognisers/list-readings.js';
import { detectMotionLayout } from './recognisers/motion.js';
import { parseResolutionHeading } from './recognisers/resolution-heading.js';
import type { DocumentKind } from './types.js';

function count(texts: string[], pattern: RegExp): number {
  return texts.filter((text) => pattern.test(text)).length;
}

/** Which recogniser reads this document; decided by structure, not by file name. */
export function detectKind(input: RecogniserInput): DocumentKind {
  const texts = input.lines.map((line) => line.text);
  const motionLabels = count(texts, MOTION_LABEL);
  const proposals = count(texts, /^voorstel\s*:/i);
  if (motionLabels >= 2 || (motionLabels >= 1 && proposals >= 1)) return 'accountability-report';
  const kenmerk = count(texts.slice(0, 40), /^(?:ons\s+)?kenmerk\b|\bLbr\.?\s*\d{2}\/\d{2,4}/i) > 0;
  const salutation = count(texts, /^(?:geachte|beste)\b/i) > 0;
  if (kenmerk && salutation) return 'member-letter';
  const motionLayout = detectMotionLayout(input);
  if (motionLayout) return motionLayout;
  const clauseKinds = new Set(texts.map((text) => clauseHeading(text)?.kind).filter(Boolean));
  const orderOfTheDay = count(texts, /\bgaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\b/i) > 0;
  if (orderOfTheDay && clauseKinds.size >= 1) return 'motion';
  const resolutionHeading = texts.some(
    (text, index) => parseResolutionHeading(text, texts[index + 1]) !== null,
  );
  if (resolutionHeading && clauseKinds.size >= 1) return 'resolution';
  if (/^motie\b/i.test(texts[0] ?? '') && clauseKinds.size >= 2) return 'motion';
  // Lists of every layout (result pages, pre-advice, RIS tables, decision lists, votes, prose): list-readings.ts.
  if (bestListReading(withDocumentDates(input).input)) return 'motion-list';
  if (kenmerk || (salutation && count(texts, /\bmet\s+vriendelijke\s+groet\b/i) > 0)) return 'member-letter';
  return 'unknown';
}
