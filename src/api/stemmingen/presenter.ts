import { choiceToApi, formatVoteResult, resultFacts } from '../../domain/index.js';
import { voteOutcome, voteStatus } from '../../domain/vocabulary/index.js';
import type { BallotWithMember, VoteRecord } from '../../store/repositories/votes.js';
import { API_PREFIX } from '../http/api-version.js';

/** The vote as read: its result is null until the reader may see it (the read use case withholds it). */
export function presentVote(v: VoteRecord) {
  const { result } = v;
  const self = `${API_PREFIX}/stemmingen/${v.id}`;
  return {
    id: v.id,
    onderwerp: v.subject,
    vergadering: v.meetingId,
    motie: v.motionId,
    deel: v.motionPartId,
    resolutie: v.resolutionId,
    amendement: v.amendmentId,
    preadvies: v.preAdviceId,
    verantwoordingsronde: v.roundId,
    alternatieven:
      v.alternatives?.map((a) => ({ sleutel: choiceToApi(a.key), omschrijving: a.label })) ?? null,
    status: voteStatus.toApi(v.status),
    meerderheid: v.majority,
    geopendOp: v.openedAt,
    geslotenOp: v.closedAt,
    gepubliceerdOp: v.publishedAt,
    uitslag: result
      ? {
          voor: result.for,
          tegen: result.against,
          onthouding: result.abstain,
          percentageVoor: result.percentageFor,
          stemgewichtTotaal: result.eligibleWeight,
          quorumGehaald: result.quorumMet,
          bijAcclamatie: result.byAcclamation,
          uitkomst: voteOutcome.toApi(result.outcome),
          omschrijving: formatVoteResult(resultFacts(result)),
          alternatieven:
            result.alternatives?.tallies.map((t) => ({
              sleutel: choiceToApi(t.key),
              omschrijving: t.label,
              gewicht: t.weight,
              leden: t.members,
              percentage: t.percentage,
            })) ?? null,
          winnaar: result.alternatives?.winner ? choiceToApi(result.alternatives.winner) : null,
        }
      : null,
    _links: {
      self: { href: self },
      stemmen: { href: `${self}/stemmen` },
      audittrail: { href: `${self}/audittrail` },
    },
  };
}

export function presentBallot(b: BallotWithMember) {
  return {
    lid: b.memberId,
    code: b.memberCode,
    naam: b.memberName,
    keuze: choiceToApi(b.choice),
    gewicht: b.weight,
    uitgebrachtOp: b.castAt,
  };
}
