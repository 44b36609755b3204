import type { CorpusView } from './corpus-view.js';
import {
  enumMatches,
  meetingKindKey,
  namesMatch,
  referenceMatches,
  textMatches,
  titleMatches,
} from './text-match.js';

/** One value of an expected file, compared with what the importer produced. */
export type Check = { field: string; ok: boolean; expected: unknown; produced: unknown };

type Json = Record<string, unknown>;
type Out = { checks: Check[]; truncated: boolean };

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const absent = (value: unknown) => value === null || value === undefined;

function push(out: Out, field: string, ok: boolean, expected: unknown, produced: unknown): void {
  out.checks.push({ field, ok, expected, produced });
}

/** Rule 1: `null` expects null or nothing; otherwise the given rule decides. */
function scalar(
  out: Out,
  field: string,
  expected: unknown,
  produced: unknown,
  rule: (expected: never, produced: unknown) => boolean,
): void {
  const ok = expected === null ? absent(produced) : rule(expected as never, produced);
  push(out, field, ok, expected, produced);
}

const exact = (expected: unknown, produced: unknown) => expected === produced;
const near = (expected: number, produced: unknown) =>
  typeof produced === 'number' && Math.abs(produced - expected) <= 0.005;

/**
 * Rule 6: same length and order, element by element as free text (operative clauses also by kind).
 * A truncated text may leave one extra, partial element at the end. `[]` expects no clause at all.
 */
function clauseList(out: Out, field: string, expected: unknown, produced: unknown[]): void {
  if (!Array.isArray(expected)) return;
  const allowed = out.truncated ? [expected.length, expected.length + 1] : [expected.length];
  if (expected.length === 0) {
    push(out, field, produced.length === 0, expected, produced);
    return;
  }
  expected.forEach((item, index) => {
    const got = produced[index];
    const ok = isObject(item)
      ? isObject(got) &&
        (item.kind === undefined || enumMatches(String(item.kind), got.kind)) &&
        (item.text === undefined || textMatches(String(item.text), got.text))
      : textMatches(String(item), got);
    push(out, `${field}[${index}]`, ok, item, got);
  });
  push(out, `${field}.length`, allowed.includes(produced.length), expected.length, produced.length);
}

function preamble(out: Out, field: string, expected: unknown, produced: Json | undefined): void {
  if (!isObject(expected)) return;
  for (const key of ['noting', 'considering'] as const) {
    if (key in expected) {
      const list = Array.isArray(produced?.[key]) ? (produced[key] as unknown[]) : [];
      clauseList(out, `${field}.${key}`, expected[key], list);
    }
  }
}

function parts(out: Out, field: string, expected: unknown, produced: unknown): void {
  if (!Array.isArray(expected)) return;
  const got = Array.isArray(produced) ? produced : [];
  const ok =
    got.length === expected.length &&
    expected.every((part, index) => {
      const mine = got[index] as Json;
      if (!isObject(part) || !isObject(mine)) return false;
      const result = absent(part.result)
        ? absent(mine.result)
        : enumMatches(String(part.result), mine.result);
      const percentage = absent(part.percentage)
        ? absent(mine.percentage)
        : near(Number(part.percentage), mine.percentage);
      return result && percentage;
    });
  push(out, field, ok, expected, produced);
}

/** The fields of one motion or resolution (rules 3–8). */
function compareItem(parent: Out, prefix: string, expected: Json, produced: Json | undefined): void {
  const out: Out = { checks: [], truncated: parent.truncated };
  const got = produced ?? {};
  for (const [key, want] of Object.entries(expected)) {
    const field = `${prefix}.${key}`;
    const value = got[key];
    switch (key) {
      case 'title':
        scalar(out, field, want, value, (e: string, p) => titleMatches(e, p as string));
        break;
      case 'submitters':
      case 'signatories':
        scalar(out, field, want, value, (e: string[], p) => namesMatch(e, p));
        break;
      case 'andOthers':
        push(out, field, value === want || (want === false && absent(value)), want, value);
        break;
      case 'topic':
      case 'call':
        scalar(out, field, want, value, (e: string, p) => textMatches(e, p));
        break;
      case 'proposal':
      case 'result':
      case 'preAdvice':
      case 'version':
        scalar(out, field, want, value, (e: string, p) => enumMatches(e, p));
        break;
      case 'percentage':
        scalar(out, field, want, value, near);
        break;
      case 'parts':
        parts(out, field, want, value);
        break;
      case 'preamble':
        preamble(out, field, want, isObject(value) ? value : undefined);
        break;
      case 'operative':
        clauseList(out, field, want, Array.isArray(value) ? value : []);
        break;
      default:
        break;
    }
  }
  for (const check of out.checks) parent.checks.push(produced ? check : { ...check, ok: false });
}

/** One-to-one pairing: the highest scores first; a score of 0 never pairs. */
function pair<P>(expected: Json[], produced: P[], score: (e: Json, p: P) => number): (P | undefined)[] {
  const options: { i: number; j: number; score: number }[] = [];
  expected.forEach((e, i) => {
    produced.forEach((p, j) => {
      const value = score(e, p);
      if (value > 0) options.push({ i, j, score: value });
    });
  });
  options.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const result: (P | undefined)[] = expected.map(() => undefined);
  const taken = new Set<number>();
  for (const option of options) {
    if (result[option.i] !== undefined || taken.has(option.j)) continue;
    result[option.i] = produced[option.j];
    taken.add(option.j);
  }
  return result;
}

/** Rule 7: by title (submitters decide between equal titles); untitled by submitters, then topic. */
function motionScore(expected: Json, produced: Json): number {
  const submitters = Array.isArray(expected.submitters) ? (expected.submitters as string[]) : null;
  const sameSubmitters = submitters !== null && namesMatch(submitters, produced.submitters);
  const about = (['topic', 'call'] as const).some(
    (key) => typeof expected[key] === 'string' && textMatches(expected[key] as string, produced[key]),
  );
  if (typeof expected.title === 'string') {
    if (!titleMatches(expected.title, produced.title as string | null)) return 0;
    return 4 + (sameSubmitters ? 2 : 0) + (about ? 1 : 0);
  }
  if (submitters !== null) return sameSubmitters ? 2 + (about ? 1 : 0) : 0;
  if (about) return 1;
  // Nothing to pair by (an untitled members' meeting motion): any motion left over, in order.
  const nothing = !['topic', 'call'].some((key) => typeof expected[key] === 'string');
  return nothing ? 0.5 : 0;
}

function items(out: Out, name: 'motions' | 'resolutions', expected: unknown, produced: Json[]): void {
  if (!Array.isArray(expected)) return;
  if (expected.length === 0) {
    push(out, name, produced.length === 0, [], produced.length);
    return;
  }
  const wanted = expected.filter(isObject);
  const paired = pair(wanted, produced, motionScore);
  wanted.forEach((item, index) => {
    const label = typeof item.title === 'string' ? item.title : (item.submitters ?? index);
    compareItem(out, `${name}[${JSON.stringify(label)}]`, item, paired[index]);
  });
}

function counts(out: Out, expected: unknown, view: CorpusView): void {
  if (!isObject(expected)) return;
  for (const key of ['motions', 'resolutions'] as const) {
    if (typeof expected[key] !== 'number') continue;
    const want = expected[key] as number;
    const got = view.expectedCounts[key];
    const ok = got === want || (out.truncated && got === want + 1 && view.warnings.length > 0);
    push(out, `expectedCounts.${key}`, ok, want, got);
  }
}

function letter(parent: Out, field: string, expected: unknown, produced: unknown): void {
  if (expected === null) {
    push(parent, field, absent(produced), null, produced);
    return;
  }
  if (!isObject(expected)) return;
  const out: Out = { checks: [], truncated: parent.truncated };
  const got = isObject(produced) ? produced : {};
  for (const [key, want] of Object.entries(expected)) {
    const rule =
      key === 'reference' || key === 'number'
        ? (e: string, p: unknown) => referenceMatches(e, p)
        : key === 'date'
          ? exact
          : (e: string, p: unknown) => textMatches(e, p);
    scalar(out, `${field}.${key}`, want, got[key], rule);
  }
  const found = isObject(produced);
  for (const check of out.checks) parent.checks.push(found ? check : { ...check, ok: false });
}

/** Rule 11: agreements pair by text, then `due` exact and `party` as free text. */
function agreements(out: Out, expected: unknown, produced: CorpusView['agreements']): void {
  if (!Array.isArray(expected)) return;
  if (expected.length === 0) {
    push(out, 'agreements', produced.length === 0, [], produced.length);
    return;
  }
  const wanted = expected.filter(isObject);
  const paired = pair(wanted, produced, (e, p) =>
    typeof e.text === 'string' && textMatches(e.text, p.text) ? 1 + (e.due === p.due ? 1 : 0) : 0,
  );
  wanted.forEach((item, index) => {
    const got = paired[index];
    const prefix = `agreements[${JSON.stringify(item.text)}]`;
    push(out, `${prefix}.text`, got !== undefined, item.text, got?.text);
    if ('due' in item)
      push(out, `${prefix}.due`, got !== undefined && (item.due ?? null) === got.due, item.due, got?.due);
    if ('party' in item)
      scalar(
        out,
        `${prefix}.party`,
        item.party,
        got?.party,
        (e: string, p) => got !== undefined && textMatches(e, p),
      );
  });
}

/** Rule 11: events pair by date and start (or date alone); the title counts only between twins. */
function events(out: Out, expected: unknown, produced: CorpusView['events']): void {
  if (!Array.isArray(expected)) return;
  if (expected.length === 0) {
    push(out, 'events', produced.length === 0, [], produced.length);
    return;
  }
  const wanted = expected.filter(isObject);
  const paired = pair(wanted, produced, (e, p) => {
    if (e.date !== p.date) return 0;
    if (typeof e.start === 'string' && e.start !== p.start) return 0;
    return 1 + (typeof e.title === 'string' && textMatches(e.title, p.title) ? 1 : 0);
  });
  wanted.forEach((item, index) => {
    const got = paired[index];
    const prefix = `events[${String(item.date)} ${String(item.start ?? '')}]`.replace(' ]', ']');
    const twins = wanted.filter((other) => other.date === item.date && other.start === item.start).length > 1;
    for (const [key, want] of Object.entries(item)) {
      if (key === 'title' && !twins) continue;
      const value = got?.[key as keyof typeof got];
      const rule = key === 'place' || key === 'title' ? (e: string, p: unknown) => textMatches(e, p) : exact;
      scalar(out, `${prefix}.${key}`, want, value, (e: never, p) => got !== undefined && rule(e, p));
    }
  });
}

/** Rule 11: listing pages are compared in page order, field by field, only when the importer lists letters. */
function letters(out: Out, expected: unknown, produced: CorpusView['letters']): void {
  if (!Array.isArray(expected) || !produced) return;
  expected.forEach((item, index) => {
    letter(out, `letters[${index}]`, item, produced[index]);
  });
}

/**
 * Every value of an expected file against the importer's view of the same document
 * (corpus README, rules 1–12). Fields the expected file leaves out are not checked.
 */
export function compareDocument(expected: Json, view: CorpusView): Check[] {
  const out: Out = { checks: [], truncated: expected.truncated === true };
  for (const [key, want] of Object.entries(expected)) {
    switch (key) {
      case 'kind':
        push(out, 'kind', enumMatches(String(want), view.kind), want, view.kind);
        break;
      case 'title':
        scalar(out, 'title', want, view.title, (e: string, p) => titleMatches(e, p as string));
        break;
      case 'date':
        scalar(out, 'date', want, view.date, exact);
        break;
      case 'meeting':
        if (want === null || !isObject(want)) push(out, 'meeting', absent(view.meeting), want, view.meeting);
        else {
          if ('kind' in want)
            scalar(out, 'meeting.kind', want.kind, view.meeting?.kind, (e: string, p) =>
              typeof p === 'string' ? meetingKindKey(e) === meetingKindKey(p) : false,
            );
          if ('date' in want) scalar(out, 'meeting.date', want.date, view.meeting?.date, exact);
        }
        break;
      case 'motions':
      case 'resolutions':
        items(out, key, want, view[key] as unknown as Json[]);
        break;
      case 'letter':
        letter(out, 'letter', want, view.letter);
        break;
      case 'letters':
        letters(out, want, view.letters);
        break;
      case 'agreements':
        agreements(out, want, view.agreements);
        break;
      case 'events':
        events(out, want, view.events);
        break;
      case 'warnings':
        if (Array.isArray(want))
          push(out, 'warnings', view.warnings.length >= want.length, want.length, view.warnings.length);
        break;
      case 'expectedCounts':
        counts(out, want, view);
        break;
      case 'truncated':
        push(out, 'truncated', want === view.truncated, want, view.truncated);
        break;
      default:
        break;
    }
  }
  return out.checks;
}
