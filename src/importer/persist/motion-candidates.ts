import type { Executor } from '../../store/database.js';
import { listMotionCandidates, type MotionCandidate } from '../../store/repositories/motion-candidates.js';
import { listMotions } from '../../store/repositories/motions.js';
import type { MotionKey } from './motion-match.js';

/**
 * The register's motions that an imported motion may be, indexed in memory for one transaction of an import:
 * each meeting's and each member's motions are read once (a narrow query) and kept up to date with the motions
 * the import itself creates or changes, so the documents of a batch do not read them again. Valid only inside
 * the transaction it was filled in (what it holds is what that transaction sees), and in a later one of the same
 * import only while nobody else wrote in between: `keptAt` is the register's head (the audit trail) when the
 * filling transaction ended; a later transaction that starts at that same head may go on with it (`use`).
 */
export class MotionCandidates {
  keptAt: number | null = null;
  private readonly motions = new Map<string, MotionCandidate>();
  private readonly byMeeting = new Map<string, Set<string>>();
  private readonly byMember = new Map<string, Set<string>>();

  constructor(
    private db: Executor,
    private readonly organisationId: string,
  ) {}

  /** The next transaction of the import reads through `db` from now on. */
  use(db: Executor): void {
    this.db = db;
    this.keptAt = null;
  }

  /** Those of the key's meeting, then those of its members; by the title's longest word when it names neither. */
  async forKey(key: MotionKey): Promise<MotionCandidate[]> {
    const ids = new Set<string>();
    if (key.meetingId)
      for (const id of await this.of(this.byMeeting, key.meetingId, 'meetingId')) ids.add(id);
    const members = new Set(key.submitters.map((s) => s.memberId).filter((id): id is string => id !== null));
    for (const memberId of members)
      for (const id of await this.of(this.byMember, memberId, 'memberId')) ids.add(id);
    if (!key.meetingId && members.size === 0) return this.byTitleWord(key.title);
    return [...ids].map((id) => this.motions.get(id) as MotionCandidate);
  }

  /** A meeting the import has just created: none of the register's motions are in it yet, nothing to read. */
  meetingCreated(meetingId: string): void {
    if (!this.byMeeting.has(meetingId)) this.byMeeting.set(meetingId, new Set());
  }

  /** A motion created or changed by the import: later records (of this and the next documents) see it. */
  remember(motion: MotionCandidate): void {
    const candidate: MotionCandidate = {
      id: motion.id,
      title: motion.title,
      body: motion.body,
      meetingId: motion.meetingId,
      submitters: motion.submitters,
    };
    this.motions.set(motion.id, candidate);
    if (motion.meetingId) this.byMeeting.get(motion.meetingId)?.add(motion.id);
    for (const s of motion.submitters) if (s.memberId) this.byMember.get(s.memberId)?.add(motion.id);
  }

  private async of(
    index: Map<string, Set<string>>,
    id: string,
    scope: 'meetingId' | 'memberId',
  ): Promise<Set<string>> {
    let ids = index.get(id);
    if (ids) return ids;
    const scoped = scope === 'meetingId' ? { meetingId: id } : { memberId: id };
    const found = await listMotionCandidates(this.db, this.organisationId, scoped);
    ids = new Set();
    for (const motion of found) {
      // A motion already known may have been changed by this import: the kept one is the same row as read now.
      if (!this.motions.has(motion.id)) this.motions.set(motion.id, motion);
      ids.add(motion.id);
    }
    index.set(id, ids);
    return ids;
  }

  /** Neither meeting nor member to go by (a council's or a party's motion): the motions sharing the title's longest word. */
  private async byTitleWord(title: string): Promise<MotionCandidate[]> {
    const word = title.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0] ?? '';
    if (word.length < 5) return [];
    const page = { limit: 1000, offset: 0 };
    return (await listMotions(this.db, this.organisationId, { q: word, countBound: 0 }, page)).items;
  }
}
