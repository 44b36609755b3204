import { formatDutchDate } from '../../domain/vocabulary/index.js';
import { reindexEntities, type SearchKind } from '../../search/index.js';
import type { WriteContext } from '../../store/audit.js';
import type { Executor } from '../../store/database.js';
import { rememberReferences } from '../../store/references.js';
import { addProvenance, type NewProvenance } from '../../store/repositories/documents.js';
import { getMeeting } from '../../store/repositories/meetings.js';
import { listMembers } from '../../store/repositories/members.js';
import type { MotionCandidate } from '../../store/repositories/motion-candidates.js';
import { getMotion, type MotionWithSubmitters } from '../../store/repositories/motions.js';
import { isAssemblyKind, type MeetingRef, type Provenance } from '../types.js';
import {
  councilMeetingTitle,
  type ImportOrganisation,
  isCouncil,
  isOwnMeeting,
  loadImportOrganisation,
} from './council-import.js';
import { findOrCreateMeeting, type MeetingWanted } from './meeting-match.js';
import { MotionCandidates } from './motion-candidates.js';
import { type MotionKey, type MotionMatch, matchMotion } from './motion-match.js';

/** A moment on a historical date (noon UTC), so back-dated transitions sort by their meeting. */
export function momentOf(date: string | null | undefined): string | undefined {
  return date ? `${date}T12:00:00.000Z` : undefined;
}

/** The later of two dates (either may be missing). */
export function laterDate(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a > b ? a : b;
}

export type Counts = Record<string, number>;

/**
 * Lookups that stay valid for a whole batch of files (the members do not change while importing); the candidate
 * motions only for the files stored in one transaction (importFiles replaces them for each).
 */
export type SharedLookups = {
  members?: Map<string, string>;
  organisation?: ImportOrganisation;
  candidates?: MotionCandidates;
};

/** The document being imported as its records name it: its own title and date (never the file's). */
export type SourceDocument = { id: string; file: string; title: string | null; date: string | null };

/**
 * What the writers of one document share: the transaction, who writes, the document, lookups of
 * members and meetings (cached for the document), the warnings for staff, and the provenance and
 * search work to do at the end.
 */
export class ImportContext {
  readonly counts: Counts = {};
  readonly warnings: string[] = [];
  private readonly spans: NewProvenance[] = [];
  private readonly toIndex = new Map<string, { kind: SearchKind; id: string }>();
  private readonly meetings = new Map<string, string | null>();
  /** The agenda items of meetings this document names, by meeting id (kept up to date by agendaItemFor). */
  readonly agendaItems = new Map<string, { id: string; number: string }[]>();
  private readonly candidates: MotionCandidates;
  /** Consultations of this document by date (see store-consultations). */
  readonly consultations = new Map<string, string>();

  constructor(
    readonly trx: Executor,
    readonly writer: WriteContext,
    readonly source: SourceDocument,
    private readonly shared: SharedLookups = {},
  ) {
    this.candidates = shared.candidates ?? new MotionCandidates(trx, writer.organisationId);
  }

  get documentId(): string {
    return this.source.id;
  }

  /** How a timeline names the document: “title” (date), the file name only when it has no title. */
  get sourceLabel(): string {
    const name = this.source.title ? `“${this.source.title}”` : this.source.file;
    return this.source.date ? `${name} van ${formatDutchDate(this.source.date)}` : name;
  }

  warn(warning: string): void {
    if (!this.warnings.includes(warning)) this.warnings.push(warning);
  }

  count(what: string, by = 1): void {
    this.counts[what] = (this.counts[what] ?? 0) + by;
  }

  /** The member id for a CBS code, when the organisation has that member. */
  async memberId(code: string | null | undefined): Promise<string | null> {
    if (!code) return null;
    this.shared.members ??= new Map(
      (await listMembers(this.trx, this.writer.organisationId)).map((member) => [member.code, member.id]),
    );
    const id = this.shared.members.get(code) ?? null;
    // Read in this import, and the importer deletes no member: its writes need not look the member up again.
    if (id) rememberReferences(this.trx, 'members', this.writer.organisationId, [id]);
    return id;
  }

  /** The organisation imported into: its kind and, for a council, its factions. */
  async organisation(): Promise<ImportOrganisation> {
    this.shared.organisation ??= await loadImportOrganisation(this.trx, this.writer.organisationId);
    return this.shared.organisation;
  }

  /** The meeting of a reference: matched on date and kind, created when the register has none; null without a date. */
  async meetingId(
    ref: MeetingRef | null | undefined,
    extra: Pick<MeetingWanted, 'title' | 'details'> = {},
  ): Promise<string | null> {
    if (!ref?.date) return null;
    const org = await this.organisation();
    // A council's own meeting ("in vergadering bijeen op …") is one of its council meetings; the meetings of
    // other bodies (another council, parliament) and, in a council, the association's assemblies are not.
    const own = isCouncil(org) && (isOwnMeeting(org, ref.kind) || ref.kind === null);
    if (isCouncil(org) ? !own : ref.kind !== null && !isAssemblyKind(ref.kind)) return null;
    const kind = isCouncil(org) ? 'council-meeting' : (ref.kind as MeetingWanted['kind']);
    const key = `${kind ?? '*'}@${ref.date}`;
    if (this.meetings.has(key)) return this.meetings.get(key) ?? null;
    const found = await findOrCreateMeeting(this.trx, this.writer, {
      kind,
      date: ref.date,
      documentDate: this.source.date,
      ...(isCouncil(org) ? { title: councilMeetingTitle(org, formatDutchDate(ref.date)) } : {}),
      ...extra,
    });
    if (found?.warning) this.warn(found.warning);
    if (found?.created) {
      this.candidates.meetingCreated(found.meeting.id);
      this.count('meetings');
      this.track('meeting', found.meeting.id);
    }
    const id = found?.meeting.id ?? null;
    if (id) rememberReferences(this.trx, 'meetings', this.writer.organisationId, [id]);
    this.meetings.set(key, id);
    return id;
  }

  /** The title of a meeting, for messages to staff. */
  async meetingTitle(id: string): Promise<string | null> {
    return (await getMeeting(this.trx, this.writer.organisationId, id))?.title ?? null;
  }

  /**
   * The motion the register already has for this key (read afresh: it is the one written to), and those it may
   * be; the candidates come from the import's in-memory index (motion-candidates.ts).
   */
  async sameMotion(
    key: MotionKey,
  ): Promise<{ same: MotionWithSubmitters | null; possible: MotionCandidate[] }> {
    const match: MotionMatch = matchMotion(await this.candidates.forKey(key), key);
    if (!match.same) return { same: null, possible: match.possible };
    const same = await getMotion(this.trx, this.writer.organisationId, match.same.id);
    return { same: same ?? null, possible: match.possible };
  }

  /** A motion created or changed by this import, so later records (of this document and the next) can match it. */
  rememberMotion(motion: MotionWithSubmitters): void {
    this.candidates.remember(motion);
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

  /**
   * Provenance rows and search entries, in the same transaction as the records. With `indexLater` the search
   * entries are not written here but returned, for the caller to write once for a batch of documents.
   */
  async finish(indexLater = false): Promise<{ kind: SearchKind; id: string }[]> {
    await addProvenance(this.trx, this.writer, this.documentId, this.spans);
    if (indexLater) return [...this.toIndex.values()];
    await reindexEntities(this.trx, this.writer.organisationId, this.toIndex.values());
    return [];
  }
}
