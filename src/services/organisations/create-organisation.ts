import type { OrganisationKind, OrganisationSettings } from '../../domain/types.js';
import { organisationKind } from '../../domain/vocabulary/index.js';
import type { Actor } from '../../store/audit.js';
import type { Db } from '../../store/database.js';
import {
  findOrganisationBySlug,
  createOrganisation as insertOrganisation,
  type OrganisationRecord,
} from '../../store/repositories/organisations.js';
import { DEFAULT_SETTINGS } from '../default-organisation.js';
import { invalid, locked } from '../errors.js';

/** A slug is the organisation's path (/o/{slug}): lower-case letters, digits and hyphens, 2 to 40 long. */
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])$/;

/**
 * The settings an organisation of a kind starts with. A council votes by seats: every member one vote,
 * adopted by more than half of the votes cast, the quorum more than half of the seats (ADR 009).
 */
export function settingsForKind(kind: OrganisationKind): OrganisationSettings {
  if (kind === 'vereniging') return DEFAULT_SETTINGS;
  return { votingRule: { kind: 'seats' }, majority: 'simple', quorum: 0.5 };
}

export type CreateOrganisationInput = { kind: string; name: string; slug: string };

/** Checks the input the CLI and the admin form share; throws the first problem in Dutch (field named). */
export function checkOrganisationInput(input: CreateOrganisationInput): {
  kind: OrganisationKind;
  name: string;
  slug: string;
} {
  const kind = organisationKind.parse(input.kind);
  if (!kind)
    throw invalid(
      'soort',
      'invalid_kind',
      `Onbekende soort "${input.kind}"; kies uit ${organisationKind.apiValues.join(', ')}.`,
    );
  const name = input.name.trim();
  if (!name) throw invalid('naam', 'required', 'Geef de naam van de organisatie op.');
  if (name.length > 200) throw invalid('naam', 'too_long', 'De naam is te lang (hoogstens 200 tekens).');
  const slug = input.slug.trim();
  if (!SLUG.test(slug))
    throw invalid(
      'slug',
      'invalid_slug',
      'De korte naam (slug) bestaat uit 2 tot 40 kleine letters, cijfers en streepjes, zonder streepje aan begin of eind.',
    );
  return { kind, name, slug };
}

/** Creates an organisation of a kind with its starting settings; refuses a slug in use. Audited. */
export async function createOrganisationOfKind(
  db: Db,
  input: CreateOrganisationInput & { actor: Actor; requestId?: string },
): Promise<OrganisationRecord> {
  const checked = checkOrganisationInput(input);
  if (await findOrganisationBySlug(db, checked.slug))
    throw locked('slug_taken', `Er is al een organisatie met de korte naam "${checked.slug}".`);
  try {
    return await insertOrganisation(db, {
      ...checked,
      settings: settingsForKind(checked.kind),
      actor: input.actor,
      requestId: input.requestId,
    });
  } catch (error) {
    // Two creations of the same slug at once: the unique key refuses the second.
    if (await findOrganisationBySlug(db, checked.slug))
      throw locked('slug_taken', `Er is al een organisatie met de korte naam "${checked.slug}".`);
    throw error;
  }
}
