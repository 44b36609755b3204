import type {
  AccountabilityDecision,
  AccountabilityEntry,
  AccountabilityProposal,
  AccountabilityRound,
  AccountabilityRoundStatus,
  Meeting,
  MeetingKind,
  MeetingStatus,
} from '../../domain/index.js';
import type { Executor } from '../../store/database.js';
import {
  type AccountabilityEntryRecord,
  type AccountabilityRoundRecord,
  getAccountabilityRound,
} from '../../store/repositories/accountability.js';
import type { MeetingRecord } from '../../store/repositories/meetings.js';
import { missing } from '../errors.js';

export function toDomainRound(r: AccountabilityRoundRecord): AccountabilityRound {
  return {
    id: r.id,
    organisationId: r.organisationId,
    meetingId: r.meetingId,
    status: r.status as AccountabilityRoundStatus,
    letterId: r.letterId,
    agendaItemId: r.agendaItemId,
    openedAt: r.openedAt,
    approvedAt: null,
    approvedBy: null,
    decidedAt: null,
  };
}

export function toDomainEntry(e: AccountabilityEntryRecord): AccountabilityEntry {
  return {
    id: e.id,
    roundId: e.roundId,
    motionId: e.motionId,
    text: e.text ?? '',
    proposal: e.proposal as AccountabilityProposal | null,
    condition: e.condition,
    decision: e.decision as AccountabilityDecision | null,
    decidedOn: e.decidedAt ? e.decidedAt.slice(0, 10) : null,
    voteId: null,
  };
}

export function toDomainMeeting(m: MeetingRecord): Meeting {
  return {
    id: m.id,
    organisationId: m.organisationId,
    kind: m.kind as MeetingKind,
    title: m.title,
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    place: m.place,
    address: null,
    referenceDate: m.referenceDate ?? m.date,
    status: m.status as MeetingStatus,
    registrationOpen: false,
  };
}

export async function loadRound(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<AccountabilityRoundRecord> {
  const round = await getAccountabilityRound(db, organisationId, id);
  if (!round) throw missing('Verantwoordingsronde', id);
  return round;
}
