import { appendAuditEvent, type WriteContext } from '../../store/audit.js';
import type { Executor } from '../../store/database.js';
import { hasAuditAction } from '../../store/repositories/audit-events.js';
import { listMembers } from '../../store/repositories/members.js';
import type { OrganisationRecord } from '../../store/repositories/organisations.js';
import { inTransaction } from '../../store/transaction.js';
import { UPCOMING_MEETING_KEY } from './calendar.js';
import { linkRoundsToLetter, seedAccountabilityRound } from './demo-accountability.js';
import { seedDemoAgreements } from './demo-agreements.js';
import { type DemoContext, memberWeights } from './demo-context.js';
import { seedDemoMeetings } from './demo-meetings.js';
import { newLedger, seedMeetingMotions } from './demo-motions.js';
import { seedDemoPolls, seedDemoRegistrations } from './demo-participation.js';
import { seedDemoResolutions } from './demo-resolutions.js';
import { createRng } from './prng.js';

export const DEMO_SEED = 20260610;
const DEMO_MARKER = 'demo.seeded';
export const DEMO_ACTOR = { id: null, label: 'demo-gegevens' };

export async function hasDemoData(db: Executor, organisationId: string): Promise<boolean> {
  return hasAuditAction(db, organisationId, DEMO_MARKER);
}

/**
 * Generates fictional but realistic demo data (2022–2026) through the repositories, in one transaction, from a
 * fixed seed: the same data on every run. Does nothing when demo data was loaded before.
 */
export async function seedDemo(
  db: Executor,
  organisation: OrganisationRecord,
): Promise<{ seeded: boolean; motions: number }> {
  return inTransaction(db, async (trx) => {
    if (await hasDemoData(trx, organisation.id)) return { seeded: false, motions: 0 };
    const members = (await listMembers(trx, organisation.id)).filter((m) => m.status === 'active');
    if (members.length === 0)
      throw new Error('Er zijn nog geen leden: laad eerst de gemeenten met "motiemonitor seed"');
    members.sort((a, b) => a.code.localeCompare(b.code));
    const ctx: WriteContext = { organisationId: organisation.id, actor: DEMO_ACTOR };
    const weights = memberWeights(members, organisation.settings.votingRule);
    const d: DemoContext = {
      trx,
      ctx,
      rng: createRng(DEMO_SEED),
      members,
      weights,
      eligibleWeight: [...weights.values()].reduce((a, b) => a + b, 0),
      letterCounters: new Map(),
    };
    const meetings = await seedDemoMeetings(d);
    const ledger = newLedger();
    for (const [index, meeting] of meetings.entries()) {
      if (meeting.plan.accountability) await seedAccountabilityRound(d, ledger, meeting);
      await seedMeetingMotions(d, ledger, meeting, index);
    }
    const agreements = await seedDemoAgreements(d);
    await seedDemoResolutions(d, meetings, agreements);
    await seedDemoPolls(d);
    // The invitation announces the meeting and its agenda; a round no letter presents yet goes with it.
    for (const [key, count] of [
      ['alv26', 45],
      [UPCOMING_MEETING_KEY, 28],
    ] as const) {
      const meeting = meetings.find((m) => m.plan.key === key)!;
      await linkRoundsToLetter(d, meeting, await seedDemoRegistrations(d, meeting, count));
    }
    await appendAuditEvent(trx, ctx, {
      action: DEMO_MARKER,
      entityKind: 'organisation',
      entityId: organisation.id,
      newValues: { seed: DEMO_SEED, motions: ledger.motions.length },
    });
    return { seeded: true, motions: ledger.motions.length };
  });
}
