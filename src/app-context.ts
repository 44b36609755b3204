import type { Db, Engine } from './store/database.js';
import type { OrganisationRecord } from './store/repositories/organisations.js';

/** What every request handler, page and command works with: one database and the organisation it serves. */
export type AppContext = { db: Db; engine: Engine; organisation: OrganisationRecord };
