import type {
  AmendmentStatus,
  AmendmentTarget,
  MotionPartStatus,
  PreAdviceKind,
} from '../../domain/types.js';
import { appendAuditEvent, type WriteContext } from '../audit.js';
import { readGroupedByParent } from '../batches.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import type { AmendmentRow, MotionPartRow, PreAdviceRow } from '../schema.js';
import { inTransaction } from '../transaction.js';
import { flushWriteBuffer } from '../write-buffer.js';
import type { MotionPartRecord } from './motions.js';
import { type ClauseRecord, insertClauses, type NewClause } from './resolutions.js';
import {
  columnChanges,
  fromJsonText,
  getScoped,
  insertAudited,
  isSet,
  requireExisting,
  requireScoped,
  toJsonText,
  updateRecord,
} from './shared.js';

export type PreAdviceRecord = Camelize<PreAdviceRow>;
export type AmendmentSubmitter = { memberId: string | null; name: string };
export type AmendmentRecord = Omit<Camelize<AmendmentRow>, 'submitters'> & {
  submitters: AmendmentSubmitter[];
};

const toPart = (row: MotionPartRow): MotionPartRecord => ({
  ...camelize(row),
  byAcclamation: isSet(row.by_acclamation),
});
const toAmendment = (row: AmendmentRow): AmendmentRecord => ({
  ...camelize(row),
  submitters: fromJsonText(row.submitters, []),
});

/** The board's pre-advice on a motion (overnemen, ontraden, oordeel vergadering, aanhouden); a new one supersedes. */
export async function addPreAdvice(
  db: Executor,
  ctx: WriteContext,
  input: { motionId: string; advice: PreAdviceKind; text?: string | null; givenAt?: string },
): Promise<PreAdviceRecord> {
  return inTransaction(db, async (trx) => {
    await requireExisting(trx, 'motions', ctx.organisationId, input.motionId, 'Motie');
    const at = nowIso();
    const row: PreAdviceRow = {
      id: newId(),
      organisation_id: ctx.organisationId,
      motion_id: input.motionId,
      advice: input.advice,
      text: input.text ?? null,
      given_at: input.givenAt ?? at,
      created_at: at,
      updated_at: at,
    };
    return camelize(
      await insertAudited(trx, ctx, 'pre_advices', row, {
        action: 'pre-advice.created',
        entityKind: 'pre-advice',
      }),
    );
  });
}

export async function getPreAdvice(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<PreAdviceRecord | undefined> {
  return getScoped(db, 'pre_advices', organisationId, id, camelize);
}

/** Pre-advices of a motion, oldest first: the last one is current. */
export async function listPreAdvices(
  db: Executor,
  organisationId: string,
  motionId: string,
): Promise<PreAdviceRecord[]> {
  return (await listPreAdvicesOfMotions(db, organisationId, [motionId])).get(motionId) ?? [];
}

/** The pre-advices of several motions at once (a meeting's agenda), each motion's in the order they were given. */
export async function listPreAdvicesOfMotions(
  db: Executor,
  organisationId: string,
  motionIds: readonly string[],
): Promise<Map<string, PreAdviceRecord[]>> {
  await flushWriteBuffer(db);
  return readGroupedByParent(
    motionIds,
    (slice) =>
      db
        .selectFrom('pre_advices')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('motion_id', 'in', slice)
        .orderBy('motion_id')
        .orderBy('given_at')
        .orderBy('created_at')
        .execute(),
    (row) => row.motion_id,
    (row): PreAdviceRecord => camelize(row),
  );
}

export type NewAmendment = {
  /** 'motion' or 'resolution'; 'document' for an amendment read from a document whose target is not in the register. */
  targetKind: AmendmentTarget;
  targetId: string;
  title: string;
  text: string;
  submitters?: AmendmentSubmitter[];
  /** submitted, withdrawn, adopted, rejected */
  status?: AmendmentStatus;
  /** What the amendment changes, as written ("Agenda Dieren"), when the target is not in the register. */
  targetTitle?: string | null;
  meetingId?: string | null;
};

const TARGET_TABLES = {
  motion: ['motions', 'Motie'],
  resolution: ['resolutions', 'Resolutie'],
  document: ['documents', 'Document'],
} as const;

export async function createAmendment(
  db: Executor,
  ctx: WriteContext,
  input: NewAmendment,
): Promise<AmendmentRecord> {
  return inTransaction(db, async (trx) => {
    const [table, noun] = TARGET_TABLES[input.targetKind];
    await requireScoped(trx, table, ctx.organisationId, input.targetId, noun);
    const at = nowIso();
    const row: AmendmentRow = {
      id: newId(),
      organisation_id: ctx.organisationId,
      target_kind: input.targetKind,
      target_id: input.targetId,
      title: input.title,
      text: input.text,
      submitters: toJsonText(input.submitters ?? []),
      status: input.status ?? 'submitted',
      target_title: input.targetTitle ?? null,
      meeting_id: input.meetingId ?? null,
      created_at: at,
      updated_at: at,
    };
    await insertAudited(trx, ctx, 'amendments', row, {
      action: 'amendment.created',
      entityKind: 'amendment',
      newValues: input,
    });
    return toAmendment(row);
  });
}

export async function getAmendment(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<AmendmentRecord | undefined> {
  return getScoped(db, 'amendments', organisationId, id, toAmendment);
}

/** Amendments with this title (any target): an amendment read again from another copy of its document. */
export async function listAmendmentsByTitle(
  db: Executor,
  organisationId: string,
  title: string,
): Promise<AmendmentRecord[]> {
  const rows = await db
    .selectFrom('amendments')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('title', '=', title)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toAmendment);
}

export async function listAmendments(
  db: Executor,
  organisationId: string,
  target: { kind: AmendmentTarget; id: string },
): Promise<AmendmentRecord[]> {
  return (await listAmendmentsOfTargets(db, organisationId, target.kind, [target.id])).get(target.id) ?? [];
}

/** The amendments of several motions or resolutions at once, each target's in the order they were made. */
export async function listAmendmentsOfTargets(
  db: Executor,
  organisationId: string,
  kind: AmendmentTarget,
  targetIds: readonly string[],
): Promise<Map<string, AmendmentRecord[]>> {
  return readGroupedByParent(
    targetIds,
    (slice) =>
      db
        .selectFrom('amendments')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('target_kind', '=', kind)
        .where('target_id', 'in', slice)
        .orderBy('target_id')
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
    (row) => row.target_id,
    toAmendment,
  );
}

export async function updateAmendment(
  db: Executor,
  ctx: WriteContext,
  id: string,
  changes: Partial<Pick<NewAmendment, 'title' | 'text' | 'submitters' | 'status'>>,
): Promise<AmendmentRecord> {
  const set: Partial<AmendmentRow> = {
    updated_at: nowIso(),
    ...columnChanges(changes, ['title', 'text', 'submitters', 'status'], { json: ['submitters'] }),
  };
  return updateRecord(
    db,
    ctx,
    'amendments',
    id,
    set,
    {
      action: 'amendment.updated',
      entityKind: 'amendment',
      entity: 'Amendement',
      newValues: changes,
    },
    toAmendment,
  );
}

export type NewMotionPart = { number: number; text?: string | null; status?: MotionPartStatus };

export async function addMotionPart(
  db: Executor,
  ctx: WriteContext,
  motionId: string,
  part: NewMotionPart,
): Promise<MotionPartRecord> {
  return inTransaction(db, async (trx) => {
    await requireExisting(trx, 'motions', ctx.organisationId, motionId, 'Motie');
    const at = nowIso();
    const row: MotionPartRow = {
      id: newId(),
      organisation_id: ctx.organisationId,
      motion_id: motionId,
      number: part.number,
      text: part.text ?? null,
      status: part.status ?? 'pending',
      vote_result: null,
      vote_percentage: null,
      by_acclamation: 0,
      created_at: at,
      updated_at: at,
    };
    return toPart(
      await insertAudited(trx, ctx, 'motion_parts', row, {
        action: 'motion-part.created',
        entityKind: 'motion-part',
      }),
    );
  });
}

/** Records the outcome of a vote on one part (part 1 adopted, part 2 postponed …). */
export async function updateMotionPart(
  db: Executor,
  ctx: WriteContext,
  partId: string,
  changes: {
    text?: string | null;
    status?: MotionPartStatus;
    voteResult?: string | null;
    votePercentage?: number | null;
    byAcclamation?: boolean;
  },
): Promise<MotionPartRecord> {
  const set: Partial<MotionPartRow> = {
    updated_at: nowIso(),
    ...columnChanges(changes, ['text', 'status', 'voteResult', 'votePercentage', 'byAcclamation'], {
      booleans: ['byAcclamation'],
    }),
  };
  return updateRecord(
    db,
    ctx,
    'motion_parts',
    partId,
    set,
    {
      action: 'motion-part.updated',
      entityKind: 'motion-part',
      entity: 'Motiedeel',
    },
    toPart,
  );
}

/** Adds the considerations of a motion (constaterende dat, overwegende dat) and its call as clauses. */
export async function addMotionClauses(
  db: Executor,
  ctx: WriteContext,
  motionId: string,
  clauses: NewClause[],
): Promise<ClauseRecord[]> {
  return inTransaction(db, async (trx) => {
    await requireExisting(trx, 'motions', ctx.organisationId, motionId, 'Motie');
    const last = await trx
      .selectFrom('clauses')
      .select((eb) => eb.fn.max('number').as('max'))
      .where('motion_id', '=', motionId)
      .executeTakeFirst();
    const rows = await insertClauses(
      trx,
      ctx.organisationId,
      { resolutionVersionId: null, motionId },
      clauses,
      Number(last?.max ?? 0) + 1,
    );
    await appendAuditEvent(trx, ctx, {
      action: 'motion.clauses-added',
      entityKind: 'motion',
      entityId: motionId,
      newValues: clauses,
    });
    return rows.map(camelize);
  });
}

export async function listMotionClauses(
  db: Executor,
  organisationId: string,
  motionId: string,
): Promise<ClauseRecord[]> {
  const rows = await db
    .selectFrom('clauses')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('motion_id', '=', motionId)
    .orderBy('number')
    .orderBy('id')
    .execute();
  return rows.map(camelize);
}
