import { detectKind } from './detect-kind.js';
import type { MunicipalityIndex } from './municipalities.js';
import type { NormalisedDocument } from './normalise/normalise-lines.js';
import { recogniseAccountabilityReport } from './recognisers/accountability-report.js';
import { recogniseAmendment } from './recognisers/amendment.js';
import { recogniseCommitmentTable } from './recognisers/commitment-table.js';
import type { RecogniserInput } from './recognisers/context.js';
import { recogniseMemberLetter } from './recognisers/member-letter.js';
import { detectMotionLayout, recogniseMotion } from './recognisers/motion.js';
import { recogniseMotionList } from './recognisers/motion-list.js';
import { recogniseOther } from './recognisers/other-document.js';
import { recogniseResolution } from './recognisers/resolution.js';
import { isTemplate, placeholdersIn } from './recognisers/template.js';
import { cutOffTail } from './recognisers/truncation.js';
import { type DocumentKind, emptyRecognised, type Recognised } from './types.js';

const RECOGNISERS: Record<Exclude<DocumentKind, 'unknown'>, (input: RecogniserInput) => Recognised> = {
  'accountability-report': recogniseAccountabilityReport,
  resolution: recogniseResolution,
  'member-letter': recogniseMemberLetter,
  motion: recogniseMotion,
  'motion-list': recogniseMotionList,
  amendment: recogniseAmendment,
  // A commitment list is a table, read from the raw text before normalising (analyse-file.ts).
  'commitment-list': (input) =>
    recogniseCommitmentTable(input.lines.map((line) => line.text).join('\n')) ?? emptyRecognised(),
};

function unknown(input: RecogniserInput, warning: string): Recognised {
  const out = emptyRecognised();
  out.title = input.lines[0]?.text.slice(0, 200) ?? null;
  out.warnings.push(warning);
  return out;
}

/** Kind and records of a normalised document. A template with placeholders is never a motion. */
export function recogniseDocument(
  document: NormalisedDocument,
  options: { municipalities: MunicipalityIndex; referenceDate?: string | null },
): { kind: DocumentKind; recognised: Recognised } {
  const input: RecogniserInput = {
    lines: document.lines,
    vocabulary: document.vocabulary,
    municipalities: options.municipalities,
    dates: { reference: options.referenceDate ?? null },
  };
  const texts = input.lines.map((line) => line.text);
  if (isTemplate(texts)) {
    const examples = [...new Set(placeholdersIn(texts))].slice(0, 3).join(', ');
    const warning = `template: Het document is een sjabloon met invulvelden (${examples}); er is niets overgenomen.`;
    return { kind: 'unknown', recognised: unknown(input, warning) };
  }
  const kind = detectKind(input);
  const recognised =
    kind === 'unknown'
      ? recogniseOther(
          input,
          'not-recognised: Het soort document is niet herkend; de tekst is bewaard en doorzoekbaar.',
        )
      : // Single motions, their records and monitor entries, and several motion texts in a row have their own reader.
        (detectMotionLayout(input) === kind ? recogniseMotion : RECOGNISERS[kind])(input);
  // A text cut off at the end (a web page or paste kept up to a fixed length): said once, never completed.
  const tail = cutOffTail(texts);
  if (tail !== null && !recognised.warnings.some((warning) => warning.startsWith('truncated')))
    recognised.warnings.push(
      `truncated: De tekst houdt midden in een zin of woord op ("${tail}"); niets is aangevuld.`,
    );
  return { kind, recognised };
}
