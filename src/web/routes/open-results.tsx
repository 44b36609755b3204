import type { FastifyInstance, FastifyReply } from 'fastify';
import { loadMotionDetail } from '../../services/motions/load-motion-detail.js';
import { findMemberBallots } from '../../services/votes/find-member-ballots.js';
import { loadVoteDetail } from '../../services/votes/load-vote-detail.js';
import { type NamedVoteLine, namedVotesCsv } from '../../services/votes/named-votes-csv.js';
import { getMember } from '../../store/repositories/members.js';
import { isUuid, pageNotFound, readCaseOf, type Web } from '../web.js';

type Id = { Params: { id: string } };

const sendCsv = (reply: FastifyReply, name: string, lines: NamedVoteLine[]) =>
  reply
    .header('cache-control', 'no-store')
    .header('content-disposition', `attachment; filename="${name}"`)
    .type('text/csv; charset=utf-8')
    .send(namedVotesCsv(lines));

/** Open results as CSV: how every municipality voted on a motion, and how one municipality voted. */
export function openResultRoutes(app: FastifyInstance, web: Web): void {
  app.get<Id>('/moties/:id/stemmen.csv', async (request, reply) => {
    if (!isUuid(request.params.id)) throw pageNotFound();
    const read = readCaseOf(web, request);
    const detail = await loadMotionDetail({
      ...read,
      motionId: request.params.id,
      include: ['publishedVotes'],
    });
    const lines: NamedVoteLine[] = [];
    for (const v of detail.publishedVotes) {
      const { vote, ballots } = await loadVoteDetail({ ...read, voteId: v.id, include: ['ballots'] });
      for (const b of ballots)
        lines.push({
          voteId: vote.id,
          subject: vote.subject,
          voteStatus: vote.status,
          meetingId: vote.meetingId,
          motionId: vote.motionId,
          memberName: b.memberName,
          memberCode: b.memberCode,
          choice: b.choice,
          alternatives: vote.alternatives,
          weight: b.weight,
        });
    }
    return sendCsv(reply, `stemmen-motie-${detail.motion.id}.csv`, lines);
  });

  app.get<Id>('/leden/:id/stemmen.csv', async (request, reply) => {
    const read = readCaseOf(web, request);
    const member = isUuid(request.params.id)
      ? await getMember(read.db, read.organisationId, request.params.id)
      : undefined;
    if (!member) throw pageNotFound();
    const ballots = await findMemberBallots({ ...read, memberId: member.id });
    const lines = ballots.map((b) => ({
      voteId: b.voteId,
      subject: b.voteSubject,
      voteStatus: b.voteStatus,
      meetingId: b.meetingId,
      motionId: b.motionId,
      memberName: member.name,
      memberCode: member.code,
      choice: b.choice,
      weight: b.weight,
    }));
    return sendCsv(reply, `stemmen-${member.code}.csv`, lines);
  });
}
