import type { DateContext } from '../dutch-dates.js';
import { parseMeetingRef } from '../meetings.js';
import type { MunicipalityIndex } from '../municipalities.js';
import { type Submitters, splitSubmitters } from '../submitters.js';
import type { MeetingRef } from '../types.js';
import { firstQuoted } from './quotes.js';

export type MotionReference = {
  title: string;
  submitters: Submitters;
  /** The meeting written after the title: "(ALV 26 juni 2024)", "aangenomen in Najaars ALV 1 december 2023". */
  meeting: MeetingRef | null;
  /** Text after the title and meeting (a result, a pre-advice…). */
  after: string;
};

const LEADING =
  /^(?:[-–—•·*]\s*|\d{1,3}[.)]?\s+)?(?:motie\s+en\s+indieners?\s*:?\s*)?(?:motie\s*(?:nr\.?\s*)?(?:\d+[a-z]?\s*[:.-]?\s*)?)?/i;

/**
 * "Motie Almere en Tilburg “Een uitvoerbaar … deel II” (ALV 29 juni 2022)": submitters before the
 * quoted title, the meeting after it. Null when there is no quoted title.
 */
export function parseMotionReference(
  text: string,
  municipalities: MunicipalityIndex,
  dates: DateContext,
): MotionReference | null {
  // Kind detection and the recognisers ask about the same lines: remember the answers per index.
  let cache = CACHE.get(municipalities);
  if (!cache || cache.size > 10_000) {
    cache = new Map();
    CACHE.set(municipalities, cache);
  }
  const key = `${dates.reference ?? ''}|${text}`;
  if (!cache.has(key)) cache.set(key, readMotionReference(text, municipalities, dates));
  return cache.get(key) ?? null;
}

const CACHE = new WeakMap<MunicipalityIndex, Map<string, MotionReference | null>>();

function readMotionReference(
  text: string,
  municipalities: MunicipalityIndex,
  dates: DateContext,
): MotionReference | null {
  const quoted = firstQuoted(text.replace(LEADING, ''));
  if (!quoted || quoted.inner.length < 3) return null;
  const submitterText = quoted.before
    .replace(LEADING, '')
    .replace(/[:,-]\s*$/, '')
    .trim();
  if (submitterText.length > 120) return null;
  const parenthetical = /^\(([^)]*)\)\s*/.exec(quoted.after);
  const meetingText = parenthetical ? parenthetical[1] : quoted.after;
  const meeting = parseMeetingRef(meetingText.slice(0, 80), dates);
  return {
    title: quoted.inner.replace(/\s+/g, ' '),
    submitters: splitSubmitters(submitterText, municipalities),
    meeting: meeting?.kind || meeting?.date ? meeting : null,
    after: (parenthetical ? quoted.after.slice(parenthetical[0].length) : quoted.after).trim(),
  };
}

/** Titles drift slightly between documents: compare on letters and digits only. */
export function titleKey(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function sameTitle(a: string, b: string): boolean {
  const left = titleKey(a);
  const right = titleKey(b);
  if (left === right) return true;
  const shorter = left.length < right.length ? left : right;
  const longer = left.length < right.length ? right : left;
  return shorter.length >= 12 && longer.startsWith(shorter.slice(0, Math.max(12, shorter.length - 3)));
}
