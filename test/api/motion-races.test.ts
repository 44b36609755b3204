import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { recordMotionTransition } from '../../src/store/repositories/motions.js';
import { ENGINES } from '../support/engines.js';
import { type Harness, startHarness } from './support/harness.js';

/** Two people record the vote on the same motion at the same moment: one wins, the other hears 409, never 500. */
describe.each(ENGINES)('a lost race on a motion transition on %s', (engine) => {
  let h: Harness;
  let meeting: string;
  const post = (url: string, payload: object) =>
    h.as('chair', { method: 'POST', url: `/api/v1${url}`, payload });
  const submittedMotion = async (title: string) => {
    const id = (
      await h.as('staff', {
        method: 'POST',
        url: '/api/v1/moties',
        payload: { titel: title, indieners: [{ naam: 'Bestuur' }] },
      })
    ).json().id;
    await h.as('staff', {
      method: 'POST',
      url: `/api/v1/moties/${id}/indienen`,
      payload: { vergadering: meeting },
    });
    return id as string;
  };
  const transitions = async (id: string) =>
    (await h.as('public', { method: 'GET', url: `/api/v1/moties/${id}/statusovergangen` })).json().resultaten;

  beforeAll(async () => {
    h = await startHarness(engine);
    meeting = (await createMeeting(h.ctx.db, h.system, { kind: 'alv', title: 'ALV', date: '2025-06-18' })).id;
  });
  afterAll(async () => h?.close());

  it('answers concurrent votes on one motion with one 200 and 409 for the rest', async () => {
    const id = await submittedMotion('Gelijktijdig gestemd');
    const outcomes = ['aangenomen', 'verworpen', 'aangenomen', 'verworpen'];
    const responses = await Promise.all(
      outcomes.map((uitkomst) => post(`/moties/${id}/stemuitslag`, { uitkomst, percentage: 60 })),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 409, 409, 409]);
    for (const refused of responses.filter((r) => r.statusCode === 409)) {
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(['conflict', 'illegal_transition']).toContain(refused.json().code);
    }
    expect((await transitions(id)).map((t: { naar: string }) => t.naar)).toHaveLength(2);
  });

  // Only PostgreSQL runs transactions side by side (SQLite serialises them; the store test covers the stale write).
  if (engine === 'postgres')
    it('answers 409 conflict when another writer moved the motion between our read and our write', async () => {
      const id = await submittedMotion('Ingehaald');
      // The other writer has already changed the row but not committed: we read 'submitted' and must wait.
      const other = await h.ctx.db.startTransaction().execute();
      let pending: ReturnType<typeof post> | undefined;
      try {
        await recordMotionTransition(other, h.system, { motionId: id, from: 'submitted', to: 'rejected' });
        pending = post(`/moties/${id}/stemuitslag`, { uitkomst: 'aangenomen', percentage: 60 });
        for (let waited = 0; waited < 10_000; waited += 20) {
          const { rows } = await sql<{ n: string }>`
            select count(*) as n from pg_stat_activity
            where wait_event_type = 'Lock' and datname = current_database()`.execute(h.ctx.db);
          if (Number(rows[0].n) > 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await other.commit().execute();
      } catch (error) {
        await other.rollback().execute();
        throw error;
      }
      const response = await pending;
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ status: 409, code: 'conflict', title: 'Conflict' });
      expect(response.json().detail).toContain('intussen gewijzigd');
      const motion = (await h.as('public', { method: 'GET', url: `/api/v1/moties/${id}` })).json();
      expect(motion.status).toBe('verworpen');
      expect((await transitions(id)).map((t: { naar: string }) => t.naar)).toEqual([
        'ingediend',
        'verworpen',
      ]);
    });
});
