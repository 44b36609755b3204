import type { Clock } from './store/clock.js';
import type { Db, Engine } from './store/database.js';
import type { OrganisationRecord } from './store/repositories/organisations.js';

/**
 * What every request handler, page and command works with: one database and the organisation it serves.
 * `clock` says what "now" is for what depends on it (is a registration still open, which reminders are due);
 * absent means the system clock. Tests pass a fixed one.
 * `managesOrganisations` is false for an organisation of an installation other than its default one: its
 * administrators administer that organisation only, not the installation's others (absent means true).
 */
export type AppContext = {
  db: Db;
  engine: Engine;
  organisation: OrganisationRecord;
  clock?: Clock;
  managesOrganisations?: boolean;
};
