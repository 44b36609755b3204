import type { VotingRule } from '../../domain/types.js';
import { computeMemberWeight } from '../../domain/vote-weights.js';
import type { WriteContext } from '../../store/audit.js';
import type { Executor } from '../../store/database.js';
import type { AgendaItemRecord, MeetingRecord } from '../../store/repositories/meetings.js';
import type { MemberRecord } from '../../store/repositories/members.js';
import type { DemoMeetingPlan } from './calendar.js';
import type { Rng } from './prng.js';

export type DemoMeeting = {
  plan: DemoMeetingPlan;
  record: MeetingRecord;
  held: boolean;
  agenda: { motions: AgendaItemRecord; accountability: AgendaItemRecord | null };
};

/** What every demo step works with: one transaction, the writer, the PRNG and the members with their weights. */
export type DemoContext = {
  trx: Executor;
  ctx: WriteContext;
  rng: Rng;
  members: MemberRecord[];
  weights: Map<string, number>;
  eligibleWeight: number;
  /** Running numbers per year for letters (kenmerk and Lbr-number). */
  letterCounters: Map<number, number>;
};

export function memberWeights(members: MemberRecord[], rule: VotingRule): Map<string, number> {
  return new Map(members.map((m) => [m.id, computeMemberWeight({ member: m, rule })]));
}

export const memberByCode = (d: DemoContext, code: string): MemberRecord => {
  const found = d.members.find((m) => m.code === code);
  if (!found) throw new Error(`Gemeente ${code} ontbreekt: laad eerst de gemeenten (motiemonitor seed)`);
  return found;
};
