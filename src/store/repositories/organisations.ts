import type { OrganisationKind, OrganisationSettings } from '../../domain/types.js';
import { type Actor, appendAuditEvent } from '../audit.js';
import { type Camelize, camelize } from '../camelize.js';
import { newId, nowIso } from '../clock.js';
import type { Executor } from '../database.js';
import type { OrganisationRow } from '../schema.js';
import { inTransaction } from '../transaction.js';

export type OrganisationRecord = Omit<Camelize<OrganisationRow>, 'settings'> & {
  settings: OrganisationSettings;
};

const toRecord = (row: OrganisationRow): OrganisationRecord => ({
  ...camelize(row),
  settings: JSON.parse(row.settings),
});

export async function findOrganisationBySlug(
  db: Executor,
  slug: string,
): Promise<OrganisationRecord | undefined> {
  const row = await db.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row && toRecord(row);
}

/** The organisation a host name is set for (settings.hosts), if any. */
export async function findOrganisationByHost(
  db: Executor,
  host: string,
): Promise<OrganisationRecord | undefined> {
  return (await listOrganisations(db)).find((org) => org.settings.hosts?.includes(host.toLowerCase()));
}

/**
 * How many times organisations were written in this process: a cache of the list (the installation's host
 * names) is stale when this moved. Counted when the write's transaction has ended.
 */
let changes = 0;
export const organisationChanges = (): number => changes;
const countChange = () => {
  changes += 1;
};

export async function getOrganisation(db: Executor, id: string): Promise<OrganisationRecord | undefined> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

export async function listOrganisations(db: Executor): Promise<OrganisationRecord[]> {
  return (await db.selectFrom('organisations').selectAll().orderBy('created_at').execute()).map(toRecord);
}

export async function createOrganisation(
  db: Executor,
  input: {
    name: string;
    slug: string;
    settings: OrganisationSettings;
    actor: Actor;
    kind?: OrganisationKind;
    requestId?: string;
  },
): Promise<OrganisationRecord> {
  return inTransaction(db, async (trx) => {
    const at = nowIso();
    const row: OrganisationRow = {
      id: newId(),
      name: input.name,
      slug: input.slug,
      kind: input.kind ?? 'vereniging',
      settings: JSON.stringify(input.settings),
      created_at: at,
      updated_at: at,
    };
    await trx.insertInto('organisations').values(row).execute();
    await appendAuditEvent(
      trx,
      { organisationId: row.id, actor: input.actor, requestId: input.requestId },
      {
        action: 'organisation.created',
        entityKind: 'organisation',
        entityId: row.id,
        newValues: { name: row.name, slug: row.slug, kind: row.kind, settings: input.settings },
      },
    );
    return toRecord(row);
  }).finally(countChange);
}

export async function updateOrganisationSettings(
  db: Executor,
  input: { id: string; settings: OrganisationSettings; actor: Actor; requestId?: string },
): Promise<OrganisationRecord> {
  return inTransaction(db, async (trx) => {
    const before = await getOrganisation(trx, input.id);
    if (!before) throw new Error(`Organisatie ${input.id} bestaat niet`);
    await trx
      .updateTable('organisations')
      .set({ settings: JSON.stringify(input.settings), updated_at: nowIso() })
      .where('id', '=', input.id)
      .execute();
    await appendAuditEvent(
      trx,
      { organisationId: input.id, actor: input.actor, requestId: input.requestId },
      {
        action: 'organisation.settings-changed',
        entityKind: 'organisation',
        entityId: input.id,
        oldValues: before.settings,
        newValues: input.settings,
      },
    );
    return (await getOrganisation(trx, input.id))!;
  }).finally(countChange);
}

/** The organisation's name and logo (as shown on its reports); audited. */
export async function updateOrganisationProfile(
  db: Executor,
  input: { id: string; name?: string; logo?: OrganisationSettings['logo']; actor: Actor },
): Promise<OrganisationRecord> {
  return inTransaction(db, async (trx) => {
    const before = await getOrganisation(trx, input.id);
    if (!before) throw new Error(`Organisatie ${input.id} bestaat niet`);
    const settings = input.logo === undefined ? before.settings : { ...before.settings, logo: input.logo };
    const name = input.name ?? before.name;
    await trx
      .updateTable('organisations')
      .set({ name, settings: JSON.stringify(settings), updated_at: nowIso() })
      .where('id', '=', input.id)
      .execute();
    await appendAuditEvent(
      trx,
      { organisationId: input.id, actor: input.actor },
      {
        action: 'organisation.profile-changed',
        entityKind: 'organisation',
        entityId: input.id,
        oldValues: { name: before.name, logo: before.settings.logo ? 'ingesteld' : null },
        newValues: {
          name,
          logo: settings.logo ? `${settings.logo.mediaType}, ${settings.logo.base64.length} tekens` : null,
        },
      },
    );
    return (await getOrganisation(trx, input.id))!;
  }).finally(countChange);
}
