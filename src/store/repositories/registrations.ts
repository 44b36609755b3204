import type { WriteContext } from '../audit.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import type { RegistrationRow } from '../schema.js';
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
  requireScoped,
  updateRecord,
} from './shared.js';

export type RegistrationRecord = Camelize<RegistrationRow>;
export type NewRegistration = {
  id?: string;
  meetingId: string;
  memberId?: string | null;
  personName: string;
  email?: string | null;
  /** Dietary wishes and allergies, as the person wrote them. */
  wishes?: string | null;
};
export type RegistrationFilter = { meetingId?: string; memberId?: string };

export async function createRegistration(
  db: Executor,
  ctx: WriteContext,
  input: NewRegistration,
): Promise<RegistrationRecord> {
  return inTransaction(db, async (trx) => {
    await requireScoped(trx, 'meetings', ctx.organisationId, input.meetingId, 'Vergadering');
    const at = nowIso();
    const row: RegistrationRow = {
      id: input.id ?? newId(),
      organisation_id: ctx.organisationId,
      meeting_id: input.meetingId,
      member_id: input.memberId ?? null,
      person_name: input.personName,
      email: input.email ?? null,
      wishes: input.wishes ?? null,
      created_at: at,
      updated_at: at,
    };
    return camelize(
      await insertAudited(trx, ctx, 'registrations', row, {
        action: 'registration.created',
        entityKind: 'registration',
      }),
    );
  });
}

export async function getRegistration(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<RegistrationRecord | undefined> {
  return getScoped(db, 'registrations', organisationId, id);
}

export async function listRegistrations(
  db: Executor,
  organisationId: string,
  filter: RegistrationFilter = {},
  page: Page = FIRST_PAGE,
  sort: 'name' | '-name' | 'created' | '-created' = 'name',
): Promise<ListResult<RegistrationRecord>> {
  let q = db.selectFrom('registrations').where('registrations.organisation_id', '=', organisationId);
  if (filter.meetingId) q = q.where('registrations.meeting_id', '=', filter.meetingId);
  if (filter.memberId) q = q.where('registrations.member_id', '=', filter.memberId);
  return listPage(
    q,
    'registrations',
    parseSort(sort, { name: 'person_name', created: 'created_at' }, 'name'),
    page,
  );
}

export async function updateRegistration(
  db: Executor,
  ctx: WriteContext,
  id: string,
  changes: Partial<Pick<NewRegistration, 'memberId' | 'personName' | 'email' | 'wishes'>>,
): Promise<RegistrationRecord> {
  const set: Partial<RegistrationRow> = {
    updated_at: nowIso(),
    ...columnChanges(changes, ['memberId', 'personName', 'email', 'wishes']),
  };
  return updateRecord(db, ctx, 'registrations', id, set, {
    action: 'registration.updated',
    entityKind: 'registration',
    entity: 'Aanmelding',
  });
}
