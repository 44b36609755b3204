import { sql } from 'kysely';
import { DomainError } from '../../domain/errors.js';
import type {
  AccountabilityDecision,
  AccountabilityProposal,
  AccountabilityRoundStatus,
  MeetingKind,
  MotionStatus,
} from '../../domain/types.js';
import { appendAuditEvent, type WriteContext } from '../audit.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import type { AccountabilityEntryRow, AccountabilityRoundRow } from '../schema.js';
import { inTransaction } from '../transaction.js';
import {
  columnChanges,
  FIRST_PAGE,
  getScoped,
  insertAudited,
  type ListResult,
  listPage,
  type Page,
  parseSort,
  requireExisting,
  requireScoped,
  updateAudited,
  updateRecord,
} from './shared.js';

export type AccountabilityRoundRecord = Omit<Camelize<AccountabilityRoundRow>, 'byAcclamation'> & {
  byAcclamation: boolean;
};
export type AccountabilityEntryRecord = Camelize<AccountabilityEntryRow>;

export type NewAccountabilityRound = {
  id?: string;
  meetingId: string;
  title: string;
  letterId?: string | null;
  agendaItemId?: string | null;
  summary?: string | null;
  proposalText?: string | null;
  status?: AccountabilityRoundStatus;
  openedAt?: string;
  reportDate?: string | null;
  boardMeetingDate?: string | null;
};
export type AccountabilityRoundChanges = Partial<
  Omit<NewAccountabilityRound, 'id' | 'meetingId' | 'openedAt'> & {
    voteResult: string | null;
    votePercentage: number | null;
    byAcclamation: boolean;
    decidedOn: string | null;
  }
>;

const toRoundRecord = (row: AccountabilityRoundRow): AccountabilityRoundRecord => ({
  ...camelize(row),
  byAcclamation: row.by_acclamation === 1,
});
export type AccountabilityRoundFilter = { meetingId?: string; status?: AccountabilityRoundStatus[] };

export async function createAccountabilityRound(
  db: Executor,
  ctx: WriteContext,
  input: NewAccountabilityRound,
): Promise<AccountabilityRoundRecord> {
  return inTransaction(db, async (trx) => {
    await requireScoped(trx, 'meetings', ctx.organisationId, input.meetingId, 'Vergadering');
    const at = nowIso();
    const row: AccountabilityRoundRow = {
      id: input.id ?? newId(),
      organisation_id: ctx.organisationId,
      meeting_id: input.meetingId,
      letter_id: input.letterId ?? null,
      agenda_item_id: input.agendaItemId ?? null,
      title: input.title,
      summary: input.summary ?? null,
      proposal_text: input.proposalText ?? null,
      status: input.status ?? 'open',
      opened_at: input.openedAt ?? at,
      vote_result: null,
      vote_percentage: null,
      by_acclamation: 0,
      decided_on: null,
      report_date: input.reportDate ?? null,
      board_meeting_date: input.boardMeetingDate ?? null,
      created_at: at,
      updated_at: at,
    };
    return toRoundRecord(
      await insertAudited(trx, ctx, 'accountability_rounds', row, {
        action: 'accountability-round.created',
        entityKind: 'accountability-round',
      }),
    );
  });
}

export async function getAccountabilityRound(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<AccountabilityRoundRecord | undefined> {
  return getScoped(db, 'accountability_rounds', organisationId, id, toRoundRecord);
}

export async function listAccountabilityRounds(
  db: Executor,
  organisationId: string,
  filter: AccountabilityRoundFilter = {},
  page: Page = FIRST_PAGE,
  sort: 'opened' | '-opened' | 'title' | '-title' = '-opened',
): Promise<ListResult<AccountabilityRoundRecord>> {
  let q = db
    .selectFrom('accountability_rounds')
    .where('accountability_rounds.organisation_id', '=', organisationId);
  if (filter.meetingId) q = q.where('accountability_rounds.meeting_id', '=', filter.meetingId);
  if (filter.status?.length) q = q.where('accountability_rounds.status', 'in', filter.status);
  return listPage(
    q,
    'accountability_rounds',
    parseSort(sort, { opened: 'opened_at', title: 'title' }, '-opened'),
    page,
    toRoundRecord,
  );
}

export async function updateAccountabilityRound(
  db: Executor,
  ctx: WriteContext,
  id: string,
  changes: AccountabilityRoundChanges,
): Promise<AccountabilityRoundRecord> {
  const set: Partial<AccountabilityRoundRow> = {
    updated_at: nowIso(),
    ...columnChanges(
      changes,
      [
        'title',
        'letterId',
        'agendaItemId',
        'summary',
        'proposalText',
        'status',
        'reportDate',
        'boardMeetingDate',
        'voteResult',
        'votePercentage',
        'byAcclamation',
        'decidedOn',
      ],
      { booleans: ['byAcclamation'] },
    ),
  };
  return updateRecord(
    db,
    ctx,
    'accountability_rounds',
    id,
    set,
    {
      action: 'accountability-round.updated',
      entityKind: 'accountability-round',
      entity: 'Verantwoordingsronde',
    },
    toRoundRecord,
  );
}

/** Every round with its meeting's title and date, oldest meeting first: for the order and carry-over rules. */
export async function listRoundsInMeetingOrder(
  db: Executor,
  organisationId: string,
): Promise<(AccountabilityRoundRecord & { meetingTitle: string; meetingDate: string })[]> {
  const rows = await db
    .selectFrom('accountability_rounds as r')
    .innerJoin('meetings as g', 'g.id', 'r.meeting_id')
    .selectAll('r')
    .select(['g.title as g_title', 'g.date as g_date'])
    .where('r.organisation_id', '=', organisationId)
    .orderBy('g.date')
    .orderBy('r.id')
    .execute();
  return rows.map(({ g_title, g_date, ...row }) => ({
    ...toRoundRecord(row as AccountabilityRoundRow),
    meetingTitle: g_title,
    meetingDate: g_date,
  }));
}

/**
 * Takes a motion out of a round that has not been decided: it was settled before the round's meeting,
 * so it is no longer the board's to account for. The audit event keeps what had been written.
 */
export async function removeAccountabilityEntry(
  db: Executor,
  ctx: WriteContext,
  entryId: string,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const entry = await requireScoped(
      trx,
      'accountability_entries',
      ctx.organisationId,
      entryId,
      'Verantwoording',
    );
    if (entry.decision !== null)
      throw new DomainError('entry_already_decided', 'Over deze verantwoording is al besloten');
    await trx.deleteFrom('accountability_entries').where('id', '=', entryId).execute();
    await appendAuditEvent(trx, ctx, {
      action: 'accountability-entry.removed',
      entityKind: 'accountability-entry',
      entityId: entryId,
      oldValues: entry,
    });
  });
}

export type AccountabilityEntryInput = {
  roundId: string;
  motionId: string;
  text?: string | null;
  /** 'hold' | 'settle' | 'conditional' */
  proposal?: AccountabilityProposal | null;
  condition?: string | null;
  groupLabel?: string | null;
  position?: number;
};

/** The position after the round's last entry (an entry given no position goes last). */
async function nextEntryPosition(trx: Executor, roundId: string): Promise<number> {
  const last = await trx
    .selectFrom('accountability_entries')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('round_id', '=', roundId)
    .executeTakeFirst();
  return Number(last?.max ?? 0) + 1;
}

/** Throws NotFoundError unless the entry's round and motion exist in the organisation. */
async function requireRoundAndMotion(trx: Executor, ctx: WriteContext, input: AccountabilityEntryInput) {
  await requireExisting(
    trx,
    'accountability_rounds',
    ctx.organisationId,
    input.roundId,
    'Verantwoordingsronde',
  );
  await requireExisting(trx, 'motions', ctx.organisationId, input.motionId, 'Motie');
}

async function insertEntry(
  trx: Executor,
  ctx: WriteContext,
  input: AccountabilityEntryInput,
): Promise<AccountabilityEntryRecord> {
  const at = nowIso();
  const row: AccountabilityEntryRow = {
    id: newId(),
    organisation_id: ctx.organisationId,
    round_id: input.roundId,
    motion_id: input.motionId,
    position: input.position ?? (await nextEntryPosition(trx, input.roundId)),
    group_label: input.groupLabel ?? null,
    text: input.text ?? null,
    proposal: input.proposal ?? null,
    condition: input.condition ?? null,
    approved_at: null,
    approved_by: null,
    decision: null,
    decided_at: null,
    created_at: at,
    updated_at: at,
  };
  return camelize(
    await insertAudited(trx, ctx, 'accountability_entries', row, {
      action: 'accountability-entry.created',
      entityKind: 'accountability-entry',
    }),
  );
}

/**
 * Creates the entry of a motion in a round that has none for it: the caller knows (the importer, for a round its
 * document created, the first time the document names the motion), so the round's entries are not read for it.
 * A second entry for the motion is refused by the database (one entry per round and motion).
 */
export async function createAccountabilityEntry(
  db: Executor,
  ctx: WriteContext,
  input: AccountabilityEntryInput,
): Promise<AccountabilityEntryRecord> {
  return inTransaction(db, async (trx) => {
    await requireRoundAndMotion(trx, ctx, input);
    return insertEntry(trx, ctx, input);
  });
}

/** Creates the entry of a motion in a round, or updates it; a decided entry is frozen. */
export async function upsertAccountabilityEntry(
  db: Executor,
  ctx: WriteContext,
  input: AccountabilityEntryInput,
): Promise<AccountabilityEntryRecord> {
  return inTransaction(db, async (trx) => {
    await requireRoundAndMotion(trx, ctx, input);
    const existing = await trx
      .selectFrom('accountability_entries')
      .selectAll()
      .where('organisation_id', '=', ctx.organisationId)
      .where('round_id', '=', input.roundId)
      .where('motion_id', '=', input.motionId)
      .executeTakeFirst();
    const at = nowIso();
    if (!existing) return insertEntry(trx, ctx, input);
    if (existing.decision !== null)
      throw new DomainError('entry_already_decided', 'Over deze verantwoording is al besloten');
    const set: Partial<AccountabilityEntryRow> = { updated_at: at };
    if (input.text !== undefined) set.text = input.text;
    if (input.proposal !== undefined) set.proposal = input.proposal;
    if (input.condition !== undefined) set.condition = input.condition;
    if (input.groupLabel !== undefined) set.group_label = input.groupLabel;
    if (input.position !== undefined) set.position = input.position;
    // A changed proposal needs the board's approval again.
    if (input.proposal !== undefined && input.proposal !== existing.proposal) {
      set.approved_at = null;
      set.approved_by = null;
    }
    const { after } = await updateAudited(trx, ctx, 'accountability_entries', existing.id, set, {
      action: 'accountability-entry.updated',
      entityKind: 'accountability-entry',
      entity: 'Verantwoording',
    });
    return camelize(after);
  });
}

export async function getAccountabilityEntry(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<AccountabilityEntryRecord | undefined> {
  return getScoped(db, 'accountability_entries', organisationId, id);
}

/** The board approves the proposal of an entry (actor = approver). */
export async function approveAccountabilityEntry(
  db: Executor,
  ctx: WriteContext,
  entryId: string,
  at: string = nowIso(),
): Promise<AccountabilityEntryRecord> {
  return inTransaction(db, async (trx) => {
    const entry = await requireScoped(
      trx,
      'accountability_entries',
      ctx.organisationId,
      entryId,
      'Verantwoording',
    );
    if (entry.proposal === null)
      throw new DomainError('decision_required', 'Deze verantwoording heeft nog geen voorstel');
    const { after } = await updateAudited(
      trx,
      ctx,
      'accountability_entries',
      entryId,
      { approved_at: at, approved_by: ctx.actor.id, updated_at: nowIso() },
      {
        action: 'accountability-entry.approved',
        entityKind: 'accountability-entry',
        entity: 'Verantwoording',
      },
    );
    return camelize(after);
  });
}

/**
 * Records the assembly's decision ('held' or 'settled') on one entry. The caller moves the motion in the
 * same transaction (recordMotionTransition with roundId), after checking the domain rules.
 */
export async function recordAccountabilityDecision(
  db: Executor,
  ctx: WriteContext,
  input: { entryId: string; decision: AccountabilityDecision; decidedAt?: string },
): Promise<AccountabilityEntryRecord> {
  return inTransaction(db, async (trx) => {
    const entry = await requireScoped(
      trx,
      'accountability_entries',
      ctx.organisationId,
      input.entryId,
      'Verantwoording',
    );
    if (entry.decision !== null)
      throw new DomainError('entry_already_decided', 'Over deze verantwoording is al besloten');
    const { after } = await updateAudited(
      trx,
      ctx,
      'accountability_entries',
      input.entryId,
      { decision: input.decision, decided_at: input.decidedAt ?? nowIso(), updated_at: nowIso() },
      {
        action: 'accountability-entry.decided',
        entityKind: 'accountability-entry',
        entity: 'Verantwoording',
      },
    );
    return camelize(after);
  });
}

export type EntryWithMotion = AccountabilityEntryRecord & {
  motion: {
    id: string;
    number: string | null;
    title: string;
    topic: string | null;
    call: string | null;
    status: MotionStatus;
    andOthers: boolean;
    submitters: { position: number; memberId: string | null; name: string }[];
  };
  /** The meeting at which the motion was submitted and voted. */
  meeting: { id: string; title: string; date: string; kind: MeetingKind } | null;
};

/** Which entries of a round: a page of them (report order), or only the conditional proposals not yet decided. */
export type RoundEntrySelection = { page?: Page; undecidedConditional?: boolean };

/** The entries of a round in report order, each with its motion, submitters and the motion's meeting. */
export async function listRoundEntries(
  db: Executor,
  organisationId: string,
  roundId: string,
  selection: RoundEntrySelection = {},
): Promise<EntryWithMotion[]> {
  let q = db
    .selectFrom('accountability_entries as e')
    .innerJoin('motions as m', 'm.id', 'e.motion_id')
    .leftJoin('meetings as g', 'g.id', 'm.meeting_id')
    .selectAll('e')
    .select([
      'm.number as m_number',
      'm.title as m_title',
      'm.topic as m_topic',
      'm.call as m_call',
      'm.status as m_status',
      'm.and_others as m_and_others',
      'g.id as g_id',
      'g.title as g_title',
      'g.date as g_date',
      'g.kind as g_kind',
    ])
    .where('e.organisation_id', '=', organisationId)
    .where('e.round_id', '=', roundId)
    .orderBy('e.position')
    .orderBy('e.id');
  if (selection.undecidedConditional)
    q = q.where('e.proposal', '=', 'conditional').where('e.decision', 'is', null);
  if (selection.page) q = q.limit(selection.page.limit).offset(selection.page.offset);
  const rows = await q.execute();
  const motionIds = [...new Set(rows.map((r) => r.motion_id))];
  const submitters =
    motionIds.length === 0
      ? []
      : await db
          .selectFrom('motion_submitters')
          .select(['motion_id', 'position', 'member_id', 'name'])
          .where('motion_id', 'in', motionIds)
          .orderBy('position')
          .execute();
  const byMotion = new Map<string, EntryWithMotion['motion']['submitters']>();
  for (const s of submitters) {
    const list = byMotion.get(s.motion_id) ?? [];
    list.push({ position: s.position, memberId: s.member_id, name: s.name });
    byMotion.set(s.motion_id, list);
  }
  return rows.map((r) => {
    const {
      m_number,
      m_title,
      m_topic,
      m_call,
      m_status,
      m_and_others,
      g_id,
      g_title,
      g_date,
      g_kind,
      ...entry
    } = r;
    return {
      ...camelize(entry as AccountabilityEntryRow),
      motion: {
        id: r.motion_id,
        number: m_number,
        title: m_title,
        topic: m_topic,
        call: m_call,
        status: m_status,
        andOthers: m_and_others === 1,
        submitters: byMotion.get(r.motion_id) ?? [],
      },
      meeting: g_id ? { id: g_id, title: g_title!, date: g_date!, kind: g_kind! } : null,
    };
  });
}

/** How far a round is: its entries, written (text and proposal), approved, decided, and per proposal. */
export type RoundEntryCounts = {
  entries: number;
  written: number;
  approved: number;
  decided: number;
  settle: number;
  hold: number;
  conditional: number;
  /** Entries without a proposal yet. */
  open: number;
};

/** The counts of a round in one aggregate over its entries (the round_id index), not a read of every entry. */
export async function countRoundEntries(
  db: Executor,
  organisationId: string,
  roundId: string,
): Promise<RoundEntryCounts> {
  const when = (condition: ReturnType<typeof sql>) =>
    sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`;
  const row = await db
    .selectFrom('accountability_entries')
    .select([
      sql<number>`count(*)`.as('entries'),
      when(sql`text is not null and text <> '' and proposal is not null`).as('written'),
      when(sql`approved_at is not null`).as('approved'),
      when(sql`decision is not null`).as('decided'),
      when(sql`proposal = 'settle'`).as('settle'),
      when(sql`proposal = 'hold'`).as('hold'),
      when(sql`proposal = 'conditional'`).as('conditional'),
      when(sql`proposal is null`).as('open'),
    ])
    .where('organisation_id', '=', organisationId)
    .where('round_id', '=', roundId)
    .executeTakeFirstOrThrow();
  const n = (value: unknown) => Number(value ?? 0);
  return {
    entries: n(row.entries),
    written: n(row.written),
    approved: n(row.approved),
    decided: n(row.decided),
    settle: n(row.settle),
    hold: n(row.hold),
    conditional: n(row.conditional),
    open: n(row.open),
  };
}

/** The motion ids a round has an entry for. */
export async function listRoundMotionIds(
  db: Executor,
  organisationId: string,
  roundId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('accountability_entries')
    .select('motion_id')
    .where('organisation_id', '=', organisationId)
    .where('round_id', '=', roundId)
    .execute();
  return rows.map((r) => r.motion_id);
}

/** What the completeness check needs of an open motion: its status and the meeting and date that adopted it. */
export type OpenMotionFacts = {
  id: string;
  status: MotionStatus;
  meetingId: string | null;
  adoptedOn: string | null;
};

/**
 * The adopted and held motions of the register in register order (submitted, empty dates last, then id), with
 * only the columns the completeness check reads: one query instead of whole records with their submitters.
 */
export async function listOpenMotionFacts(db: Executor, organisationId: string): Promise<OpenMotionFacts[]> {
  const rows = await db
    .selectFrom('motions as m')
    .leftJoin('meetings as g', 'g.id', 'm.meeting_id')
    .select(['m.id', 'm.status', 'm.meeting_id', 'm.decided_at', 'g.date as meeting_date'])
    .where('m.organisation_id', '=', organisationId)
    .where('m.status', 'in', ['adopted', 'held'])
    .orderBy('m.submitted_at', (ob) => ob.asc().nullsLast())
    .orderBy('m.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    meetingId: r.meeting_id,
    adoptedOn: r.meeting_date ?? r.decided_at?.slice(0, 10) ?? null,
  }));
}

export type EntryWithRound = AccountabilityEntryRecord & {
  round: {
    id: string;
    title: string;
    status: AccountabilityRoundStatus;
    meetingId: string;
    meetingTitle: string;
    meetingDate: string;
    meetingKind: MeetingKind;
  };
};

/** The accountability history of one motion, round by round in meeting order. */
export async function listMotionAccountability(
  db: Executor,
  organisationId: string,
  motionId: string,
): Promise<EntryWithRound[]> {
  const rows = await db
    .selectFrom('accountability_entries as e')
    .innerJoin('accountability_rounds as r', 'r.id', 'e.round_id')
    .innerJoin('meetings as g', 'g.id', 'r.meeting_id')
    .selectAll('e')
    .select([
      'r.title as r_title',
      'r.status as r_status',
      'r.meeting_id as r_meeting_id',
      'g.title as g_title',
      'g.date as g_date',
      'g.kind as g_kind',
    ])
    .where('e.organisation_id', '=', organisationId)
    .where('e.motion_id', '=', motionId)
    .orderBy('g.date')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => {
    const { r_title, r_status, r_meeting_id, g_title, g_date, g_kind, ...entry } = r;
    return {
      ...camelize(entry as AccountabilityEntryRow),
      round: {
        id: r.round_id,
        title: r_title,
        status: r_status,
        meetingId: r_meeting_id,
        meetingTitle: g_title,
        meetingDate: g_date,
        meetingKind: g_kind,
      },
    };
  });
}
