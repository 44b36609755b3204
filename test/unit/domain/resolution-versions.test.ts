import { describe, expect, it } from 'vitest';
import {
  adoptResolution,
  type ClauseKind,
  createResolutionVersion,
  diffClauses,
  publishResolutionVersion,
} from '../../../src/domain/index.js';
import type {
  ClauseRecord,
  ResolutionRecord,
  ResolutionVersionRecord,
} from '../../../src/store/repositories/resolutions.js';

const AT = '2025-05-21T09:00:00.000Z';
const resolution: ResolutionRecord = {
  id: 'res-1',
  organisationId: 'org-1',
  title: 'Resolutie Samen aan de slag',
  meetingId: 'alv-2025',
  agendaItemId: null,
  status: 'published',
  voteResult: null,
  votePercentage: null,
  byAcclamation: false,
  adoptedVersionId: null,
  createdAt: AT,
  updatedAt: AT,
};
const clause = (kind: ClauseKind, text: string, number: number): ClauseRecord => ({
  id: `c${number}`,
  organisationId: 'org-1',
  resolutionVersionId: 'v',
  motionId: null,
  section: kind === 'noting' || kind === 'considering' ? 'preamble' : 'operative',
  kind,
  number,
  text,
  conditionAgreementId: null,
  label: null,
  heading: null,
  items: null,
});
const stored = (
  version: Omit<
    ResolutionVersionRecord,
    'id' | 'organisationId' | 'explanation' | 'introduction' | 'createdAt' | 'updatedAt'
  >,
  id: string,
): ResolutionVersionRecord => ({
  ...version,
  id,
  organisationId: 'org-1',
  explanation: null,
  introduction: null,
  createdAt: AT,
  updatedAt: AT,
});

describe('resolution versions', () => {
  it('numbers versions after the latest and freezes published text', () => {
    const v1 = stored(
      createResolutionVersion({
        resolution,
        versions: [],
        label: 'concept',
        clauses: [clause('noting', 'het Rijk bezuinigt', 1)],
      }),
      'v1',
    );
    expect(v1).toMatchObject({ number: 1, label: 'concept', publishedAt: null });
    const published = publishResolutionVersion({ version: v1, at: AT });
    expect(published).toMatchObject({ id: 'v1', publishedAt: AT });
    const v2 = stored(
      createResolutionVersion({ resolution, versions: [published], label: 'geactualiseerd', clauses: [] }),
      'v2',
    );
    expect(v2).toMatchObject({ number: 2, publishedAt: null });
    expect(() => publishResolutionVersion({ version: published, at: AT })).toThrowError(
      expect.objectContaining({ code: 'version_immutable' }),
    );

    const adopted = adoptResolution({ resolution, version: published, byAcclamation: true });
    expect(adopted).toMatchObject({ status: 'adopted', adoptedVersionId: 'v1', byAcclamation: true });
    expect(() =>
      createResolutionVersion({
        resolution: adopted,
        versions: [published],
        label: 'vastgesteld',
        clauses: [],
      }),
    ).toThrowError(expect.objectContaining({ code: 'version_immutable' }));
    expect(() => adoptResolution({ resolution: adopted, version: published })).toThrowError(
      expect.objectContaining({ code: 'illegal_transition' }),
    );
    expect(() => adoptResolution({ resolution, version: v2 })).toThrowError(
      expect.objectContaining({ code: 'illegal_transition' }),
    );
  });

  it('diffs clause by clause, handing back the stored clauses', () => {
    const before = [
      clause('noting', 'gemeenten tekorten hebben', 1),
      clause('considering', 'het ravijnjaar nadert', 2),
      clause('requests', 'het bestuur te onderhandelen', 3),
    ];
    const after = [
      clause('noting', 'gemeenten tekorten hebben', 1),
      clause('considering', 'het ravijnjaar 2026 nadert', 2),
      clause('requests', 'het bestuur te onderhandelen', 3),
      clause('instructs', 'een juridische procedure te starten', 4),
    ];
    const changes = diffClauses(before, after);
    expect(changes.map((change) => change.type)).toEqual(['unchanged', 'changed', 'unchanged', 'added']);
    expect(changes[1]).toMatchObject({ before: before[1], after: after[1] });
    expect(diffClauses(after, before).map((change) => change.type)).toEqual([
      'unchanged',
      'changed',
      'unchanged',
      'removed',
    ]);
  });
});
