import { UnknownReferenceError } from '../../store/errors.js';
import { ApiError } from './problem.js';

/** The API's name for a referencing column, as the request body calls it. */
const FIELD_NAMES: Record<string, string> = {
  meeting_id: 'vergadering',
  agenda_item_id: 'agendapunt',
  letter_id: 'ledenbrief',
  consultation_id: 'overleg',
  resolution_id: 'resolutie',
  resolution_version_id: 'versie',
  motion_id: 'motie',
  motion_part_id: 'deel',
  member_id: 'lid',
  document_id: 'document',
  condition_agreement_id: 'voorwaarde',
  round_id: 'ronde',
  vote_id: 'stemming',
  user_id: 'gebruiker',
  poll_id: 'peiling',
  question_id: 'vraag',
};

const unknownReference = (column: string | undefined, id?: string): ApiError => {
  const name = (column && FIELD_NAMES[column]) ?? 'body';
  const reason =
    name === 'body'
      ? 'De invoer verwijst naar een record dat niet bestaat.'
      : `'${name}' verwijst naar een record dat niet bestaat${id ? ` (${id})` : ''}.`;
  return new ApiError(400, 'unknown_reference', 'Ongeldige invoer', reason, {
    invalidParams: [{ name, code: 'unknown_reference', reason }],
  });
};

/**
 * A write that names a record that does not exist: our own check (UnknownReferenceError), or, should a write
 * slip past it, the database's foreign key (SQLite: SQLITE_CONSTRAINT_FOREIGNKEY; PostgreSQL: 23503, whose
 * detail names the column). Null when the error is something else.
 */
export function fromReferenceError(error: unknown): ApiError | null {
  if (error instanceof UnknownReferenceError) return unknownReference(error.column, error.id);
  const e = error as { code?: string; detail?: string } | null;
  if (e?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return unknownReference(undefined);
  if (e?.code === '23503') {
    const column = /Key \(([a-z_]+)\)=/.exec(e.detail ?? '')?.[1];
    return unknownReference(column);
  }
  return null;
}
