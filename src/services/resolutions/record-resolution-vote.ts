import { illegalTransition } from '../../domain/index.js';
import {
  adoptResolutionVersion,
  listResolutionVersions,
  type ResolutionRecord,
  updateResolution,
} from '../../store/repositories/resolutions.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid } from '../errors.js';
import { requireHeldMeeting, type Today } from '../meetings/held-meeting.js';
import { describeVoteResult } from '../motions/vote-result.js';
import type { UseCase } from '../types.js';
import { loadResolution } from './draft-resolution.js';

/**
 * The assembly adopts a version (default: the latest; "gewijzigde versie aangenomen" when it is an amended
 * one) or rejects the resolution. Adoption freezes the text.
 */
export async function recordResolutionVote(
  options: UseCase &
    Today & {
      resolutionId: string;
      outcome: 'adopted' | 'rejected';
      versionId?: string;
      percentage?: number | null;
      byAcclamation?: boolean;
    },
): Promise<ResolutionRecord> {
  const { writer } = options;
  const voteResult = describeVoteResult(options);
  return inTransaction(options.db, async (trx) => {
    const resolution = await loadResolution(trx, writer.organisationId, options.resolutionId);
    // Decided at its meeting: not before that meeting has taken place, and dated by it.
    const held = resolution.meetingId
      ? await requireHeldMeeting(trx, writer.organisationId, resolution.meetingId, {
          today: options.today,
          what: 'resolution vote',
        })
      : null;
    if (resolution.status !== 'draft' && resolution.status !== 'published') {
      throw illegalTransition({
        entity: 'resolution',
        current: resolution.status,
        to: options.outcome,
        allowed: [],
      });
    }
    if (options.outcome === 'rejected')
      return updateResolution(trx, writer, resolution.id, {
        status: 'rejected',
        voteResult,
        votePercentage: options.percentage ?? null,
        byAcclamation: false,
      });
    const versions = await listResolutionVersions(trx, writer.organisationId, resolution.id);
    const version = options.versionId ? versions.find((v) => v.id === options.versionId) : versions.at(-1);
    if (!version) throw invalid('versie', 'unknown_version', 'Er is (nog) geen versie om vast te stellen.');
    return adoptResolutionVersion(trx, writer, {
      resolutionId: resolution.id,
      versionId: version.id,
      at: held?.at,
      voteResult,
      votePercentage: options.percentage ?? null,
      byAcclamation: options.byAcclamation ?? false,
    });
  });
}
