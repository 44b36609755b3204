import { formatDutchDate, meetingKind } from '../../domain/vocabulary/index.js';
import { reindexEntity, type SearchKind } from '../../search/index.js';
import type { WriteContext } from '../../store/audit.js';
import type { Executor } from '../../store/database.js';
import { addProvenance, type NewProvenance } from '../../store/repositories/documents.js';
import { createMeeting, listMeetings } from '../../store/repositories/meetings.js';
import { listMembers } from '../../store/repositories/members.js';
import type { MotionWithSubmitters } from '../../store/repositories/motions.js';
import type { MeetingRef, Provenance } from '../types.js';
import { loadCandidates, type MotionKey, pickSameMotion } from './motion-match.js';

/** A moment on a historical date (noon UTC), so back-dated transitions sort by their meeting. */
export function momentOf(date: string | null | undefined): string | undefined {
  return date ? `${date}T12:00:00.000Z` : undefined;
}

export type Counts = Record<string, number>;

/** Lookups that stay valid for a whole batch of files (the members do not change while importing). */
export type SharedLookups = { members?: Map<string, string> };

/**
 * What the writers of one document share: the transaction, who writes, the document id, lookups of
 * members and meetings (cached for the document) and the provenance and search work to do at the end.
 */
export class ImportContext {
  readonly counts: Counts = {};
  private readonly spans: NewProvenance[] = [];
  private readonly toIndex = new Map<string, { kind: SearchKind; id: string }>();
  private readonly meetings = new Map<string, string | null>();
  private readonly candidates = new Map<string, MotionWithSubmitters[]>();

  constructor(
    readonly trx: Executor,
    readonly writer: WriteContext,
    readonly documentId: string,
    readonly file: string,
    private readonly shared: SharedLookups = {},
  ) {}

  count(what: string, by = 1): void {
    this.counts[what] = (this.counts[what] ?? 0) + by;
  }

  /** The member id for a CBS code, when the organisation has that member. */
  async memberId(code: string | null | undefined): Promise<string | null> {
    if (!code) return null;
    this.shared.members ??= new Map(
      (await listMembers(this.trx, this.writer.organisationId)).map((member) => [member.code, member.id]),
    );
    return this.shared.members.get(code) ?? null;
  }

  /** The meeting of a reference, created when the register does not have it yet; null without a date. */
  async meetingId(ref: MeetingRef | null | undefined): Promise<string | null> {
    if (!ref?.date) return null;
    const key = `${ref.kind ?? '*'}@${ref.date}`;
    if (this.meetings.has(key)) return this.meetings.get(key) ?? null;
    const found = await listMeetings(this.trx, this.writer.organisationId, {
      from: ref.date,
      to: ref.date,
      kind: ref.kind ? [ref.kind] : undefined,
    });
    let id = found.items[0]?.id ?? null;
    if (!id && ref.kind) {
      const created = await createMeeting(this.trx, this.writer, {
        kind: ref.kind,
        title: `${meetingKind.label(ref.kind)} ${formatDutchDate(ref.date)}`,
        date: ref.date,
        status: ref.date <= new Date().toISOString().slice(0, 10) ? 'held' : 'planned',
      });
      id = created.id;
      this.count('meetings');
      this.track('meeting', id);
    }
    this.meetings.set(key, id);
    return id;
  }

  /** The motion the register already has for this key; candidates are loaded once per meeting. */
  async sameMotion(key: MotionKey): Promise<MotionWithSubmitters | null> {
    const cacheKey = key.meetingId ?? `member:${key.firstSubmitter?.memberId ?? ''}`;
    let list = this.candidates.get(cacheKey);
    if (!list) {
      list = await loadCandidates(this.trx, this.writer.organisationId, key);
      this.candidates.set(cacheKey, list);
    }
    return pickSameMotion(list, key);
  }

  /** A motion created or changed by this import, so later records of the document can match it. */
  rememberMotion(motion: MotionWithSubmitters): void {
    for (const [cacheKey, list] of this.candidates) {
      const index = list.findIndex((candidate) => candidate.id === motion.id);
      if (index >= 0) list[index] = motion;
      else if (cacheKey === motion.meetingId) list.push(motion);
    }
  }

  /** Remember where a record came from in the document. */
  trace(entityKind: string, entityId: string, source: Provenance | undefined): void {
    if (!source) return;
    this.spans.push({
      entityKind,
      entityId,
      fromLine: source.lines.from,
      toLine: source.lines.to,
      page: source.pages.from,
    });
  }

  /** Remember that a record's search entry must be (re)built. */
  track(kind: SearchKind, id: string): void {
    this.toIndex.set(`${kind}:${id}`, { kind, id });
  }

  /** Provenance rows and search entries, in the same transaction as the records. */
  async finish(): Promise<void> {
    await addProvenance(this.trx, this.writer, this.documentId, this.spans);
    for (const { kind, id } of this.toIndex.values()) {
      await reindexEntity(this.trx, this.writer.organisationId, kind, id);
    }
  }
}
