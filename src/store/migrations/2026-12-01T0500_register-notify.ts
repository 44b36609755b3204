import { type Kysely, sql } from 'kysely';

/**
 * PostgreSQL tells every app process when the register moved (ADR 026): a statement that appends to the audit
 * trail sends a notification on `motiemonitor_register` when its transaction commits (PostgreSQL delivers it only
 * then, once per transaction), whoever wrote — the API, the portal, an import, the CLI, another machine. The
 * processes keep the register version in memory while they hear nothing (src/store/register-watch.ts). SQLite is
 * one process: nothing to tell.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  if (!db.getExecutor().adapter.constructor.name.startsWith('Postgres')) return;
  await sql`
    create function motiemonitor_register_moved() returns trigger language plpgsql as $$
    begin
      perform pg_notify('motiemonitor_register', '');
      return null;
    end $$`.execute(db);
  await sql`
    create trigger audit_events_register_moved after insert on audit_events
    for each statement execute function motiemonitor_register_moved()`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  if (!db.getExecutor().adapter.constructor.name.startsWith('Postgres')) return;
  await sql`drop trigger if exists audit_events_register_moved on audit_events`.execute(db);
  await sql`drop function if exists motiemonitor_register_moved()`.execute(db);
}
