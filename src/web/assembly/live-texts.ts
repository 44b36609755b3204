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
 * What a page must be rendered again for: another vote opened, a vote closed or published, attendance of the
 * viewer changed. Counts alone only change texts.
 */
export function structureKey(state: AssemblyState): string {
  return state.votes.map((v) => `${v.id.slice(0, 8)}:${v.status}`).join(',');
}

/** The one message every live page gets: public facts only (counts, no names, no result before publication). */
export function liveMessage(state: AssemblyState) {
  return {
    key: structureKey(state),
    texts: {
      progress: progressText(state),
      present: presentText(state),
      ...(state.open ? { voted: votedText(state.open) } : {}),
    },
  };
}
