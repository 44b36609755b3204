import type { MotionRecord, Provenance } from '../types.js';

/** A motion record with every field of the contract present; callers fill in what they found. */
export function blankMotion(title: string, source: Provenance): MotionRecord {
  return {
    title,
    submitters: [],
    andOthers: false,
    topic: null,
    adoptedAt: null,
    call: null,
    accountability: null,
    proposal: null,
    result: null,
    percentage: null,
    parts: [],
    preAdvice: null,
    preamble: [],
    operative: [],
    signatories: [],
    members: [],
    source,
  };
}
