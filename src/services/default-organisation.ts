import type { OrganisationSettings } from '../domain/types.js';
import { EXAMPLE_VOTING_RULE } from '../domain/vote-weights.js';
import { SYSTEM_ACTOR } from '../store/audit.js';
import type { Db } from '../store/database.js';
import {
  createOrganisation,
  findOrganisationBySlug,
  type OrganisationRecord,
} from '../store/repositories/organisations.js';

export const DEFAULT_ORGANISATION = { name: 'Vereniging van Nederlandse Gemeenten', slug: 'vng' };

export const DEFAULT_SETTINGS: OrganisationSettings = {
  // An example band table, not the association's statutory one: an administrator replaces it (see README).
  votingRule: { ...EXAMPLE_VOTING_RULE, example: true },
  majority: 'simple',
  quorum: 0,
};

/** The organisation this process serves (ORGANISATION env var, default "vng"), created on first use. */
export async function ensureOrganisation(
  db: Db,
  slug = process.env.ORGANISATION ?? DEFAULT_ORGANISATION.slug,
): Promise<OrganisationRecord> {
  const found = await findOrganisationBySlug(db, slug);
  if (found) return found;
  const name = slug === DEFAULT_ORGANISATION.slug ? DEFAULT_ORGANISATION.name : slug;
  return createOrganisation(db, { name, slug, settings: DEFAULT_SETTINGS, actor: SYSTEM_ACTOR });
}
