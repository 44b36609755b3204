import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { importErrors, isImportError } from './errors.js';
import { createMunicipalityIndex, type MunicipalityIndex } from './municipalities.js';
import { normaliseDocument } from './normalise/normalise-lines.js';
import { DEFAULT_MAX_BYTES, readDocument } from './readers/read-document.js';
import { recogniseDocument } from './recognise.js';
import { recogniseCommitmentTable } from './recognisers/commitment-table.js';
import { type ConsultationMention, reportedConsultations } from './recognisers/consultations.js';
import type { FileAnalysis, LogicalLine, ReadDocument } from './types.js';

export type FileInput = string | { name: string; bytes: Uint8Array };

export type AnalyseOptions = {
  /** Larger files are refused before they are read (default 25 MB). */
  maxBytes?: number;
  municipalities?: MunicipalityIndex;
  /** Resolves dates without a year when the document itself has no date. */
  referenceDate?: string | null;
};

export type DetailedAnalysis = {
  analysis: FileAnalysis;
  lines: LogicalLine[];
  text: string;
  bytes: Uint8Array;
  /**
   * The consultations the text reports (a letter, resolution or report of the association), found with the rest
   * of the analysis (in the import's worker, not while the records are stored); absent: not looked for yet.
   */
  consultations?: ConsultationMention[];
  /**
   * The search index's analysis of the document's own text (its title, and `text` as body), done by the import's
   * analysis worker beside the storing (src/importer/preview/analysis-worker.ts); absent when read elsewhere.
   */
  documentIndex?: { title: string; stems: string; terms: readonly string[] };
};

export type FileFailure = { file: string; error: { code: string; message: string } };

export function isFileFailure(result: FileAnalysis | FileFailure): result is FileFailure {
  return 'error' in result && !('kind' in result);
}

let defaultIndex: MunicipalityIndex | undefined;

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Analyse bytes: a pure function of the bytes (and options), no database and no file system. */
export async function analyseBytes(
  name: string,
  bytes: Uint8Array,
  options: AnalyseOptions = {},
): Promise<DetailedAnalysis> {
  const document = await readDocument(basename(name), bytes, { maxBytes: options.maxBytes });
  return analyseRead(name, bytes, document, options);
}

/**
 * The analysis of a document already read (readDocument): its lines normalised and its records recognised. The
 * import's worker may read a PDF and leave this part to the thread that stores (see analysis-worker.ts).
 */
export function analyseRead(
  name: string,
  bytes: Uint8Array,
  document: ReadDocument,
  options: AnalyseOptions = {},
): DetailedAnalysis {
  if (document.format === 'text') {
    const table = recogniseCommitmentTable(document.lines.map((line) => line.text).join('\n'));
    if (table) {
      const { lines, extra, ...fields } = table;
      const analysis: FileAnalysis = {
        file: name,
        kind: 'commitment-list',
        ...fields,
        ...extra,
        contentHash: contentHash(bytes),
        format: document.format,
        pages: document.pages,
        bytes: bytes.length,
      };
      return { analysis, lines, text: lines.map((line) => line.text).join('\n'), bytes };
    }
  }
  const normalised = normaliseDocument(document);
  defaultIndex ??= options.municipalities ? undefined : createMunicipalityIndex();
  const municipalities = options.municipalities ?? (defaultIndex as MunicipalityIndex);
  const { kind, recognised } = recogniseDocument(normalised, {
    municipalities,
    referenceDate: options.referenceDate,
  });
  const { extra, ...fields } = recognised;
  const analysis: FileAnalysis = {
    file: name,
    kind,
    ...fields,
    ...extra,
    contentHash: contentHash(bytes),
    format: document.format,
    pages: document.pages,
    bytes: bytes.length,
  };
  const text = normalised.lines.map((line) => line.text).join('\n');
  const consultations = reportedConsultations(kind, text, { reference: analysis.date });
  return { analysis, lines: normalised.lines, text, bytes, consultations };
}

/** The name and bytes of an input (a path is read, refused above `maxBytes`). */
export async function bytesOf(
  input: FileInput,
  maxBytes: number,
): Promise<{ name: string; bytes: Uint8Array }> {
  if (typeof input !== 'string') return input;
  try {
    const info = await stat(input);
    if (info.size > maxBytes) throw importErrors.tooLarge(basename(input), info.size, maxBytes);
    return { name: input, bytes: await readFile(input) };
  } catch (error) {
    if (isImportError(error)) throw error;
    throw importErrors.unreadable(basename(input), error);
  }
}

/** Analyse one file (a path, or a name with bytes such as an upload), with normalised lines and text. */
export async function analyseFileDetailed(
  input: FileInput,
  options: AnalyseOptions = {},
): Promise<DetailedAnalysis> {
  const { name, bytes } = await bytesOf(input, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return analyseBytes(name, bytes, options);
}

/**
 * The per-file result of `motiemonitor import --dry-run --json` and of the upload preview.
 * Throws an ImportError (stable code, Dutch message) for input that cannot be read.
 */
export async function analyseFile(input: FileInput, options: AnalyseOptions = {}): Promise<FileAnalysis> {
  return (await analyseFileDetailed(input, options)).analysis;
}

/** A file that could not be read, in the shape of an analysis (for JSON output) plus its error. */
export function failureAsAnalysis(failure: FileFailure): FileAnalysis & FileFailure {
  return {
    file: failure.file,
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
    error: failure.error,
  };
}

/** Analyse many files; a file that fails becomes `{ file, error }` and the others still run. */
export async function analyseFiles(
  inputs: FileInput[],
  options: AnalyseOptions = {},
): Promise<(FileAnalysis | FileFailure)[]> {
  const results: (FileAnalysis | FileFailure)[] = [];
  for (const input of inputs) {
    const file = typeof input === 'string' ? input : input.name;
    try {
      results.push(await analyseFile(input, options));
    } catch (error) {
      if (!isImportError(error)) throw error;
      results.push({ file, error: { code: error.code, message: error.message } });
    }
  }
  return results;
}
