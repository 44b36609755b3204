import type { MeetingKind } from '../../../src/domain/index.js';
import type { AccountabilityEntryRecord } from '../../../src/store/repositories/accountability.js';
import type { AgreementRecord } from '../../../src/store/repositories/agreements.js';
import type { MeetingRecord } from '../../../src/store/repositories/meetings.js';
import type { MotionPartRecord, MotionWithSubmitters } from '../../../src/store/repositories/motions.js';

// The domain's rules read the records the store returns: the factories build those records.
let counter = 0;
export const nextId = (): string => `id-${++counter}`;
const STAMP = '2024-11-01T10:00:00.000Z';

export function buildMotion(overrides: Partial<MotionWithSubmitters> = {}): MotionWithSubmitters {
  return {
    id: nextId(),
    organisationId: 'org-1',
    meetingId: 'meeting-1',
    agendaItemId: null,
    number: null,
    title: 'Herstel financiële verhouding',
    topic: 'Financiën',
    call: 'Roept het bestuur op…',
    body: null,
    status: 'submitted',
    andOthers: false,
    submittedAt: STAMP,
    decidedAt: null,
    voteResult: null,
    votePercentage: null,
    byAcclamation: false,
    published: true,
    explanation: null,
    introduction: null,
    closing: null,
    signatories: [],
    sourceMeeting: null,
    portfolioHolder: null,
    dueDate: null,
    settledOn: null,
    progress: null,
    submitters: [{ position: 1, memberId: 'gm0153', name: 'Enschede' }],
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

export function buildParts(motionId: string, statuses: MotionPartRecord['status'][]): MotionPartRecord[] {
  return statuses.map((status, index) => ({
    id: `${motionId}-part-${index + 1}`,
    organisationId: 'org-1',
    motionId,
    number: index + 1,
    text: `Deel ${index + 1}`,
    status,
    voteResult: null,
    votePercentage: null,
    byAcclamation: false,
    createdAt: STAMP,
    updatedAt: STAMP,
  }));
}

export function buildMeeting(id: string, date: string, kind: MeetingKind = 'alv'): MeetingRecord {
  return {
    id,
    organisationId: 'org-1',
    kind,
    title: `${kind} ${date}`,
    date,
    startTime: '10:00',
    endTime: '16:00',
    place: 'Den Haag',
    status: 'held',
    referenceDate: date,
    liveTally: 0,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

export function buildEntry(
  roundId: string,
  motionId: string,
  overrides: Partial<AccountabilityEntryRecord> = {},
): AccountabilityEntryRecord {
  return {
    id: nextId(),
    organisationId: 'org-1',
    roundId,
    motionId,
    position: 1,
    groupLabel: null,
    text: 'Verantwoording',
    proposal: 'settle',
    condition: null,
    approvedAt: null,
    approvedBy: null,
    decision: null,
    decidedAt: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

export function buildAgreement(overrides: Partial<AgreementRecord> = {}): AgreementRecord {
  return {
    id: nextId(),
    organisationId: 'org-1',
    text: 'Het Rijk compenseert uiterlijk 14 april.',
    party: 'Rijk',
    dueDate: '2025-04-14',
    status: 'open',
    sourceKind: 'consultation',
    consultationId: null,
    letterId: null,
    resolutionId: null,
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2025-01-10T09:00:00.000Z',
    ...overrides,
  };
}
