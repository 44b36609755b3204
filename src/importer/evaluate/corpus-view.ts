import type { ClauseRecord, FileAnalysis, MeetingRef, MotionRecord, ResolutionRecord } from '../types.js';

/**
 * An analysis in the field names of the corpus format (corpus README, "Expected-values format"),
 * so expected files written by staff can be compared with what the importer reads.
 */
export type CorpusClauses = { noting: string[]; considering: string[] };
export type CorpusOperative = { kind: string; text: string }[];

export type CorpusMotion = {
  title: string | null;
  submitters: string[];
  andOthers: boolean;
  topic: string | null;
  call: string | null;
  proposal: string | null;
  result: string | null;
  percentage: number | null;
  parts: { result: string; percentage: number | null }[];
  preAdvice: string | null;
  preamble: CorpusClauses;
  operative: CorpusOperative;
  signatories: string[];
};

export type CorpusResolution = {
  title: string | null;
  version: string | null;
  preamble: CorpusClauses;
  operative: CorpusOperative;
  result: string | null;
  percentage: number | null;
};

export type CorpusView = {
  kind: string;
  title: string | null;
  date: string | null;
  meeting: { kind: string | null; date: string | null } | null;
  motions: CorpusMotion[];
  resolutions: CorpusResolution[];
  letter: Record<string, unknown> | null;
  letters?: Record<string, unknown>[];
  agreements: { text: string; party: string | null; due: string | null }[];
  events: {
    title: string;
    date: string | null;
    start: string | null;
    end: string | null;
    place: string | null;
  }[];
  warnings: string[];
  expectedCounts: { motions: number; resolutions: number };
  truncated: boolean;
};

/** The assembly kinds as the corpus writes them; other kinds (raadsvergadering …) pass as they are. */
const MEETING_KINDS: Record<string, string> = {
  alv: 'ALV',
  'najaars-alv': 'Najaars-ALV',
  'extra-alv': 'Extra ALV',
  balv: 'BALV',
};

function meetingOf(ref: MeetingRef | null | undefined): CorpusView['meeting'] {
  if (!ref) return null;
  return { kind: ref.kind ? (MEETING_KINDS[ref.kind] ?? ref.kind) : null, date: ref.date };
}

function preambleOf(clauses: ClauseRecord[]): CorpusClauses {
  const texts = (kind: string) =>
    clauses.filter((clause) => clause.kind === kind).map((clause) => clause.text);
  return { noting: texts('noting'), considering: texts('considering') };
}

function operativeOf(clauses: ClauseRecord[]): CorpusOperative {
  return clauses.map((clause) => ({ kind: clause.kind, text: clause.text }));
}

function motionOf(motion: MotionRecord): CorpusMotion {
  return {
    title: motion.title || null,
    submitters: motion.submitters,
    andOthers: motion.andOthers,
    topic: motion.topic,
    call: motion.call,
    proposal: motion.proposal,
    result: motion.result,
    percentage: motion.percentage,
    parts: motion.parts,
    preAdvice: motion.preAdvice,
    preamble: preambleOf(motion.preamble),
    operative: operativeOf(motion.operative),
    signatories: motion.signatories,
  };
}

function resolutionOf(resolution: ResolutionRecord): CorpusResolution {
  return {
    title: resolution.title || null,
    version: resolution.version,
    preamble: preambleOf(resolution.preamble),
    operative: operativeOf(resolution.operative),
    result: resolution.result,
    percentage: resolution.percentage,
  };
}

/** A warning whose code says the text is cut off. */
export function isTruncationWarning(warning: string): boolean {
  return /^truncated\b/.test(warning);
}

/** The analysis in corpus terms: `unknown` and `amendment` read as `other`, clauses split by kind, counts and truncation added. */
export function toCorpusView(analysis: FileAnalysis): CorpusView {
  const view: CorpusView = {
    // The corpus has no kind for amendments: its README reads an amendment as `other`.
    kind:
      analysis.kind === 'unknown' || analysis.kind === 'amendment' || analysis.kind === 'commitment-list'
        ? 'other'
        : analysis.kind,
    title: analysis.title,
    date: analysis.date,
    meeting: meetingOf(analysis.meeting),
    motions: analysis.motions.map(motionOf),
    resolutions: analysis.resolutions.map(resolutionOf),
    letter: analysis.letter ? { ...analysis.letter } : null,
    agreements: analysis.agreements.map(({ text, party, due }) => ({ text, party, due })),
    events: analysis.events.map(({ title, date, start, end, place }) => ({ title, date, start, end, place })),
    warnings: analysis.warnings,
    expectedCounts: { motions: analysis.motions.length, resolutions: analysis.resolutions.length },
    truncated: analysis.warnings.some(isTruncationWarning),
  };
  if (Array.isArray(analysis.letters)) view.letters = analysis.letters as Record<string, unknown>[];
  return view;
}
