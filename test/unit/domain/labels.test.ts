import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_STATUS_LABELS,
  formatProposal,
  fromApiMotionStatus,
  MEETING_KIND_LABELS,
  MOTION_STATUS_API,
  MOTION_STATUSES,
  PROPOSAL_LABELS,
  toApiMotionStatus,
} from '../../../src/domain/index.js';

describe('Dutch labels', () => {
  it('maps every motion status to its API value and back', () => {
    expect(MOTION_STATUSES.map(toApiMotionStatus)).toEqual([
      'concept',
      'ingediend',
      'ingetrokken',
      'uitgesteld',
      'aangenomen',
      'verworpen',
      'aangehouden',
      'afgedaan',
    ]);
    for (const status of MOTION_STATUSES) expect(fromApiMotionStatus(MOTION_STATUS_API[status])).toBe(status);
    expect(fromApiMotionStatus('adopted')).toBeNull();
  });

  it('names meetings, proposals and agreement statuses as the association does', () => {
    expect(Object.values(MEETING_KIND_LABELS)).toEqual([
      'ALV',
      'Najaars-ALV',
      'Extra ALV',
      'BALV',
      'ledenbijeenkomst',
    ]);
    expect(PROPOSAL_LABELS.hold).toBe('Aanhouden');
    expect(PROPOSAL_LABELS.settle).toBe('Als afgedaan te beschouwen');
    expect(AGREEMENT_STATUS_LABELS['partly-fulfilled']).toBe('Gedeeltelijk nagekomen');
    expect(
      formatProposal({ proposal: 'conditional', condition: 'tenzij het akkoord wordt ondertekend' }),
    ).toBe('Voorwaardelijk: tenzij het akkoord wordt ondertekend');
    expect(formatProposal({ proposal: null, condition: null })).toBe('Nog geen voorstel');
  });
});
