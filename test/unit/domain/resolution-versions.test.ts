import { describe, expect, it } from 'vitest';
import {
  adoptResolution,
  type Clause,
  createResolutionVersion,
  diffClauses,
  publishResolutionVersion,
  type Resolution,
} from '../../../src/domain/index.js';
import { nextId } from './factories.js';

const AT = '2025-05-21T09:00:00.000Z';
const resolution: Resolution = {
  id: 'res-1',
  organisationId: 'org-1',
  meetingId: 'alv-2025',
  agendaItemId: null,
  number: null,
  title: 'Resolutie Samen aan de slag',
  status: 'published',
  adoptedVersionId: null,
  adoptedAmended: false,
  byAcclamation: false,
  voteId: null,
  createdAt: AT,
};
const clause = (kind: Clause['kind'], text: string, position: number): Omit<Clause, 'id' | 'versionId'> => ({
  kind,
  text,
  position,
  section: kind === 'noting' || kind === 'considering' ? 'preamble' : 'operative',
  conditionAgreementId: null,
});

describe('resolution versions', () => {
  it('supersedes the latest version and freezes published text', () => {
    const v1 = createResolutionVersion({
      resolution,
      versions: [],
      label: 'concept',
      clauses: [clause('noting', 'het Rijk bezuinigt', 1)],
      at: AT,
      createId: nextId,
    });
    const published = publishResolutionVersion({ version: v1, at: AT });
    const v2 = createResolutionVersion({
      resolution,
      versions: [published],
      label: 'geactualiseerd',
      clauses: [],
      at: AT,
    });
    expect(v2).toMatchObject({ sequence: 2, supersedesId: v1.id, publishedAt: null });
    expect(v1.clauses[0].versionId).toBe(v1.id);
    expect(() => publishResolutionVersion({ version: published, at: AT })).toThrowError(
      expect.objectContaining({ code: 'version_immutable' }),
    );

    const adopted = adoptResolution({ resolution, version: published, amended: true, voteId: 'vote-7' });
    expect(adopted).toMatchObject({ status: 'adopted', adoptedVersionId: v1.id, adoptedAmended: true });
    expect(() =>
      createResolutionVersion({
        resolution: adopted,
        versions: [published],
        label: 'vastgesteld',
        clauses: [],
        at: AT,
      }),
    ).toThrowError(expect.objectContaining({ code: 'version_immutable' }));
    expect(() => adoptResolution({ resolution: adopted, version: published })).toThrowError(
      expect.objectContaining({ code: 'illegal_transition' }),
    );
    expect(() => adoptResolution({ resolution, version: v2 })).toThrowError(
      expect.objectContaining({ code: 'illegal_transition' }),
    );
  });

  it('diffs clause by clause', () => {
    const withIds = (items: Omit<Clause, 'id' | 'versionId'>[]) =>
      items.map((item, index): Clause => ({ ...item, id: `c${index}`, versionId: 'v' }));
    const before = withIds([
      clause('noting', 'gemeenten tekorten hebben', 1),
      clause('considering', 'het ravijnjaar nadert', 2),
      clause('requests', 'het bestuur te onderhandelen', 3),
    ]);
    const after = withIds([
      clause('noting', 'gemeenten tekorten hebben', 1),
      clause('considering', 'het ravijnjaar 2026 nadert', 2),
      clause('requests', 'het bestuur te onderhandelen', 3),
      clause('instructs', 'een juridische procedure te starten', 4),
    ]);
    expect(diffClauses(before, after).map((change) => change.type)).toEqual([
      'unchanged',
      'changed',
      'unchanged',
      'added',
    ]);
    expect(diffClauses(after, before).map((change) => change.type)).toEqual([
      'unchanged',
      'changed',
      'unchanged',
      'removed',
    ]);
  });
});
