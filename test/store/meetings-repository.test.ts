import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/store/errors.js';
import {
  addAgendaItem,
  createMeeting,
  getMeeting,
  listAgendaItems,
  listMeetings,
  updateAgendaItem,
  updateMeeting,
} from '../../src/store/repositories/meetings.js';
import {
  createRegistration,
  listRegistrations,
  updateRegistration,
} from '../../src/store/repositories/registrations.js';
import { ENGINES } from '../support/engines.js';
import { auditActions, openStoreFixture, type StoreFixture } from './store-fixture.js';

describe.each(ENGINES)('meetings, agenda items and registrations on %s', (engine) => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await openStoreFixture(engine);
  });
  afterAll(async () => f?.cleanup());

  it('creates, lists by year and kind, sorts by date and updates meetings', async () => {
    const alv = await createMeeting(f.db, f.ctx, {
      kind: 'alv',
      title: 'ALV 2024',
      date: '2024-06-05',
      place: 'Den Haag',
    });
    await createMeeting(f.db, f.ctx, { kind: 'najaars-alv', title: 'Najaars-ALV 2024', date: '2024-12-04' });
    await createMeeting(f.db, f.ctx, { kind: 'alv', title: 'ALV 2025', date: '2025-06-18' });
    expect(alv.status).toBe('planned');
    expect(alv.referenceDate).toBe('2024-06-05');
    const y2024 = await listMeetings(
      f.db,
      f.ctx.organisationId,
      { year: 2024 },
      { limit: 10, offset: 0 },
      'date',
    );
    expect(y2024.items.map((m) => m.title)).toEqual(['ALV 2024', 'Najaars-ALV 2024']);
    expect(y2024.total).toBe(2);
    const alvs = await listMeetings(
      f.db,
      f.ctx.organisationId,
      { kind: ['alv'] },
      { limit: 1, offset: 0 },
      '-date',
    );
    expect(alvs.total).toBe(2);
    expect(alvs.items[0].title).toBe('ALV 2025');
    const byPlace = await listMeetings(f.db, f.ctx.organisationId, { q: 'den haag' });
    expect(byPlace.items.map((m) => m.id)).toEqual([alv.id]);
    const held = await updateMeeting(f.db, f.ctx, alv.id, { status: 'held' });
    expect(held.status).toBe('held');
    expect(await auditActions(f, alv.id)).toEqual(['meeting.created', 'meeting.updated']);
  });

  it('keeps agenda items in order and scopes reads to the organisation', async () => {
    const m = await createMeeting(f.db, f.ctx, { kind: 'balv', title: 'BALV 2025', date: '2025-01-31' });
    await addAgendaItem(f.db, f.ctx, { meetingId: m.id, number: '1', title: 'Opening' });
    const item = await addAgendaItem(f.db, f.ctx, {
      meetingId: m.id,
      number: '11',
      title: 'Verantwoording moties',
    });
    expect(item.position).toBe(2);
    await updateAgendaItem(f.db, f.ctx, item.id, { purpose: 'information' });
    const items = await listAgendaItems(f.db, f.ctx.organisationId, m.id);
    expect(items.map((i) => [i.number, i.purpose])).toEqual([
      ['1', 'decision'],
      ['11', 'information'],
    ]);
    expect(await getMeeting(f.db, 'andere-organisatie', m.id)).toBeUndefined();
    await expect(
      addAgendaItem(
        f.db,
        { ...f.ctx, organisationId: 'andere-organisatie' },
        { meetingId: m.id, number: '2', title: 'x' },
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateMeeting(f.db, f.ctx, 'bestaat-niet', { title: 'x' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('registers people for a meeting with their wishes', async () => {
    const m = await createMeeting(f.db, f.ctx, { kind: 'alv', title: 'ALV 2026', date: '2026-06-10' });
    const r = await createRegistration(f.db, f.ctx, {
      meetingId: m.id,
      memberId: f.members.GM0513,
      personName: 'Anne de Vries',
      email: 'griffie@gouda.example',
      wishes: 'vegetarisch',
    });
    await createRegistration(f.db, f.ctx, { meetingId: m.id, personName: 'Bram Jansen' });
    await updateRegistration(f.db, f.ctx, r.id, { wishes: 'vegetarisch, notenallergie' });
    const list = await listRegistrations(f.db, f.ctx.organisationId, { meetingId: m.id });
    expect(list.total).toBe(2);
    expect(list.items.map((x) => x.personName)).toEqual(['Anne de Vries', 'Bram Jansen']);
    expect(list.items[0].wishes).toBe('vegetarisch, notenallergie');
    const gouda = await listRegistrations(f.db, f.ctx.organisationId, { memberId: f.members.GM0513 });
    expect(gouda.total).toBe(1);
  });
});
