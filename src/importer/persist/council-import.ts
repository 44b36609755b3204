import type { OrganisationKind } from '../../domain/types.js';
import { capitalise } from '../../domain/vocabulary/capitalise.js';
import { portalWords } from '../../domain/vocabulary/organisation-kind.js';
import type { Executor } from '../../store/database.js';
import { type FactionRecord, listFactions } from '../../store/repositories/council.js';
import { getOrganisation } from '../../store/repositories/organisations.js';
import type { MotionRecord, OtherMeetingKind } from '../types.js';

/** The meeting a council document names, per kind of organisation: its own meeting, held as `council-meeting`. */
const OWN_MEETING: Record<OrganisationKind, OtherMeetingKind | null> = {
  vereniging: null,
  gemeenteraad: 'raadsvergadering',
  'provinciale-staten': 'statenvergadering',
  waterschap: 'algemeen-bestuur',
};

/** What the importer knows of the organisation it imports into (loaded once per batch). */
export type ImportOrganisation = {
  kind: OrganisationKind;
  name: string;
  factions: FactionRecord[];
};

export async function loadImportOrganisation(db: Executor, id: string): Promise<ImportOrganisation> {
  const organisation = await getOrganisation(db, id);
  const kind = (organisation?.kind ?? 'vereniging') as OrganisationKind;
  return {
    kind,
    name: organisation?.name ?? '',
    factions: kind === 'vereniging' ? [] : await listFactions(db, id),
  };
}

export const isCouncil = (org: ImportOrganisation): boolean => org.kind !== 'vereniging';

/** True when a document's meeting kind is this council's own meeting ("raadsvergadering" for a gemeenteraad). */
export function isOwnMeeting(org: ImportOrganisation, kind: string | null): boolean {
  return kind !== null && OWN_MEETING[org.kind] === kind;
}

/** The title of a council meeting the import creates: "Raadsvergadering 9 juli 2019". */
export function councilMeetingTitle(org: ImportOrganisation, dutchDate: string): string {
  const word = portalWords(org.kind).meeting;
  return `${capitalise(word)} ${dutchDate}`;
}

const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The faction a document names ("VVD", "Partij voor de Dieren", "GL"), by its name or abbreviation; of the
 * term that covers the meeting date when there are several terms.
 */
export function matchFaction(
  factions: readonly FactionRecord[],
  written: string,
  date: string | null,
): FactionRecord | null {
  const key = norm(written);
  if (!key) return null;
  const same = factions.filter((f) => norm(f.name) === key || norm(f.shortName) === key);
  if (same.length <= 1 || !date) return same[0] ?? null;
  return (
    same.find((f) => f.termStart <= date && (f.termEnd === null || date <= f.termEnd)) ??
    same[same.length - 1]!
  );
}

export type CouncilSubmitters = {
  submitters: { memberId: null; name: string }[];
  /** Parties the organisation has no faction for, with the signatories who wrote them. */
  unknown: { party: string; signers: string[] }[];
};

/**
 * A council motion's submitters are the factions of its signatories ("Jan Jansen (VVD)") and the factions
 * it names, in the order written, each once; matched to the organisation's factions by name or abbreviation
 * and stored under the organisation's name for it. A party the council has no faction for stays a submitter
 * as written, and is reported so staff can correct it.
 */
export function councilSubmitters(
  org: ImportOrganisation,
  record: MotionRecord,
  date: string | null,
): CouncilSubmitters {
  const written: string[] = [];
  for (const name of record.submitters) if (!written.includes(name)) written.push(name);
  for (const signer of record.signers ?? [])
    if (signer.party && !written.includes(signer.party)) written.push(signer.party);
  const out: CouncilSubmitters = { submitters: [], unknown: [] };
  const seen = new Set<string>();
  for (const party of written) {
    const faction = matchFaction(org.factions, party, date);
    const name = faction?.name ?? party;
    if (seen.has(name)) continue;
    seen.add(name);
    out.submitters.push({ memberId: null, name });
    if (!faction)
      out.unknown.push({
        party,
        signers: (record.signers ?? []).filter((s) => s.party === party).map((s) => s.name),
      });
  }
  return out;
}
