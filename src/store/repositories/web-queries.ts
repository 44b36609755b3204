import { sql } from 'kysely';
import type { MotionStatus } from '../../domain/types.js';
import type { Executor } from '../database.js';
import { isPostgres } from '../engine.js';
import { type DraftsFilter, withDrafts } from './motions.js';

/**
 * Read models for the portal's overview pages: counts and short lists that no single repository owns.
 * Everything here is a read; writes go through the repositories and services.
 */

/** Motions that are still work for the board: adopted and not yet settled. */
export const OPEN_MOTION_STATUSES: MotionStatus[] = ['adopted', 'held'];

export type CountRow = { key: string | null; count: number };

/** Dutch alphabetical order for labels people read (case and accents second, capitals first on a tie). */
const DUTCH = new Intl.Collator('nl', { caseFirst: 'upper' });

const toCounts = (rows: { key: string | null; n: number | string | bigint }[]): CountRow[] =>
  rows.map((r) => ({ key: r.key, count: Number(r.n) }));

export async function countOpenMotionsByTopic(db: Executor, organisationId: string): Promise<CountRow[]> {
  const rows = await db
    .selectFrom('motions')
    .select(['topic as key', (eb) => eb.fn.countAll<number>().as('n')])
    .where('organisation_id', '=', organisationId)
    .where('status', 'in', OPEN_MOTION_STATUSES)
    .groupBy('topic')
    .orderBy('n', 'desc')
    .orderBy('topic')
    .execute();
  return toCounts(rows);
}

/** Open motions by the year they were adopted (or, lacking that, submitted): "open since 2022". */
export async function countOpenMotionsBySinceYear(db: Executor, organisationId: string): Promise<CountRow[]> {
  const since = sql<string>`substr(coalesce(decided_at, submitted_at, created_at), 1, 4)`;
  const rows = await db
    .selectFrom('motions')
    .select([since.as('key'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('organisation_id', '=', organisationId)
    .where('status', 'in', OPEN_MOTION_STATUSES)
    .groupBy(since)
    .orderBy(since)
    .execute();
  return toCounts(rows);
}

export type MotionFacets = {
  status: { key: MotionStatus; count: number }[];
  topic: CountRow[];
  year: CountRow[];
  meeting: { id: string; title: string; date: string; count: number }[];
  submitter: { id: string; name: string; count: number }[];
};

/** Options for the motion list's filters, with how many motions each has (of the drafts, only those included). */
export async function motionFacets(
  db: Executor,
  organisationId: string,
  drafts: DraftsFilter = 'all',
): Promise<MotionFacets> {
  const count = sql<number>`count(*)`;
  const motions = () =>
    withDrafts(
      db.selectFrom('motions').where('motions.organisation_id', '=', organisationId),
      drafts,
      isPostgres(db),
    );
  const [status, topic, meetingRows, submitterRows] = await Promise.all([
    motions()
      .select(['motions.status as key', count.as('n')])
      .groupBy('motions.status')
      .orderBy('motions.status')
      .execute(),
    motions()
      .select(['motions.topic as key', count.as('n')])
      .groupBy('motions.topic')
      .execute(),
    motions()
      .innerJoin('meetings', 'meetings.id', 'motions.meeting_id')
      .select(['meetings.id', 'meetings.title', 'meetings.date', count.as('n')])
      .groupBy(['meetings.id', 'meetings.title', 'meetings.date'])
      .orderBy('meetings.date', 'desc')
      .execute(),
    motions()
      .innerJoin('motion_submitters', 'motion_submitters.motion_id', 'motions.id')
      .innerJoin('members', 'members.id', 'motion_submitters.member_id')
      .select(['members.id', 'members.name', count.as('n')])
      .groupBy(['members.id', 'members.name'])
      .orderBy('members.name')
      .execute(),
  ]);
  const years = new Map<string, number>();
  for (const m of meetingRows) {
    const year = m.date.slice(0, 4);
    years.set(year, (years.get(year) ?? 0) + Number(m.n));
  }
  return {
    status: status.map((r) => ({ key: r.key, count: Number(r.n) })),
    // Sorted here, not by the engine: SQLite compares bytes ("Zorg" before "financiën"), PostgreSQL by collation.
    topic: toCounts(topic)
      .filter((t) => t.key !== null)
      .sort((a, b) => DUTCH.compare(a.key ?? '', b.key ?? '')),
    year: [...years].sort((a, b) => b[0].localeCompare(a[0])).map(([key, n]) => ({ key, count: n })),
    meeting: meetingRows.map((m) => ({ id: m.id, title: m.title, date: m.date, count: Number(m.n) })),
    submitter: submitterRows.map((s) => ({ id: s.id, name: s.name, count: Number(s.n) })),
  };
}

export type ConditionalClause = {
  clauseId: string;
  number: number;
  text: string;
  resolutionId: string;
  resolutionTitle: string;
  versionNumber: number;
};

/** Resolution clauses whose condition is this agreement ("als het kabinet … niet nakomt"). */
export async function listClausesConditionalOn(
  db: Executor,
  organisationId: string,
  agreementId: string,
): Promise<ConditionalClause[]> {
  const rows = await db
    .selectFrom('clauses as c')
    .innerJoin('resolution_versions as v', 'v.id', 'c.resolution_version_id')
    .innerJoin('resolutions as r', 'r.id', 'v.resolution_id')
    .select(['c.id', 'c.number', 'c.text', 'r.id as resolution_id', 'r.title', 'v.number as version_number'])
    .where('c.organisation_id', '=', organisationId)
    .where('c.condition_agreement_id', '=', agreementId)
    .where('v.published_at', 'is not', null)
    .orderBy('r.title')
    .orderBy('v.number')
    .execute();
  return rows.map((r) => ({
    clauseId: r.id,
    number: r.number,
    text: r.text,
    resolutionId: r.resolution_id,
    resolutionTitle: r.title,
    versionNumber: r.version_number,
  }));
}

/** How many published motions each member (co-)submitted, by member id. */
export async function countMotionsByMember(
  db: Executor,
  organisationId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('motion_submitters')
    .innerJoin('motions', 'motions.id', 'motion_submitters.motion_id')
    .select(['motion_submitters.member_id', sql<number>`count(distinct motion_submitters.motion_id)`.as('n')])
    .where('motion_submitters.organisation_id', '=', organisationId)
    .where('motion_submitters.member_id', 'is not', null)
    .where('motions.status', '!=', 'draft')
    .groupBy('motion_submitters.member_id')
    .execute();
  return new Map(rows.map((r) => [r.member_id!, Number(r.n)]));
}

/** Which of these motions and resolutions (at most the thousand matches a search page looks at) are concepts. */
export async function listDraftIdsAmong(
  db: Executor,
  organisationId: string,
  ids: { motion: readonly string[]; resolution: readonly string[] },
): Promise<{ motion: string[]; resolution: string[] }> {
  const drafts = (table: 'motions' | 'resolutions', among: readonly string[]) =>
    among.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom(table)
          .select('id')
          .where('organisation_id', '=', organisationId)
          .where('status', '=', 'draft')
          .where('id', 'in', [...among])
          .execute();
  const [motions, resolutions] = await Promise.all([
    drafts('motions', ids.motion),
    drafts('resolutions', ids.resolution),
  ]);
  return { motion: motions.map((r) => r.id), resolution: resolutions.map((r) => r.id) };
}

const TITLE_SOURCES = {
  motion: { table: 'motions', column: 'title' },
  resolution: { table: 'resolutions', column: 'title' },
  agreement: { table: 'agreements', column: 'text' },
  letter: { table: 'letters', column: 'subject' },
  meeting: { table: 'meetings', column: 'title' },
} as const;
export type TitledKind = keyof typeof TITLE_SOURCES;

/** Display titles of records of one kind, by id (for lists of links such as "records from this document"). */
export async function titlesOf(
  db: Executor,
  organisationId: string,
  kind: TitledKind,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { table, column } = TITLE_SOURCES[kind];
  const rows = await db
    .selectFrom(table)
    .select(['id', sql<string>`${sql.ref(column)}`.as('title')])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.title]));
}
