import { pollResults } from '../../../services/polls/poll-results.js';
import { getPoll, listPolls } from '../../../store/repositories/polls.js';
import { formatNumber } from '../../format.js';
import type { Web } from '../../web.js';

/** The published polls that informed a resolution, with their response rate, for the resolution page. */
export async function pollsInforming(web: Web, resolutionId: string) {
  const { db, organisation } = web.ctx;
  const polls = await listPolls(db, organisation.id, { resolutionId, status: ['open', 'closed'] });
  return Promise.all(
    polls.items.map(async (p) => {
      const poll = (await getPoll(db, organisation.id, p.id))!;
      const { rate } = await pollResults(web.ctx, poll, {
        weighted: false,
        grouping: 'none',
        includePerMember: false,
      });
      return {
        id: p.id,
        title: p.title,
        rate: `${formatNumber(rate.respondents)} van ${formatNumber(rate.audience)} gemeenten`,
      };
    }),
  );
}
