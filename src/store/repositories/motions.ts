import { type Expression, type ExpressionBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { MotionPartStatus, MotionStatus } from '../../domain/types.js';
import { appendAuditEvent, isAuditDeferred, type WriteContext } from '../audit.js';
import { chunks, IDS_PER_QUERY, readGroupedByParent } from '../batches.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import { isPostgres } from '../engine.js';
import { ConflictError } from '../errors.js';
import { assertReferences } from '../references.js';
import type {
  Database,
  MotionPartRow,
  MotionRow,
  MotionSubmitterRow,
  MotionTransitionRow,
} from '../schema.js';
import { inTransaction } from '../transaction.js';
import { flushWriteBuffer, insertBuffered } from '../write-buffer.js';
import type { MatchFilter } from './search-index.js';
import {
  columnChanges,
  containsText,
  fetchPage,
  fetchRows,
  fromJsonText,
  insertAudited,
  keysetOf,
  type ListResult,
  type Page,
  parseSort,
  type Sort,
  type SortSpec,
  selectScoped,
  toJsonText,
  updateAudited,
} from './shared.js';

/** A signatory as written under the motion, with the party written beside the name. */
export type MotionSignatory = { name: string; party: string | null };
/** The meeting of another body a motion was submitted to (not one of the register's meetings). */
export type SourceMeeting = {
  kind: string | null;
  date: string | null;
  place: string | null;
  agendaItem: { number: string | null; title: string | null } | null;
};

export type MotionRecord = Omit<
  Camelize<MotionRow>,
  'andOthers' | 'byAcclamation' | 'published' | 'signatories' | 'sourceMeeting'
> & {
  andOthers: boolean;
  byAcclamation: boolean;
  published: boolean;
  signatories: MotionSignatory[];
  sourceMeeting: SourceMeeting | null;
};
export type SubmitterRecord = { position: number; memberId: string | null; name: string };
export type MotionPartRecord = Omit<Camelize<MotionPartRow>, 'byAcclamation'> & { byAcclamation: boolean };
export type MotionTransitionRecord = Camelize<MotionTransitionRow>;
export type MotionWithSubmitters = MotionRecord & { submitters: SubmitterRecord[] };

export const toMotionRecord = (row: MotionRow): MotionRecord => ({
  ...camelize(row),
  andOthers: row.and_others === 1,
  byAcclamation: row.by_acclamation === 1,
  published: row.published === 1,
  signatories: fromJsonText(row.signatories, []),
  sourceMeeting: fromJsonText(row.source_meeting, null),
});

/** The columns read from the archive (issue 10.3), as a motion row carries them; all null when not given. */
export function archiveColumns(
  input: ArchiveDetails,
): Pick<
  MotionRow,
  | 'explanation'
  | 'introduction'
  | 'closing'
  | 'signatories'
  | 'source_meeting'
  | 'portfolio_holder'
  | 'due_date'
  | 'settled_on'
  | 'progress'
> {
  return {
    explanation: input.explanation ?? null,
    introduction: input.introduction ?? null,
    closing: input.closing ?? null,
    signatories: input.signatories?.length ? toJsonText(input.signatories) : null,
    source_meeting: input.sourceMeeting ? toJsonText(input.sourceMeeting) : null,
    portfolio_holder: input.portfolioHolder ?? null,
    due_date: input.dueDate ?? null,
    settled_on: input.settledOn ?? null,
    progress: input.progress ?? null,
  };
}

/** What documents in the archive add to a motion: explanation, procedure, signatories, another body's meeting, monitor fields. */
export type ArchiveDetails = {
  explanation?: string | null;
  introduction?: string | null;
  closing?: string | null;
  signatories?: MotionSignatory[];
  sourceMeeting?: SourceMeeting | null;
  portfolioHolder?: string | null;
  dueDate?: string | null;
  settledOn?: string | null;
  progress?: string | null;
};

export type NewMotion = ArchiveDetails & {
  id?: string;
  number?: string | null;
  title: string;
  topic?: string | null;
  call?: string | null;
  body?: string | null;
  status?: MotionStatus;
  andOthers?: boolean;
  meetingId?: string | null;
  agendaItemId?: string | null;
  submittedAt?: string | null;
  decidedAt?: string | null;
  voteResult?: string | null;
  votePercentage?: number | null;
  byAcclamation?: boolean;
  submitters: { memberId?: string | null; name: string }[];
  parts?: {
    number: number;
    text?: string | null;
    status: MotionPartStatus;
    voteResult?: string | null;
    votePercentage?: number | null;
  }[];
};

/** Inserts a motion with its submitters and parts; the audit event is written in the same transaction. */
export async function createMotion(
  db: Executor,
  ctx: WriteContext,
  input: NewMotion,
): Promise<MotionWithSubmitters> {
  return createMotionThrough(db, ctx, input, []);
}

/**
 * A new motion taken at once through status changes (the importer's back-dated path, each step from the status
 * before, the first from the new motion's): the motion is inserted with the status and columns its last step leaves,
 * its transition rows with it, and one audit event, `motion.created`, whose new values carry the steps
 * (`transitions`: from, to, when and why, as a `motion.transitioned` event would): one write, one event (ADR 046).
 * The rows are those of createMotion and then recordMotionTransitions.
 */
export async function createMotionThrough(
  db: Executor,
  ctx: WriteContext,
  input: NewMotion,
  changes: Omit<MotionStatusChange, 'motionId'>[],
): Promise<MotionWithSubmitters> {
  return inTransaction(db, async (trx) => {
    const at = nowIso();
    const row: MotionRow = {
      id: input.id ?? newId(),
      organisation_id: ctx.organisationId,
      number: input.number ?? null,
      title: input.title,
      topic: input.topic ?? null,
      call: input.call ?? null,
      body: input.body ?? null,
      status: input.status ?? 'draft',
      and_others: input.andOthers ? 1 : 0,
      meeting_id: input.meetingId ?? null,
      agenda_item_id: input.agendaItemId ?? null,
      submitted_at: input.submittedAt ?? null,
      decided_at: input.decidedAt ?? null,
      vote_result: input.voteResult ?? null,
      vote_percentage: input.votePercentage ?? null,
      by_acclamation: input.byAcclamation ? 1 : 0,
      published: 1,
      ...archiveColumns(input),
      created_at: at,
      updated_at: at,
    };
    const steps = changes.map((change) => ({ change: { ...change, motionId: row.id }, at: change.at ?? at }));
    for (const [index, { change }] of steps.entries())
      if (change.from !== (index === 0 ? row.status : steps[index - 1].change.to))
        throw new Error(
          'createMotionThrough: steps each from the status before, the first from the new motion',
        );
    for (const { change, at: when } of steps) transitionSet(change, when, row);
    await assertReferences(trx, 'motions', ctx.organisationId, row);
    await insertAudited(trx, ctx, 'motions', row, {
      action: 'motion.created',
      entityKind: 'motion',
      newValues: steps.length > 0 ? { ...input, transitions: steps.map(transitionValues) } : input,
    });
    const submitters: MotionSubmitterRow[] = input.submitters.map((s, i) => ({
      id: newId(),
      organisation_id: ctx.organisationId,
      motion_id: row.id,
      position: i + 1,
      member_id: s.memberId ?? null,
      name: s.name,
    }));
    await assertReferences(trx, 'motion_submitters', ctx.organisationId, submitters);
    await insertBuffered(trx, 'motion_submitters', submitters);
    for (const part of input.parts ?? []) {
      await trx
        .insertInto('motion_parts')
        .values({
          id: newId(),
          organisation_id: ctx.organisationId,
          motion_id: row.id,
          number: part.number,
          text: part.text ?? null,
          status: part.status,
          vote_result: part.voteResult ?? null,
          vote_percentage: part.votePercentage ?? null,
          by_acclamation: 0,
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
    if (steps.length > 0) await insertTransitionRows(trx, ctx, steps);
    return { ...toMotionRecord(row), submitters: submitters.map(toSubmitter) };
  });
}

const toSubmitter = (s: MotionSubmitterRow): SubmitterRecord => ({
  position: s.position,
  memberId: s.member_id,
  name: s.name,
});

export async function getMotion(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<MotionWithSubmitters | undefined> {
  const row = await selectScoped(db, 'motions', organisationId, id);
  if (!row) return undefined;
  const [withSubmitters] = await attachSubmitters(db, [row]);
  return withSubmitters;
}

/** The parts of several motions at once (a meeting's agenda), each motion's by number. */
export async function listPartsOfMotions(
  db: Executor,
  motionIds: readonly string[],
): Promise<Map<string, MotionPartRecord[]>> {
  return readGroupedByParent(
    motionIds,
    (slice) =>
      db
        .selectFrom('motion_parts')
        .selectAll()
        .where('motion_id', 'in', slice)
        .orderBy('motion_id')
        .orderBy('number')
        .execute(),
    (r) => r.motion_id,
    (r): MotionPartRecord => ({ ...camelize(r), byAcclamation: r.by_acclamation === 1 }),
  );
}

export async function listMotionParts(db: Executor, motionId: string): Promise<MotionPartRecord[]> {
  return (await listPartsOfMotions(db, [motionId])).get(motionId) ?? [];
}

export async function listMotionTransitions(
  db: Executor,
  motionId: string,
): Promise<MotionTransitionRecord[]> {
  await flushWriteBuffer(db);
  const rows = await db
    .selectFrom('motion_transitions')
    .selectAll()
    .where('motion_id', '=', motionId)
    .orderBy('at')
    .execute();
  return inChainOrder(rows.map(camelize));
}

/**
 * Transitions in the order the statuses follow each other: by date, except that a step recorded after the
 * fact (a motion submitted today for a meeting that was held last year, its adoption dated by that meeting)
 * still follows the step it leads on from.
 */
export function inChainOrder(byDate: MotionTransitionRecord[]): MotionTransitionRecord[] {
  const rest = [...byDate];
  const ordered: MotionTransitionRecord[] = [];
  let current: string | null = null;
  while (rest.length > 0) {
    let next = rest.findIndex((t) => t.fromStatus === current);
    // No step leads on: the chain starts again where no other step arrives (the first one recorded).
    if (next === -1) next = rest.findIndex((t) => !rest.some((o) => o !== t && o.toStatus === t.fromStatus));
    const [step] = rest.splice(Math.max(next, 0), 1);
    ordered.push(step);
    current = step.toStatus;
  }
  return ordered;
}

/**
 * Which drafts (concept motions) a list includes: all of them, none, or only those a member (co-)submitted.
 * Every other status is always included; `status` narrows further.
 */
export type DraftsFilter = 'all' | 'none' | { memberId: string };

export type MotionFilter = {
  status?: MotionStatus[];
  /** Default 'all': callers that serve readers decide this from the reader (src/services/visibility.ts). */
  drafts?: DraftsFilter;
  topic?: string;
  memberId?: string;
  meetingId?: string;
  year?: number;
  /** Plain substring match on title, topic and call; the search module offers stemmed full-text search. */
  q?: string;
  ids?: string[];
  /** Ids as a subquery (e.g. `searchIdsQuery` of src/search): one bind parameter however many match. */
  idsIn?: Expression<string>;
  /** Count at most this many (the list then says `totalIsLowerBound`), as search does for a common word. */
  countBound?: number;
  /**
   * A full-text match (`searchFilter` of src/search): counted up to SEARCH_COUNT_BOUND ("meer dan 1.000") and,
   * for a common word, paged by walking the list in its index order (docs/adr/019-bounded-search-lists.md).
   */
  search?: MatchFilter;
};
export type MotionSortKey = 'created' | 'title' | 'submitted';
export type MotionSort = Sort<MotionSortKey>;
export type { Page } from './shared.js';

const SORT_COLUMNS: Record<MotionSortKey, string> = {
  created: 'created_at',
  title: 'title',
  submitted: 'submitted_at',
};
/** Never empty, so ordered without NULLS LAST and served by the (organisation_id, created_at) index. */
const NOT_NULL_SORTS: MotionSortKey[] = ['created', 'title'];

/**
 * Whether a motion is one the member submitted, as an uncorrelated IN list (see `filtered`). On PostgreSQL as
 * `= any(array(…))`: the member's motions are listed first and then read by primary key. As an IN list PostgreSQL
 * turned it into a semi-join and walked the register newest first, probing every motion's submitters until a page
 * was found (a member's page at 100,000 motions: 30 ms, 18,000 motions probed), and with a search term (a member's
 * drafts shown with the rest) it hashed every match before counting them (47 ms; docs/benchmarks.md).
 */
function submittedByMember(
  eb: ExpressionBuilder<Database, 'motions'>,
  memberId: string,
  postgres: boolean,
): Expression<SqlBool> {
  const theirs = eb
    .selectFrom('motion_submitters')
    .select('motion_submitters.motion_id')
    .where('motion_submitters.member_id', '=', memberId);
  return postgres
    ? sql<SqlBool>`${sql.ref('motions.id')} = any(array(${theirs}))`
    : eb('motions.id', 'in', theirs);
}

/** Leaves out the drafts the filter does not include (see DraftsFilter). */
// biome-ignore lint/suspicious/noExplicitAny: any select that has the motions table in scope
export function withDrafts<Q extends SelectQueryBuilder<Database, 'motions', any>>(
  q: Q,
  drafts: DraftsFilter,
  /** The engine (isPostgres): a member's drafts are written for its planner. */
  postgres: boolean,
): Q {
  if (drafts === 'all') return q;
  if (drafts === 'none') return q.where('motions.status', '!=', 'draft') as Q;
  const memberId = drafts.memberId;
  return q.where((eb) =>
    eb.or([eb('motions.status', '!=', 'draft'), submittedByMember(eb, memberId, postgres)]),
  ) as Q;
}

function filtered(db: Executor, organisationId: string, f: MotionFilter) {
  let q = db.selectFrom('motions').where('motions.organisation_id', '=', organisationId);
  if (f.status && f.status.length > 0) q = q.where('motions.status', 'in', f.status);
  q = withDrafts(q, f.drafts ?? 'all', isPostgres(db));
  if (f.topic) q = q.where('motions.topic', '=', f.topic);
  if (f.meetingId) q = q.where('motions.meeting_id', '=', f.meetingId);
  if (f.ids) q = q.where('motions.id', 'in', f.ids.length > 0 ? f.ids : ['']);
  if (f.idsIn) q = q.where('motions.id', 'in', f.idsIn);
  if (f.year) {
    const year = String(f.year);
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('meetings')
          .select('meetings.id')
          .whereRef('meetings.id', '=', 'motions.meeting_id')
          .where('meetings.date', '>=', `${year}-01-01`)
          .where('meetings.date', '<=', `${year}-12-31`),
      ),
    );
  }
  // An uncorrelated IN list: SQLite evaluates it once (a correlated EXISTS probed the member index per motion,
  // seconds at 100k motions; see bench/motions-store.bench.ts).
  if (f.memberId) {
    const { memberId } = f;
    q = q.where((eb) => submittedByMember(eb, memberId, isPostgres(db)));
  }
  if (f.q) q = q.where(containsText(f.q, ['motions.title', 'motions.topic', 'motions.call']));
  return q;
}

/**
 * The submitters of each listed motion as a JSON array, in the page's own query (one query per page): a
 * correlated aggregate over motion_submitters (motion_id index), ordered by position on both engines.
 */
function submittersJson(db: Executor) {
  const postgres = isPostgres(db);
  return postgres
    ? sql<unknown>`(select coalesce(json_agg(json_build_object('position', s.position, 'memberId', s.member_id,
        'name', s.name) order by s.position), '[]'::json)
        from motion_submitters s where s.motion_id = motions.id)`.as('submitters_json')
    : sql<unknown>`(select json_group_array(json_object('position', s.position, 'memberId', s.member_id,
        'name', s.name) order by s.position)
        from motion_submitters s where s.motion_id = motions.id)`.as('submitters_json');
}

/** Submitters as the page query aggregated them (PostgreSQL gives parsed JSON, SQLite text). */
function fromSubmittersJson(value: unknown): SubmitterRecord[] {
  const list = (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as SubmitterRecord[];
  return list.map((s) => ({ position: Number(s.position), memberId: s.memberId ?? null, name: s.name }));
}

/** The submitters of each motion, in order, fetched in one query. */
async function attachSubmitters(db: Executor, rows: MotionRow[]): Promise<MotionWithSubmitters[]> {
  const ids = rows.map((r) => r.id);
  await flushWriteBuffer(db);
  const submitters =
    ids.length === 0
      ? []
      : await db
          .selectFrom('motion_submitters')
          .selectAll()
          .where('motion_id', 'in', ids)
          .orderBy('position')
          .execute();
  const byMotion = new Map<string, SubmitterRecord[]>();
  for (const s of submitters) {
    const list = byMotion.get(s.motion_id) ?? [];
    list.push(toSubmitter(s));
    byMotion.set(s.motion_id, list);
  }
  return rows.map((r) => ({ ...toMotionRecord(r), submitters: byMotion.get(r.id) ?? [] }));
}

/**
 * One page of motions matching the filter, with the total count. Ordered by the sort and then by id, empty
 * dates last in both directions on both engines; submitters come with the page in the same query (JSON).
 */
export async function listMotions(
  db: Executor,
  organisationId: string,
  filter: MotionFilter,
  page: Page,
  sort: MotionSort = '-created',
): Promise<ListResult<MotionWithSubmitters>> {
  const spec = parseSort(sort, SORT_COLUMNS, '-created', NOT_NULL_SORTS);
  if (filter.search) return listSearchedMotions(db, organisationId, filter, filter.search, page, spec);
  const { rows, total, totalIsLowerBound, version } = await fetchPage<
    MotionRow & { submitters_json: unknown }
  >(
    filtered(db, organisationId, filter),
    'motions',
    spec,
    page,
    filter.countBound === undefined ? undefined : { db, bound: filter.countBound },
    (q) => q.select(submittersJson(db)),
    db,
  );
  const { items, next } = pageItems(rows, page, spec);
  const at = version === undefined ? {} : { version };
  return totalIsLowerBound === undefined
    ? { items, total, ...next, ...at }
    : { items, total, totalIsLowerBound, ...next, ...at };
}

type PageRow = MotionRow & { submitters_json: unknown };

/** A page's rows as records with their submitters, and the keyset of the next page when it is full. */
function pageItems(rows: PageRow[], page: Page, spec: SortSpec) {
  const items = rows.map(({ submitters_json, ...row }) => ({
    ...toMotionRecord(row),
    submitters: fromSubmittersJson(submitters_json),
  }));
  const last = rows.at(-1);
  return { items, next: rows.length === page.limit && last ? { next: keysetOf(last, spec) } : {} };
}

/**
 * A list with a search term, bounded however common the word (docs/adr/019-bounded-search-lists.md). The total
 * is counted from the matches and stops after SEARCH_COUNT_BOUND ("meer dan 1.000"). Up to the bound, the
 * matches are few and ordered as they are. Beyond it they are at least 1 in (register size / bound) motions,
 * so the page is read by walking the motions in the list's own index order (created_at, id) and testing each
 * against the match, stopping at the page's end, instead of ordering every match. Both give exactly the order
 * of the whole list, on both engines.
 */
async function listSearchedMotions(
  db: Executor,
  organisationId: string,
  filter: MotionFilter,
  search: MatchFilter,
  page: Page,
  spec: SortSpec,
): Promise<ListResult<MotionWithSubmitters>> {
  const base = filtered(db, organisationId, filter);
  // Built without plugins: it is part of the count's statement, which the executor's plugins see as a whole.
  const passes = filtered(db.withoutPlugins(), organisationId, filter)
    .select(sql`1`.as('one'))
    .where(sql<SqlBool>`motions.id = d.entity_id`);
  const { total, totalIsLowerBound } = await search.count(db, sql<SqlBool>`exists ${passes}`);
  if (total === 0) return { items: [], total, totalIsLowerBound };
  // Only created_at has an index to walk (motions_org_created, motions_org_status); other orders sort matches.
  const walk = totalIsLowerBound && spec.column === 'created_at';
  const narrowed = walk
    ? base.where(search.matches('motions.id', (page.after ? 0 : page.offset) + page.limit))
    : base.where('motions.id', 'in', search.ids);
  const rows = await fetchRows<PageRow>(narrowed, 'motions', spec, page, (q) => q.select(submittersJson(db)));
  const { items, next } = pageItems(rows, page, spec);
  return { items, total, totalIsLowerBound, ...next };
}

export type MotionChanges = Partial<
  Pick<NewMotion, 'title' | 'topic' | 'call' | 'body' | 'number' | 'meetingId' | 'agendaItemId' | 'andOthers'>
> &
  ArchiveDetails;

const ARCHIVE_KEYS = [
  'explanation',
  'introduction',
  'closing',
  'signatories',
  'sourceMeeting',
  'portfolioHolder',
  'dueDate',
  'settledOn',
  'progress',
] as const;

/** Updates editable fields; callers decide (via the domain rules) whether the motion may still change. */
export async function updateMotion(
  db: Executor,
  ctx: WriteContext,
  id: string,
  changes: MotionChanges,
): Promise<MotionWithSubmitters> {
  return inTransaction(db, async (trx) => {
    const set: Partial<MotionRow> = {
      updated_at: nowIso(),
      ...columnChanges(
        changes,
        ['title', 'topic', 'call', 'body', 'number', 'meetingId', 'agendaItemId', 'andOthers'],
        { booleans: ['andOthers'] },
      ),
    };
    const archive = archiveColumns(changes);
    for (const key of ARCHIVE_KEYS) {
      if (changes[key] === undefined) continue;
      const column = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) as keyof typeof archive;
      (set as Record<string, unknown>)[column] = archive[column];
    }
    await assertReferences(trx, 'motions', ctx.organisationId, set);
    await updateAudited(trx, ctx, 'motions', id, set, {
      action: 'motion.updated',
      entityKind: 'motion',
      entity: 'Motie',
    });
    return (await getMotion(trx, ctx.organisationId, id))!;
  });
}

export type MotionStatusChange = {
  motionId: string;
  from: MotionStatus | null;
  to: MotionStatus;
  at?: string;
  meetingId?: string | null;
  voteId?: string | null;
  roundId?: string | null;
  reason?: string | null;
  voteResult?: string | null;
  votePercentage?: number | null;
  byAcclamation?: boolean;
};

/**
 * Records a status change (already checked by the domain rules) and its transition row and audit event.
 * The update only applies while the motion still has status `from`; otherwise ConflictError.
 */
export async function recordMotionTransition(
  db: Executor,
  ctx: WriteContext,
  change: MotionStatusChange,
): Promise<void> {
  await recordMotionTransitions(db, ctx, [change]);
}

/** The motion's columns a status change sets. */
function transitionSet(change: MotionStatusChange, at: string, set: Partial<MotionRow>): Partial<MotionRow> {
  set.status = change.to;
  if (change.to === 'submitted') set.submitted_at = at;
  if (change.to === 'adopted' || change.to === 'rejected') set.decided_at = at;
  if (change.voteResult !== undefined) set.vote_result = change.voteResult;
  if (change.votePercentage !== undefined) set.vote_percentage = change.votePercentage;
  if (change.byAcclamation !== undefined) set.by_acclamation = change.byAcclamation ? 1 : 0;
  return set;
}

/** What a status change's audit event says: the status after, when, where and why. */
const transitionValues = ({ change, at }: { change: MotionStatusChange; at: string }) => ({
  from: change.from,
  status: change.to,
  at,
  meetingId: change.meetingId,
  voteId: change.voteId,
  roundId: change.roundId,
  reason: change.reason,
  voteResult: change.voteResult,
  votePercentage: change.votePercentage,
});

/** The transition rows of `steps`, in order. */
async function insertTransitionRows(
  trx: Executor,
  ctx: WriteContext,
  steps: { change: MotionStatusChange; at: string }[],
): Promise<void> {
  await insertBuffered(
    trx,
    'motion_transitions',
    steps.map(({ change, at }) => ({
      id: newId(),
      organisation_id: ctx.organisationId,
      motion_id: change.motionId,
      from_status: change.from,
      to_status: change.to,
      at,
      actor_id: ctx.actor.id,
      meeting_id: change.meetingId ?? null,
      vote_id: change.voteId ?? null,
      round_id: change.roundId ?? null,
      reason: change.reason ?? null,
    })),
  );
}

/** The transition rows of `steps` and an audit event for each, in order. */
async function insertTransitions(
  trx: Executor,
  ctx: WriteContext,
  steps: { change: MotionStatusChange; at: string }[],
): Promise<void> {
  await insertTransitionRows(trx, ctx, steps);
  for (const step of steps) {
    const { from, ...values } = transitionValues(step);
    await appendAuditEvent(trx, ctx, {
      action: 'motion.transitioned',
      entityKind: 'motion',
      entityId: step.change.motionId,
      oldValues: { status: step.change.from },
      newValues: values,
    });
  }
}

/**
 * Several status changes of one motion in a row, each from the status the one before reached (the importer's
 * back-dated path: submitted, then adopted): the same rows and audit events as recordMotionTransition for each,
 * in one update of the motion (the columns every step sets, the later step winning), one insert of the
 * transitions and the audit events in order (collected: withDeferredAudit; without it, step by step). The update
 * applies only while the motion still has the first step's `from`; otherwise ConflictError.
 */
export async function recordMotionTransitions(
  db: Executor,
  ctx: WriteContext,
  changes: MotionStatusChange[],
): Promise<void> {
  const first = changes[0];
  if (!first) return;
  for (const [index, change] of changes.entries())
    if (change.motionId !== first.motionId || (index > 0 && change.from !== changes[index - 1].to))
      throw new Error('recordMotionTransitions: steps of one motion, each from the status before');
  // Appended one by one, each event carries the state its own step left: then the steps go one by one too.
  if (changes.length > 1 && !isAuditDeferred(db)) {
    for (const change of changes) await recordMotionTransitions(db, ctx, [change]);
    return;
  }
  await inTransaction(db, async (trx) => {
    const steps = changes.map((change) => ({ change, at: change.at ?? nowIso() }));
    const set: Partial<MotionRow> = { status: first.to, updated_at: nowIso() };
    for (const { change, at } of steps) transitionSet(change, at, set);
    const updated = await trx
      .updateTable('motions')
      .set(set)
      .where('id', '=', first.motionId)
      .where('organisation_id', '=', ctx.organisationId)
      .$if(first.from !== null, (q) => q.where('status', '=', first.from!))
      .executeTakeFirst();
    // Another request moved the motion between our read and this write (a lost race): refuse, never 500.
    if (Number(updated.numUpdatedRows) !== 1)
      throw new ConflictError(
        `Motie ${first.motionId} is intussen gewijzigd; lees haar opnieuw en probeer het nog eens.`,
      );
    await insertTransitions(trx, ctx, steps);
  });
}

/** Adds a co-signer at the end of the submitter list (no-op when the member already signed); audited. */
export async function addMotionSubmitter(
  db: Executor,
  ctx: WriteContext,
  motionId: string,
  submitter: { memberId: string | null; name: string },
): Promise<SubmitterRecord[]> {
  return inTransaction(db, async (trx) => {
    const existing = await trx
      .selectFrom('motion_submitters')
      .selectAll()
      .where('motion_id', '=', motionId)
      .where('organisation_id', '=', ctx.organisationId)
      .orderBy('position')
      .execute();
    const already = submitter.memberId !== null && existing.some((s) => s.member_id === submitter.memberId);
    if (!already) {
      const position = (existing.at(-1)?.position ?? 0) + 1;
      await trx
        .insertInto('motion_submitters')
        .values({
          id: newId(),
          organisation_id: ctx.organisationId,
          motion_id: motionId,
          position,
          member_id: submitter.memberId,
          name: submitter.name,
        })
        .execute();
      await trx.updateTable('motions').set({ updated_at: nowIso() }).where('id', '=', motionId).execute();
      await appendAuditEvent(trx, ctx, {
        action: 'motion.cosigned',
        entityKind: 'motion',
        entityId: motionId,
        newValues: { position, ...submitter },
      });
    }
    return (await getMotion(trx, ctx.organisationId, motionId))?.submitters ?? [];
  });
}

/**
 * These motions with their submitters, in no particular order: by primary key, no count and no sort (a sort on
 * an indexed column could lead the planner to walk that index over the whole register to find a few ids). The
 * organisation is checked on the rows found, not in the query: with it there, SQLite's planner took the
 * organisation's index for a list of a few hundred ids and read every motion of the register for each (a round's
 * 22,591 missing motions at 100,000: 3.8 s, docs/benchmarks.md).
 */
export async function listMotionsByIds(
  db: Executor,
  organisationId: string,
  ids: string[],
): Promise<MotionWithSubmitters[]> {
  const out: MotionWithSubmitters[] = [];
  for (const slice of chunks(ids, IDS_PER_QUERY)) {
    const rows = (await db
      .selectFrom('motions')
      .selectAll('motions')
      .select(submittersJson(db))
      .where('motions.id', 'in', slice)
      .execute()) as PageRow[];
    for (const { submitters_json, ...row } of rows)
      if (row.organisation_id === organisationId)
        out.push({ ...toMotionRecord(row), submitters: fromSubmittersJson(submitters_json) });
  }
  return out;
}
