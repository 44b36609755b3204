import type { AssemblyState } from '../../services/assembly/assembly-state.js';

const number = (n: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(n);

/** "212 van 298 aanwezige leden hebben gestemd" for the vote open now, or that no vote is open. */
export function progressText(state: AssemblyState): string {
  const open = state.open;
  if (!open) return 'Er is nu geen stemming geopend.';
  const verb = open.votedMembers === 1 ? 'heeft' : 'hebben';
  return `${number(open.votedMembers)} van ${number(state.presentMembers)} aanwezige leden ${verb} gestemd`;
}

export function presentText(state: AssemblyState): string {
  if (!state.register)
    return `Nog niemand aangemeld: alle ${number(state.eligibleMembers)} leden tellen als aanwezig (gewicht ${number(state.eligibleWeight)}).`;
  const quorum =
    state.quorum > 0
      ? `; quorum (${number(state.quorum * 100)}% van het gewicht) ${state.quorumMet ? 'gehaald' : 'niet gehaald'}`
      : '';
  return `${number(state.presentMembers)} van ${number(state.eligibleMembers)} leden aanwezig, gewicht ${number(state.presentWeight)} van ${number(state.eligibleWeight)}${quorum}`;
}

/** The open vote's row in the console: "2 leden, gewicht 17". */
export const votedText = (v: { votedMembers: number; votedWeight: number }): string =>
  `${number(v.votedMembers)} ${v.votedMembers === 1 ? 'lid' : 'leden'}, gewicht ${number(v.votedWeight)}`;

/**
 * The running tally of the open vote, when the meeting shows it while open: "Tussenstand: voor 12, tegen 5,
 * onthouding 0 (voor 70,59% van de uitgebrachte stemmen)". Empty otherwise.
 */
export function tallyText(state: AssemblyState): string {
  const tally = state.liveTally ? state.open?.tally : null;
  if (!tally) return '';
  const alternatives = state.open?.alternatives;
  if (alternatives?.length) {
    const cast = alternatives.reduce((sum, a) => sum + (a.key === 'abstain' ? 0 : (tally[a.key] ?? 0)), 0);
    const shares = alternatives.map((a) => {
      const weight = tally[a.key] ?? 0;
      const share = a.key !== 'abstain' && cast > 0 ? ` (${number((weight / cast) * 100)}%)` : '';
      return `${a.label} ${number(weight)}${share}`;
    });
    return `Tussenstand: ${shares.join(', ')}`;
  }
  const entries = Object.entries(tally);
  const forWeight = tally.for ?? 0;
  const cast = forWeight + (tally.against ?? 0);
  const parts = (['for', 'against', 'abstain'] as const).map(
    (c) => `${CHOICE_WORDS[c]} ${number(tally[c] ?? 0)}`,
  );
  for (const [choice, weight] of entries)
    if (!(choice in CHOICE_WORDS)) parts.push(`${choice} ${number(weight)}`);
  const share =
    cast > 0
      ? ` (voor ${new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format((forWeight / cast) * 100)}% van de uitgebrachte stemmen)`
      : '';
  return `Tussenstand: ${parts.join(', ')}${share}`;
}

const CHOICE_WORDS: Record<string, string> = { for: 'voor', against: 'tegen', abstain: 'onthouding' };

/**
 * What a page must be rendered again for: another vote opened, a vote closed or published, attendance of the
 * viewer changed. Counts alone only change texts.
 */
export function structureKey(state: AssemblyState): string {
  const votes = state.votes.map((v) => `${v.id.slice(0, 8)}:${v.status}`).join(',');
  return state.liveTally ? `${votes};tussenstand` : votes;
}

/** The one message every live page gets: public facts only (counts, no names, no result before publication). */
export function liveMessage(state: AssemblyState) {
  return {
    key: structureKey(state),
    texts: {
      progress: progressText(state),
      present: presentText(state),
      ...(state.open ? { voted: votedText(state.open) } : {}),
      ...(state.liveTally && state.open ? { tally: tallyText(state) } : {}),
    },
  };
}
