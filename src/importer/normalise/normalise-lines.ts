import type { LogicalLine, ReadDocument } from '../types.js';
import { cleanLine } from './clean-line.js';
import { buildVocabulary, type Vocabulary } from './dehyphenate.js';
import { mergeFragments } from './merge-fragments.js';
import { removePageFurniture } from './page-furniture.js';
import { removePasteNumbers } from './paste-numbers.js';

export type NormalisedDocument = { lines: LogicalLine[]; vocabulary: Vocabulary };

/** Clean every line, drop page furniture and merge fragments into logical lines. */
export function normaliseDocument(document: ReadDocument): NormalisedDocument {
  const cleaned = removePasteNumbers(document.lines).map((line) => ({ ...line, text: cleanLine(line.text) }));
  const withoutFurniture = removePageFurniture(cleaned, document.pages);
  const vocabulary = buildVocabulary(withoutFurniture.map((line) => line.text));
  const paragraphs = document.format === 'docx';
  return { lines: mergeFragments(withoutFurniture, vocabulary, { paragraphs }), vocabulary };
}
