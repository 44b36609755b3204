import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toApiError } from '../../src/api/errors/error-handler.js';
import { buildServer } from '../../src/server.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import type { Db } from '../../src/store/database.js';
import { openTestDatabase } from '../support/engines.js';

/**
 * A database too busy to serve a request in time is a 503 with Retry-After ("try again"), not a 500: every pooled
 * PostgreSQL connection taken for longer than the pool waits, or SQLite's write lock held past its busy timeout.
 */
describe('a busy database', () => {
  describe('PostgreSQL, every pooled connection taken', () => {
    let cleanup: () => Promise<void>;
    let app: FastifyInstance;
    let db: Db;

    beforeAll(async () => {
      const opened = await openTestDatabase('postgres');
      cleanup = opened.cleanup;
      db = opened.db;
      const organisation = await ensureOrganisation(db, 'vng');
      app = await buildServer({ ctx: { db, engine: opened.engine, organisation } });
    }, 60_000);
    afterAll(async () => {
      await app?.close();
      await cleanup?.();
    });

    /** Takes all ten connections of the app's pool until `release` is called. */
    async function takeEveryConnection(): Promise<{ release: () => Promise<void> }> {
      let open!: () => void;
      const gate = new Promise<void>((resolve) => {
        open = resolve;
      });
      let taken = 0;
      let allTaken!: () => void;
      const ready = new Promise<void>((resolve) => {
        allTaken = resolve;
      });
      const holders = Array.from({ length: 10 }, () =>
        db.connection().execute(async (connection) => {
          await sql`select 1`.execute(connection);
          taken += 1;
          if (taken === 10) allTaken();
          await gate;
        }),
      );
      await ready;
      return {
        release: async () => {
          open();
          await Promise.all(holders);
        },
      };
    }

    it('answers the API with 503 problem+json and Retry-After, then serves again once a connection is free', async () => {
      const hold = await takeEveryConnection();
      try {
        const busy = await app.inject({ method: 'GET', url: '/api/v1/moties' });
        expect(busy.statusCode).toBe(503);
        expect(busy.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(busy.headers['retry-after']).toBe('2');
        expect(busy.json()).toMatchObject({ status: 503, code: 'database_busy' });
        expect(busy.json().detail).toContain('te druk');

        const page = await app.inject({ method: 'GET', url: '/moties' });
        expect(page.statusCode).toBe(503);
        expect(page.headers['retry-after']).toBe('2');
        expect(page.body).toContain('Probeer het over een paar seconden opnieuw.');
      } finally {
        await hold.release();
      }
      const again = await app.inject({ method: 'GET', url: '/api/v1/moties' });
      expect(again.statusCode).toBe(200);
    }, 60_000);
  });

  describe('SQLite, the write lock held by another connection', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'motiemonitor-busy-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('maps the driver’s SQLITE_BUSY to 503 database_busy', () => {
      const file = join(dir, 'busy.db');
      const holder = new SQLite(file);
      const writer = new SQLite(file);
      try {
        holder.pragma('journal_mode = WAL');
        holder.exec('create table t (x integer)');
        writer.pragma('busy_timeout = 0');
        holder.exec('begin immediate');
        let thrown: unknown;
        try {
          writer.exec('insert into t values (1)');
        } catch (error) {
          thrown = error;
        }
        expect((thrown as { code?: string }).code).toBe('SQLITE_BUSY');
        const mapped = toApiError(thrown);
        expect(mapped.status).toBe(503);
        expect(mapped.code).toBe('database_busy');
        holder.exec('rollback');
        expect(writer.prepare('select count(*) as n from t').get()).toEqual({ n: 0 });
      } finally {
        holder.close();
        writer.close();
      }
    });

    it('keeps an unknown failure a 500', () => {
      expect(toApiError(new Error('iets anders')).status).toBe(500);
    });
  });
});
