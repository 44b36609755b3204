import { type Kysely, sql } from 'kysely';

/**
 * PostgreSQL only: `audit_chain_head_locked()` takes the audit chain's lock (the transaction-scoped advisory
 * lock 727274) and then returns the chain's head (seq, hash): one round trip where an append made two
 * (docs/adr/036-cast-path-round-trips.md). The function is volatile, so its select takes a fresh snapshot after
 * the lock is granted and sees every event committed before it (in one SQL statement the snapshot would be
 * taken before the lock). SQLite serialises its writers and reads the head as before.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  if (!db.getExecutor().adapter.constructor.name.startsWith('Postgres')) return;
  await sql`
    create function audit_chain_head_locked() returns table (seq integer, hash text)
    language plpgsql volatile as $$
    begin
      perform pg_advisory_xact_lock(727274);
      return query select e.seq, e.hash from audit_events e order by e.seq desc limit 1;
    end
    $$`.execute(db);
}
