import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardMeetingDate } from '../../src/domain/board-meeting.js';
import { motionDeadline } from '../../src/domain/working-days.js';
import { editAccountabilityRound } from '../../src/services/accountability/edit-accountability-round.js';
import { deliverDueMessages } from '../../src/services/outbox/deliver.js';
import { smtpMailer } from '../../src/services/outbox/mailer.js';
import { agreementStage, sendDueReminders } from '../../src/services/reminders/reminder-jobs.js';
import { fixedClock } from '../../src/store/clock.js';
import {
  createAccountabilityRound,
  upsertAccountabilityEntry,
} from '../../src/store/repositories/accountability.js';
import { createAgreement } from '../../src/store/repositories/agreements.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { upsertMembers } from '../../src/store/repositories/members.js';
import { createMotion } from '../../src/store/repositories/motions.js';
import { createUser } from '../../src/store/repositories/users.js';
import { type OutboxFixture, openOutboxFixture } from '../outbox/outbox-fixture.js';
import { ENGINES } from '../support/engines.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

describe('the reminder an agreement’s due date calls for', () => {
  it('is 14 days before, on the day, or overdue', () => {
    expect(agreementStage('2025-04-14', '2025-03-30')).toBeNull();
    expect(agreementStage('2025-04-14', '2025-03-31')?.key).toBe('14-dagen');
    expect(agreementStage('2025-04-14', '2025-04-14')?.key).toBe('vandaag');
    expect(agreementStage('2025-04-14', '2025-04-15')?.key).toBe('verlopen');
  });
});

describe('the board’s meeting on a round', () => {
  it('is the date set on the round, else four weeks before the assembly on a working day', () => {
    expect(boardMeetingDate({ boardMeetingDate: '2025-05-27' }, '2025-06-18')).toBe('2025-05-27');
    expect(boardMeetingDate({ boardMeetingDate: null }, '2025-06-18')).toBe('2025-05-21');
    // 23 days before Friday 12 December 2025 is a Wednesday.
    expect(boardMeetingDate({ boardMeetingDate: null }, '2025-12-12', 23)).toBe('2025-11-19');
    // A Sunday moves back to the Friday before.
    expect(boardMeetingDate({ boardMeetingDate: null }, '2025-12-12', 26)).toBe('2025-11-14');
  });
});

describe.each(ENGINES)('reminders as outbox messages, on %s', (engine) => {
  let f: OutboxFixture;
  let smtp: TestSmtpServer;
  const run = (iso: string) => sendDueReminders.run({ ctx: f.ctx, clock: fixedClock(iso) });

  beforeAll(async () => {
    f = await openOutboxFixture(engine);
    smtp = await startSmtpServer();
    await upsertMembers(f.ctx.db, f.writer, [{ code: 'GM0513', name: 'Gouda', inhabitants: 75_000 }]);
    const gouda = (await f.ctx.db.selectFrom('members').select('id').executeTakeFirstOrThrow()).id;
    await createUser(f.ctx.db, f.writer, { email: 'bureau@vng.example', name: 'Bea Bureau', role: 'staff' });
    await createUser(f.ctx.db, f.writer, {
      email: 'griffie@gouda.example',
      name: 'Griffie Gouda',
      role: 'member',
      memberId: gouda,
    });
    // "uiterlijk 14 april" (seed 001): the agreement's own date decides.
    await createAgreement(f.ctx.db, f.writer, {
      text: 'Formeel overleg tussen Rijk en gemeenten over de financiering van de jeugdzorg',
      party: 'kabinet',
      dueDate: '2025-04-14',
      status: 'open',
    });
    await createMeeting(f.ctx.db, f.writer, {
      kind: 'alv',
      title: 'ALV 2025',
      date: '2025-06-18',
      place: 'Den Haag',
    });
  });
  afterAll(async () => {
    await smtp?.close();
    await f?.cleanup();
  });

  it('reminds staff 14 days before, on the day and when overdue — each once, however often the job runs', async () => {
    expect((await run('2025-03-20T08:00:00.000Z')).afspraken).toBe(0);
    expect((await run('2025-03-31T08:00:00.000Z')).afspraken).toBe(1);
    expect((await run('2025-04-02T08:00:00.000Z')).afspraken).toBe(0);
    expect((await run('2025-04-14T08:00:00.000Z')).afspraken).toBe(1);
    expect((await run('2025-04-15T08:00:00.000Z')).afspraken).toBe(1);
    expect((await run('2025-05-15T08:00:00.000Z')).afspraken).toBe(0);
    await deliverDueMessages({
      ctx: f.ctx,
      mailer: smtpMailer(smtp.url),
      clock: fixedClock('2025-05-15T08:00:00.000Z'),
    });
    expect(smtp.received.map((m) => [m.envelopeTo[0], m.subject]).sort()).toEqual([
      ['bureau@vng.example', 'Afspraak verloopt over twee weken (kabinet)'],
      ['bureau@vng.example', 'Afspraak verloopt vandaag (kabinet)'],
      ['bureau@vng.example', 'Afspraak verlopen (kabinet)'],
    ]);
    expect(smtp.received[0].text).toContain('maandag 14 april 2025');
  });

  it('tells the members’ clerks the motion deadline, nine working days before the assembly', async () => {
    const deadline = motionDeadline('2025-06-18');
    expect(deadline).toBe('2025-06-04');
    expect((await run('2025-05-27T08:00:00.000Z')).motietermijnen).toBe(0);
    expect((await run('2025-05-28T08:00:00.000Z')).motietermijnen).toBe(1);
    expect((await run('2025-06-04T08:00:00.000Z')).motietermijnen).toBe(0);
    const before = smtp.received.length;
    await deliverDueMessages({
      ctx: f.ctx,
      mailer: smtpMailer(smtp.url),
      clock: fixedClock('2025-06-04T08:00:00.000Z'),
    });
    const [mail] = smtp.received.slice(before);
    expect(mail.envelopeTo).toEqual(['griffie@gouda.example']);
    expect(mail.subject).toBe('Moties en amendementen voor ALV 2025: uiterlijk woensdag 4 juni 2025');
    expect(mail.text).toMatch(/Afmelden|Meld u af: http/);
  });

  it('reminds staff of held motions without accountability a week before the board’s meeting, once per date', async () => {
    const meeting = await f.ctx.db
      .selectFrom('meetings')
      .select('id')
      .where('title', '=', 'ALV 2025')
      .executeTakeFirstOrThrow();
    const motion = (title: string) =>
      createMotion(f.ctx.db, f.writer, {
        title,
        status: 'held',
        submitters: [{ name: 'Gouda' }],
        meetingId: meeting.id,
      });
    const empty = await motion('Motie Gouda over de jeugdzorgkosten');
    const written = await motion('Motie Gouda over de omgevingswet');
    const round = await createAccountabilityRound(f.ctx.db, f.writer, {
      meetingId: meeting.id,
      title: 'Verantwoording ALV 2025',
    });
    await upsertAccountabilityEntry(f.ctx.db, f.writer, { roundId: round.id, motionId: empty.id });
    await upsertAccountabilityEntry(f.ctx.db, f.writer, {
      roundId: round.id,
      motionId: written.id,
      text: 'Het bestuur heeft hierover overleg gevoerd met het Rijk.',
      proposal: 'settle',
    });
    const due = (r: Record<string, number>) => r['lege verantwoordingen'];
    // The board meets four weeks before the assembly of 18 June: Wednesday 21 May.
    expect(due(await run('2025-05-13T08:00:00.000Z'))).toBe(0);
    expect(due(await run('2025-05-14T08:00:00.000Z'))).toBe(1);
    expect(due(await run('2025-05-16T08:00:00.000Z'))).toBe(0);
    // Staff move the board's meeting in the workspace: a new date, a new reminder a week before it.
    await editAccountabilityRound({
      db: f.ctx.db,
      writer: f.writer,
      roundId: round.id,
      changes: { boardMeetingDate: '2025-05-28' },
    });
    expect(due(await run('2025-05-20T08:00:00.000Z'))).toBe(0);
    expect(due(await run('2025-05-21T08:00:00.000Z'))).toBe(1);
    expect(due(await run('2025-05-22T08:00:00.000Z'))).toBe(0);
    const before = smtp.received.length;
    await deliverDueMessages({
      ctx: f.ctx,
      mailer: smtpMailer(smtp.url),
      clock: fixedClock('2025-05-22T08:00:00.000Z'),
    });
    const mails = smtp.received.slice(before);
    expect(mails.map((m) => [m.envelopeTo[0], m.subject])).toEqual([
      ['bureau@vng.example', 'Verantwoording ALV 2025: 1 motie nog zonder tekst'],
      ['bureau@vng.example', 'Verantwoording ALV 2025: 1 motie nog zonder tekst'],
    ]);
    expect(mails[0].text).toContain('woensdag 21 mei 2025');
    expect(mails[1].text).toContain('woensdag 28 mei 2025');
    expect(mails[1].text).toContain('Motie Gouda over de jeugdzorgkosten');
    expect(mails[1].text).not.toContain('omgevingswet');
    expect(mails[1].text).toContain(`/beheer/verantwoording/${round.id}`);
    // Once the entry has its text, nothing is due even for a board meeting moved again.
    await upsertAccountabilityEntry(f.ctx.db, f.writer, {
      roundId: round.id,
      motionId: empty.id,
      text: 'De kosten zijn in kaart gebracht.',
      proposal: 'hold',
    });
    await editAccountabilityRound({
      db: f.ctx.db,
      writer: f.writer,
      roundId: round.id,
      changes: { boardMeetingDate: '2025-06-04' },
    });
    expect(due(await run('2025-05-29T08:00:00.000Z'))).toBe(0);
  });
});
