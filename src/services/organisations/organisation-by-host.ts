import { readRegisterVersion } from '../../store/count-cache.js';
import type { Executor } from '../../store/database.js';
import { listOrganisations, type OrganisationRecord } from '../../store/repositories/organisations.js';

/**
 * The organisation a host name belongs to (its settings' `hosts`), for the installation's front, which asks on
 * every request. The organisations are read once per register version (every change to an organisation appends an
 * audit event and so moves the version; ADR 015, 026) instead of on every request — on PostgreSQL that was a
 * round trip per request, the most of an unchanged list page's time.
 */
export function organisationsByHost(db: Executor): (host: string) => Promise<OrganisationRecord | undefined> {
  let kept: { version: number | undefined; list: Promise<OrganisationRecord[]> } | null = null;
  const organisations = async (): Promise<OrganisationRecord[]> => {
    // The version is read first: the list, read after it, is at least as new as the version it is kept for.
    const version = await readRegisterVersion(db);
    if (kept && kept.version === version) return kept.list;
    const list = listOrganisations(db);
    const entry = { version, list };
    kept = entry;
    list.catch(() => {
      if (kept === entry) kept = null;
    });
    return list;
  };
  return async (host) =>
    (await organisations()).find((org) => org.settings.hosts?.includes(host.toLowerCase()));
}
