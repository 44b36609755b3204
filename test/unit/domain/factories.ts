import type {
  AccountabilityEntry,
  Agreement,
  Meeting,
  MeetingKind,
  Motion,
  MotionPart,
  MotionStatus,
} from '../../../src/domain/index.js';

let counter = 0;
export const nextId = (): string => `id-${++counter}`;

export function buildMotion(overrides: Partial<Motion> = {}): Motion {
  return {
    id: nextId(),
    organisationId: 'org-1',
    meetingId: 'meeting-1',
    agendaItemId: null,
    number: null,
    title: 'Herstel financiële verhouding',
    submitters: [{ memberId: 'gm0153', name: 'Enschede' }],
    andOthers: false,
    topic: 'Financiën',
    considerations: null,
    callKind: 'calls-on',
    call: 'Roept het bestuur op…',
    status: 'submitted' as MotionStatus,
    adoptedAtMeetingId: null,
    adoptedOn: null,
    byAcclamation: false,
    parts: [],
    createdAt: '2024-11-01T10:00:00.000Z',
    updatedAt: '2024-11-01T10:00:00.000Z',
    ...overrides,
  };
}

export function buildParts(motionId: string, statuses: MotionPart['status'][]): MotionPart[] {
  return statuses.map((status, index) => ({
    id: `${motionId}-part-${index + 1}`,
    motionId,
    number: index + 1,
    text: `Deel ${index + 1}`,
    status,
    voteId: null,
  }));
}

export function buildMeeting(id: string, date: string, kind: MeetingKind = 'alv'): Meeting {
  return {
    id,
    organisationId: 'org-1',
    kind,
    title: `${kind} ${date}`,
    date,
    startTime: '10:00',
    endTime: '16:00',
    place: 'Den Haag',
    address: null,
    referenceDate: date,
    status: 'held',
    registrationOpen: false,
  };
}

export function buildEntry(roundId: string, motionId: string, overrides: Partial<AccountabilityEntry> = {}) {
  const entry: AccountabilityEntry = {
    id: nextId(),
    roundId,
    motionId,
    text: 'Verantwoording',
    proposal: 'settle',
    condition: null,
    decision: null,
    decidedOn: null,
    voteId: null,
    ...overrides,
  };
  return entry;
}

export function buildAgreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: nextId(),
    organisationId: 'org-1',
    party: 'Rijk',
    title: 'Compensatie',
    text: 'Het Rijk compenseert uiterlijk 14 april.',
    dueDate: '2025-04-14',
    status: 'open',
    statusChangedOn: null,
    source: { type: 'consultation', id: null },
    note: null,
    createdAt: '2025-01-10T09:00:00.000Z',
    ...overrides,
  };
}
