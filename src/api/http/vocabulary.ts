import { MOTION_STATUS_API } from '../../domain/index.js';

/**
 * The API's Dutch values for the code's English enums, one two-way table per kind.
 * Unknown values pass through unchanged so that a new status never breaks a read.
 */
export type Vocabulary = {
  toApi: (code: string) => string;
  fromApi: (value: string) => string | null;
  values: string[];
};

function vocabulary(table: Record<string, string>): Vocabulary {
  const back = new Map(Object.entries(table).map(([code, api]) => [api, code]));
  return {
    toApi: (code) => table[code] ?? code,
    fromApi: (value) => back.get(value) ?? null,
    values: Object.values(table),
  };
}

export const motionStatus = vocabulary(MOTION_STATUS_API);
export const partStatus = vocabulary({
  pending: 'open',
  adopted: 'aangenomen',
  rejected: 'verworpen',
  postponed: 'uitgesteld',
  withdrawn: 'ingetrokken',
});
export const agreementStatus = vocabulary({
  open: 'open',
  fulfilled: 'nagekomen',
  'partly-fulfilled': 'gedeeltelijk-nagekomen',
  broken: 'niet-nagekomen',
  withdrawn: 'ingetrokken',
});
export const roundStatus = vocabulary({ open: 'open', approved: 'goedgekeurd', decided: 'besloten' });
export const proposal = vocabulary({ hold: 'aanhouden', settle: 'afdoen', conditional: 'voorwaardelijk' });
export const decision = vocabulary({ held: 'aangehouden', settled: 'afgedaan' });
export const preAdvice = vocabulary({
  adopt: 'overnemen',
  'advise-against': 'ontraden',
  'assembly-judgement': 'oordeel-vergadering',
  postpone: 'aanhouden',
});
export const resolutionStatus = vocabulary({
  draft: 'concept',
  published: 'gepubliceerd',
  adopted: 'aangenomen',
  rejected: 'verworpen',
  withdrawn: 'ingetrokken',
});
export const amendmentStatus = vocabulary({
  submitted: 'ingediend',
  withdrawn: 'ingetrokken',
  adopted: 'aangenomen',
  rejected: 'verworpen',
});
export const meetingStatus = vocabulary({ planned: 'gepland', held: 'gehouden', cancelled: 'geannuleerd' });
export const meetingKind = vocabulary({
  alv: 'alv',
  'najaars-alv': 'najaars-alv',
  'extra-alv': 'extra-alv',
  balv: 'balv',
  ledenbijeenkomst: 'ledenbijeenkomst',
});
export const agendaPurpose = vocabulary({ decision: 'ter-vaststelling', information: 'ter-informatie' });
export const clauseSection = vocabulary({ preamble: 'overwegingen', operative: 'dictum' });
export const clauseKind = vocabulary({
  noting: 'constaterende-dat',
  considering: 'overwegende-dat',
  declares: 'spreekt-uit',
  requests: 'verzoekt',
  'calls-on': 'roept-op',
  instructs: 'draagt-op',
});
export const voteStatus = vocabulary({
  created: 'aangemaakt',
  open: 'geopend',
  closed: 'gesloten',
  published: 'gepubliceerd',
});
export const ballotChoice = vocabulary({ for: 'voor', against: 'tegen', abstain: 'onthouding' });
export const memberStatus = vocabulary({ active: 'actief', merged: 'gefuseerd', ceased: 'opgeheven' });
export const memberKind = vocabulary({ municipality: 'gemeente', faction: 'fractie' });
export const role = vocabulary({
  public: 'publiek',
  member: 'lid',
  staff: 'medewerker',
  board: 'bestuur',
  chair: 'voorzitter',
  admin: 'beheerder',
});

/** Dutch name of the entity in a DomainError, and the vocabulary of its statuses. */
export const ENTITY_VOCABULARY: Record<string, { name: string; status: Vocabulary }> = {
  motion: { name: 'De motie', status: motionStatus },
  agreement: { name: 'De afspraak', status: agreementStatus },
  'accountability round': { name: 'De verantwoordingsronde', status: roundStatus },
  resolution: { name: 'De resolutie', status: resolutionStatus },
  vote: { name: 'De stemming', status: voteStatus },
};
