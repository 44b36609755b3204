import { sql } from 'kysely';
import { DomainError } from '../../domain/errors.js';
import type {
  ClauseKind,
  ClauseSection,
  ResolutionStatus,
  ResolutionVersionLabel,
} from '../../domain/types.js';
import { appendAuditEvent, type WriteContext } from '../audit.js';
import { insertBatched } from '../batches.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import type { ClauseRow, ResolutionRow, ResolutionVersionRow } from '../schema.js';
import { inTransaction } from '../transaction.js';
import {
  columnChanges,
  containsText,
  FIRST_PAGE,
  flag,
  getScoped,
  insertAudited,
  isSet,
  type ListResult,
  listPage,
  type Page,
  parseSort,
  requireScoped,
  type Sort,
  selectScoped,
  updateAudited,
  updateRecord,
} from './shared.js';

export type ResolutionRecord = Omit<Camelize<ResolutionRow>, 'byAcclamation'> & { byAcclamation: boolean };

const toResolutionRecord = (row: ResolutionRow): ResolutionRecord => ({
  ...camelize(row),
  byAcclamation: isSet(row.by_acclamation),
});
export type ClauseRecord = Camelize<ClauseRow>;
export type ResolutionVersionRecord = Camelize<ResolutionVersionRow> & { clauses: ClauseRecord[] };

export type NewResolution = {
  id?: string;
  title: string;
  meetingId?: string | null;
  agendaItemId?: string | null;
  status?: ResolutionStatus;
};
export type NewClause = {
  /** 'preamble' (constaterende dat, overwegende dat) or 'operative' (spreekt uit, verzoekt, roept op, draagt op). */
  section: ClauseSection;
  kind: ClauseKind;
  text: string;
  /** Numbered within the version in insertion order when omitted. */
  number?: number;
  conditionAgreementId?: string | null;
  /** The numbering the source prints ("4", "b"), a heading above the clause, its nested items. */
  label?: string | null;
  heading?: string | null;
  items?: string[] | null;
};
export type NewResolutionVersion = {
  resolutionId: string;
  /** concept, geactualiseerd, vastgesteld */
  label: ResolutionVersionLabel;
  explanation?: string | null;
  /** The text between the heading and the first clause ("De leden, bijeen in de Najaars ALV …"). */
  introduction?: string | null;
  clauses: NewClause[];
  /** Publishes the version right away (it is then immutable). */
  publishedAt?: string | null;
};
export type ResolutionFilter = {
  status?: ResolutionStatus[];
  /** Default 'all'; 'none' leaves out drafts (concept resolutions), as for readers who may not see them. */
  drafts?: 'all' | 'none';
  meetingId?: string;
  year?: number;
  q?: string;
};
export type ResolutionSort = Sort<'created' | 'title'>;

const SORT = { created: 'created_at', title: 'title' };
const NOT_NULL_SORTS = ['created', 'title'] as const;

export async function createResolution(
  db: Executor,
  ctx: WriteContext,
  input: NewResolution,
): Promise<ResolutionRecord> {
  return inTransaction(db, async (trx) => {
    const at = nowIso();
    const row: ResolutionRow = {
      id: input.id ?? newId(),
      organisation_id: ctx.organisationId,
      title: input.title,
      meeting_id: input.meetingId ?? null,
      agenda_item_id: input.agendaItemId ?? null,
      status: input.status ?? 'draft',
      vote_result: null,
      vote_percentage: null,
      by_acclamation: 0,
      adopted_version_id: null,
      created_at: at,
      updated_at: at,
    };
    return toResolutionRecord(
      await insertAudited(trx, ctx, 'resolutions', row, {
        action: 'resolution.created',
        entityKind: 'resolution',
      }),
    );
  });
}

export async function getResolution(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<ResolutionRecord | undefined> {
  return getScoped(db, 'resolutions', organisationId, id, toResolutionRecord);
}

function filtered(db: Executor, organisationId: string, f: ResolutionFilter) {
  let q = db.selectFrom('resolutions').where('resolutions.organisation_id', '=', organisationId);
  if (f.status?.length) q = q.where('resolutions.status', 'in', f.status);
  if (f.drafts === 'none') q = q.where('resolutions.status', '!=', 'draft');
  if (f.meetingId) q = q.where('resolutions.meeting_id', '=', f.meetingId);
  if (f.year) {
    const year = f.year;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('meetings')
          .select('meetings.id')
          .whereRef('meetings.id', '=', 'resolutions.meeting_id')
          .where('meetings.date', '>=', `${year}-01-01`)
          .where('meetings.date', '<=', `${year}-12-31`),
      ),
    );
  }
  if (f.q) q = q.where(containsText(f.q, ['resolutions.title']));
  return q;
}

export async function listResolutions(
  db: Executor,
  organisationId: string,
  filter: ResolutionFilter = {},
  page: Page = FIRST_PAGE,
  sort: ResolutionSort = '-created',
): Promise<ListResult<ResolutionRecord>> {
  return listPage(
    filtered(db, organisationId, filter),
    'resolutions',
    parseSort(sort, SORT, '-created', NOT_NULL_SORTS),
    page,
    toResolutionRecord,
  );
}

export type ResolutionChanges = Partial<
  Pick<NewResolution, 'title' | 'meetingId' | 'agendaItemId' | 'status'> & {
    voteResult: string | null;
    votePercentage: number | null;
    byAcclamation: boolean;
  }
>;

/** Updates the register fields; an adopted resolution keeps its adopted version (see adoptResolutionVersion). */
export async function updateResolution(
  db: Executor,
  ctx: WriteContext,
  id: string,
  changes: ResolutionChanges,
): Promise<ResolutionRecord> {
  const set: Partial<ResolutionRow> = {
    updated_at: nowIso(),
    ...columnChanges(
      changes,
      ['title', 'meetingId', 'agendaItemId', 'status', 'voteResult', 'votePercentage', 'byAcclamation'],
      { booleans: ['byAcclamation'] },
    ),
  };
  return updateRecord(
    db,
    ctx,
    'resolutions',
    id,
    set,
    { action: 'resolution.updated', entityKind: 'resolution', entity: 'Resolutie' },
    toResolutionRecord,
  );
}

/** Inserts clause rows of a resolution version or a motion; the caller appends the audit event. */
export async function insertClauses(
  trx: Executor,
  organisationId: string,
  owner: { resolutionVersionId: string | null; motionId: string | null },
  clauses: NewClause[],
  firstNumber = 1,
): Promise<ClauseRow[]> {
  const rows: ClauseRow[] = clauses.map((c, i) => ({
    id: newId(),
    organisation_id: organisationId,
    resolution_version_id: owner.resolutionVersionId,
    motion_id: owner.motionId,
    section: c.section,
    kind: c.kind,
    number: c.number ?? firstNumber + i,
    text: c.text,
    condition_agreement_id: c.conditionAgreementId ?? null,
    label: c.label ?? null,
    heading: c.heading ?? null,
    items: c.items?.length ? JSON.stringify(c.items) : null,
  }));
  await insertBatched(trx, 'clauses', rows);
  return rows;
}

/** Adds a version with its clauses; its number follows the highest so far. An adopted resolution is frozen. */
export async function createResolutionVersion(
  db: Executor,
  ctx: WriteContext,
  input: NewResolutionVersion,
): Promise<ResolutionVersionRecord> {
  return inTransaction(db, async (trx) => {
    const resolution = await requireScoped(
      trx,
      'resolutions',
      ctx.organisationId,
      input.resolutionId,
      'Resolutie',
    );
    if (resolution.adopted_version_id !== null)
      throw new DomainError('version_immutable', 'De resolutie is vastgesteld; de tekst ligt vast');
    const last = await trx
      .selectFrom('resolution_versions')
      .select((eb) => eb.fn.max('number').as('max'))
      .where('resolution_id', '=', input.resolutionId)
      .executeTakeFirst();
    const at = nowIso();
    const row: ResolutionVersionRow = {
      id: newId(),
      organisation_id: ctx.organisationId,
      resolution_id: input.resolutionId,
      number: Number(last?.max ?? 0) + 1,
      label: input.label,
      explanation: input.explanation ?? null,
      introduction: input.introduction ?? null,
      published_at: input.publishedAt ?? null,
      created_at: at,
      updated_at: at,
    };
    await trx.insertInto('resolution_versions').values(row).execute();
    const clauses = await insertClauses(
      trx,
      ctx.organisationId,
      { resolutionVersionId: row.id, motionId: null },
      input.clauses,
    );
    await appendAudit(trx, ctx, 'resolution-version.created', row.id, { ...row, clauses: input.clauses });
    return { ...camelize(row), clauses: clauses.map(camelize) };
  });
}

const appendAudit = (trx: Executor, ctx: WriteContext, action: string, id: string, values: unknown) =>
  appendAuditEvent(trx, ctx, { action, entityKind: 'resolution-version', entityId: id, newValues: values });

export async function listClauses(
  db: Executor,
  organisationId: string,
  versionId: string,
): Promise<ClauseRecord[]> {
  const rows = await db
    .selectFrom('clauses')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('resolution_version_id', '=', versionId)
    .orderBy(sql`case when section = 'preamble' then 0 else 1 end`)
    .orderBy('number')
    .orderBy('id')
    .execute();
  return rows.map(camelize);
}

export async function getResolutionVersion(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<ResolutionVersionRecord | undefined> {
  const row = await selectScoped(db, 'resolution_versions', organisationId, id);
  return row && { ...camelize(row), clauses: await listClauses(db, organisationId, id) };
}

/** Every version of a resolution, oldest first, each with its clauses. */
export async function listResolutionVersions(
  db: Executor,
  organisationId: string,
  resolutionId: string,
): Promise<ResolutionVersionRecord[]> {
  const rows = await db
    .selectFrom('resolution_versions')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('resolution_id', '=', resolutionId)
    .orderBy('number')
    .execute();
  const out: ResolutionVersionRecord[] = [];
  for (const row of rows)
    out.push({ ...camelize(row), clauses: await listClauses(db, organisationId, row.id) });
  return out;
}

async function requireEditableVersion(trx: Executor, organisationId: string, versionId: string) {
  const version = await requireScoped(
    trx,
    'resolution_versions',
    organisationId,
    versionId,
    'Resolutieversie',
  );
  if (version.published_at !== null)
    throw new DomainError(
      'version_immutable',
      `Versie ${version.number} is gepubliceerd en kan niet meer wijzigen`,
    );
  return version;
}

/** Publishing freezes a version: from then on its text and clauses never change. */
export async function publishResolutionVersion(
  db: Executor,
  ctx: WriteContext,
  versionId: string,
  at: string = nowIso(),
): Promise<ResolutionVersionRecord> {
  return inTransaction(db, async (trx) => {
    await requireEditableVersion(trx, ctx.organisationId, versionId);
    await updateAudited(
      trx,
      ctx,
      'resolution_versions',
      versionId,
      { published_at: at, updated_at: nowIso() },
      {
        action: 'resolution-version.published',
        entityKind: 'resolution-version',
        entity: 'Resolutieversie',
      },
    );
    return (await getResolutionVersion(trx, ctx.organisationId, versionId))!;
  });
}

/** Edits a draft version (label, explanation); refused once published. */
export async function updateResolutionVersion(
  db: Executor,
  ctx: WriteContext,
  versionId: string,
  changes: { label?: ResolutionVersionLabel; explanation?: string | null },
): Promise<ResolutionVersionRecord> {
  return inTransaction(db, async (trx) => {
    await requireEditableVersion(trx, ctx.organisationId, versionId);
    const set: Partial<ResolutionVersionRow> = {
      updated_at: nowIso(),
      ...columnChanges(changes, ['label', 'explanation']),
    };
    await updateAudited(trx, ctx, 'resolution_versions', versionId, set, {
      action: 'resolution-version.updated',
      entityKind: 'resolution-version',
      entity: 'Resolutieversie',
    });
    return (await getResolutionVersion(trx, ctx.organisationId, versionId))!;
  });
}

/** Adds a clause to a draft version; refused once published. */
export async function addClause(
  db: Executor,
  ctx: WriteContext,
  versionId: string,
  clause: NewClause,
): Promise<ClauseRecord> {
  return inTransaction(db, async (trx) => {
    await requireEditableVersion(trx, ctx.organisationId, versionId);
    const last = await trx
      .selectFrom('clauses')
      .select((eb) => eb.fn.max('number').as('max'))
      .where('resolution_version_id', '=', versionId)
      .where('section', '=', clause.section)
      .executeTakeFirst();
    const [row] = await insertClauses(
      trx,
      ctx.organisationId,
      { resolutionVersionId: versionId, motionId: null },
      [clause],
      Number(last?.max ?? 0) + 1,
    );
    await appendAudit(trx, ctx, 'clause.created', versionId, row);
    return camelize(row);
  });
}

/** Changes the text of a clause in a draft version; refused once published. */
export async function updateClause(
  db: Executor,
  ctx: WriteContext,
  clauseId: string,
  changes: Partial<Pick<NewClause, 'section' | 'kind' | 'text' | 'number'>>,
): Promise<ClauseRecord> {
  return inTransaction(db, async (trx) => {
    const clause = await requireScoped(trx, 'clauses', ctx.organisationId, clauseId, 'Overweging');
    if (clause.resolution_version_id)
      await requireEditableVersion(trx, ctx.organisationId, clause.resolution_version_id);
    const set: Partial<ClauseRow> = columnChanges(changes, ['section', 'kind', 'text', 'number']);
    const { after } = await updateAudited(trx, ctx, 'clauses', clauseId, set, {
      action: 'clause.updated',
      entityKind: 'clause',
      entity: 'Overweging',
    });
    return camelize(after);
  });
}

/**
 * Links (or unlinks) the agreement whose breach triggers a clause. Allowed on published versions too:
 * the link is tracking metadata, not part of the adopted text.
 */
export async function linkClauseCondition(
  db: Executor,
  ctx: WriteContext,
  clauseId: string,
  agreementId: string | null,
): Promise<ClauseRecord> {
  return inTransaction(db, async (trx) => {
    if (agreementId) await requireScoped(trx, 'agreements', ctx.organisationId, agreementId, 'Afspraak');
    const { after } = await updateAudited(
      trx,
      ctx,
      'clauses',
      clauseId,
      { condition_agreement_id: agreementId },
      {
        action: 'clause.condition-linked',
        entityKind: 'clause',
        entity: 'Overweging',
      },
    );
    return camelize(after);
  });
}

/**
 * Records the adoption of one version ("gewijzigde versie aangenomen" when it is an amended one).
 * The version is published if it was not yet; the resolution's text is frozen from then on.
 */
export async function adoptResolutionVersion(
  db: Executor,
  ctx: WriteContext,
  input: {
    resolutionId: string;
    versionId: string;
    at?: string;
    voteResult?: string | null;
    votePercentage?: number | null;
    byAcclamation?: boolean;
  },
): Promise<ResolutionRecord> {
  return inTransaction(db, async (trx) => {
    const resolution = await requireScoped(
      trx,
      'resolutions',
      ctx.organisationId,
      input.resolutionId,
      'Resolutie',
    );
    if (resolution.adopted_version_id !== null)
      throw new DomainError('version_immutable', 'De resolutie is al vastgesteld');
    const version = await requireScoped(
      trx,
      'resolution_versions',
      ctx.organisationId,
      input.versionId,
      'Resolutieversie',
    );
    if (version.resolution_id !== input.resolutionId)
      throw new DomainError('version_immutable', 'Deze versie hoort niet bij de resolutie');
    const at = input.at ?? nowIso();
    if (version.published_at === null) await publishResolutionVersion(trx, ctx, version.id, at);
    const { after } = await updateAudited(
      trx,
      ctx,
      'resolutions',
      input.resolutionId,
      {
        status: 'adopted',
        adopted_version_id: version.id,
        vote_result: input.voteResult ?? null,
        vote_percentage: input.votePercentage ?? null,
        by_acclamation: flag(input.byAcclamation),
        updated_at: nowIso(),
      },
      { action: 'resolution.adopted', entityKind: 'resolution', entity: 'Resolutie' },
    );
    return toResolutionRecord(after);
  });
}
