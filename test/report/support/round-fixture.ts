import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MeetingKind } from '../../../src/domain/types.js';

/** A round as plain data: what staff registered, in the bureau's order. Meetings are referred to by label. */
export type FixtureMotion = {
  topic: string;
  title: string;
  submitters: string[];
  andOthers: boolean;
  meeting: string;
  call: string;
  accountability: string;
  proposal: 'hold' | 'settle' | 'conditional';
  condition: string | null;
};
export type RoundFixture = {
  round: {
    meeting: string;
    agendaItemNumber: string;
    title: string;
    letter: { subject: string; date: string } | null;
    summary: string;
    proposalText: string;
  };
  meetings: { label: string; kind: MeetingKind; date: string }[];
  groups: { label: string; motions: FixtureMotion[] }[];
};

/** The round of the seed document 003 (ALV 18 juni 2025), transcribed from its text. */
export function loadSeedRound(): RoundFixture {
  const path = fileURLToPath(new URL('../fixtures/seed-003-round.json', import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as RoundFixture;
}

export const allMotions = (fixture: RoundFixture): FixtureMotion[] =>
  fixture.groups.flatMap((g) => g.motions);
