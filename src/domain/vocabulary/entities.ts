import { roundStatus } from './accountability.js';
import { agreementStatus } from './agreement.js';
import { motionStatus } from './motion.js';
import { resolutionStatus } from './resolution.js';
import type { Vocabulary } from './vocabulary.js';
import { voteStatus } from './vote.js';

/** The Dutch name of an entity a DomainError speaks of ("De motie heeft status …"), and its statuses. */
export const ENTITY_TERMS: Readonly<Record<string, { name: string; status: Vocabulary<string> }>> = {
  motion: { name: 'De motie', status: motionStatus },
  agreement: { name: 'De afspraak', status: agreementStatus },
  'accountability round': { name: 'De verantwoordingsronde', status: roundStatus },
  resolution: { name: 'De resolutie', status: resolutionStatus },
  vote: { name: 'De stemming', status: voteStatus },
};
