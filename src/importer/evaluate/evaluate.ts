import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { type AnalyseOptions, analyseFile, type FileInput } from '../analyse-file.js';
import { isImportError } from '../errors.js';
import { type Check, compareDocument } from './compare.js';
import { toCorpusView } from './corpus-view.js';

/** How well the importer read one document against its expected values. */
export type DocumentScore = {
  document: string;
  expectedKind: string | null;
  producedKind: string;
  passed: number;
  total: number;
  checks: Check[];
  /** The document could not be read at all (every value counts as missed). */
  error?: { code: string; message: string };
};

export type Evaluation = { documents: DocumentScore[]; passed: number; total: number; share: number };

/** Expected files or a folder that cannot be evaluated: a clear Dutch message. */
export class EvaluationError extends Error {}

const EXPECTED_SUFFIX = '.expected.json';

/** Score one document (a path, or a name with bytes) against its expected values. */
export async function evaluateDocument(
  input: FileInput,
  expected: Record<string, unknown>,
  options: AnalyseOptions = {},
): Promise<DocumentScore> {
  const name = basename(typeof input === 'string' ? input : input.name);
  const expectedKind = typeof expected.kind === 'string' ? expected.kind : null;
  try {
    const analysis = await analyseFile(input, options);
    const checks = compareDocument(expected, toCorpusView(analysis));
    const passed = checks.filter((check) => check.ok).length;
    return {
      document: name,
      expectedKind,
      producedKind: toCorpusView(analysis).kind,
      passed,
      total: checks.length,
      checks,
    };
  } catch (error) {
    if (!isImportError(error)) throw error;
    const checks = compareDocument(expected, emptyView()).map((check) => ({ ...check, ok: false }));
    return {
      document: name,
      expectedKind,
      producedKind: 'unreadable',
      passed: 0,
      total: checks.length,
      checks,
      error: { code: error.code, message: error.message },
    };
  }
}

function emptyView() {
  return toCorpusView({
    file: '',
    kind: 'unknown',
    title: null,
    date: null,
    meeting: null,
    motions: [],
    resolutions: [],
    letter: null,
    agreements: [],
    events: [],
    warnings: [],
    contentHash: '',
    format: 'text',
    pages: 0,
    bytes: 0,
  });
}

export function summarise(documents: DocumentScore[]): Evaluation {
  const passed = documents.reduce((sum, document) => sum + document.passed, 0);
  const total = documents.reduce((sum, document) => sum + document.total, 0);
  return { documents, passed, total, share: total === 0 ? 1 : passed / total };
}

/** Parse an expected file; a file that is no JSON object is refused with its name. */
export function parseExpected(name: string, text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new EvaluationError(`${name}: geen geldige JSON (${(error as Error).message}).`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new EvaluationError(`${name}: verwacht één JSON-object met de velden van het document.`);
  return value as Record<string, unknown>;
}

/** The documents of a folder that have an expected file beside them (`NAAM.txt` + `NAAM.expected.json`). */
export async function documentsWithExpectations(
  dir: string,
): Promise<{ document: string; expected: string }[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    throw new EvaluationError(`De map ${dir} is niet te lezen.`);
  }
  const expectations = names.filter((name) => name.endsWith(EXPECTED_SUFFIX)).sort();
  if (expectations.length === 0)
    throw new EvaluationError(
      `In ${dir} staan geen bestanden met verwachte waarden (NAAM${EXPECTED_SUFFIX}).`,
    );
  return expectations.map((expected) => {
    const stem = expected.slice(0, -EXPECTED_SUFFIX.length);
    const document = names.find(
      (name) =>
        name !== expected &&
        !name.endsWith(EXPECTED_SUFFIX) &&
        (name === stem || name.slice(0, -extname(name).length) === stem),
    );
    if (!document) throw new EvaluationError(`Bij ${expected} staat geen document ${stem}.* in ${dir}.`);
    return { document: join(dir, document), expected: join(dir, expected) };
  });
}

/** Every document with an expected file in a folder: `motiemonitor import --evaluate DIR`. */
export async function evaluateDirectory(dir: string, options: AnalyseOptions = {}): Promise<Evaluation> {
  const pairs = await documentsWithExpectations(dir);
  const documents: DocumentScore[] = [];
  for (const pair of pairs) {
    const expected = parseExpected(basename(pair.expected), await readFile(pair.expected, 'utf8'));
    documents.push(await evaluateDocument(pair.document, expected, options));
  }
  return summarise(documents);
}
