import type { ClauseSection } from '../../domain/types.js';
import type { Executor } from '../../store/database.js';
import { createAgreement, listAgreements } from '../../store/repositories/agreements.js';
import { listAgendaItems } from '../../store/repositories/meetings.js';
import {
  adoptResolutionVersion,
  createResolution,
  createResolutionVersion,
  listResolutions,
  listResolutionVersions,
  type ResolutionRecord as StoredResolution,
  updateResolution,
} from '../../store/repositories/resolutions.js';
import { findStatedAgreements } from '../recognisers/consultations.js';
import type { ClauseRecord, MeetingRef, ResolutionRecord } from '../types.js';
import { wordImportedResult } from '../vote-results.js';
import { type ImportContext, momentOf } from './import-context.js';
import { agendaItemFor, keepMeetingPlace, numberKey } from './meeting-details.js';
import { SAME_TITLE_THRESHOLD, titleSimilarity } from './motion-match.js';
import { consultationFor } from './store-consultations.js';
import { clauseRow } from './store-motion.js';

const clauseRows = (section: ClauseSection, clauses: ClauseRecord[]) =>
  clauses.map((clause) => clauseRow(section, clause));

/**
 * The same resolution: a near-identical title (at the same meeting), else the one resolution on the
 * meeting's agenda item with the number the document gives (a results page names the agenda item, "7.
 * Resolutie VNG-inzet kabinetsformatie", where the resolution's own text has another title).
 */
async function findResolution(
  db: Executor,
  organisationId: string,
  title: string,
  meetingId: string | null,
  agendaNumber: string | null,
) {
  const { items } = await listResolutions(db, organisationId, meetingId ? { meetingId } : {}, {
    limit: 500,
    offset: 0,
  });
  const byTitle = items.find((item) => titleSimilarity(item.title, title) >= SAME_TITLE_THRESHOLD);
  if (byTitle || !meetingId || !agendaNumber) return byTitle ?? null;
  const agenda = await listAgendaItems(db, organisationId, meetingId);
  const item = agenda.find((candidate) => numberKey(candidate.number) === numberKey(agendaNumber));
  const onItem = item ? items.filter((resolution) => resolution.agendaItemId === item.id) : [];
  return onItem.length === 1 ? (onItem[0] ?? null) : null;
}

function describeResult(record: ResolutionRecord): string | null {
  return record.result && wordImportedResult(record.result, record.percentage, record.byAcclamation === true);
}

/**
 * The outcome the document states: an adopted resolution is adopted (its version published and its text
 * frozen) on the day of its meeting, or of the document; a rejected one is rejected. Without a date the
 * outcome is kept as words only, and staff are warned.
 */
async function recordOutcome(
  ic: ImportContext,
  record: ResolutionRecord,
  resolution: StoredResolution,
  versionId: string | null,
  on: string | null,
) {
  const voteResult = describeResult(record);
  if (!voteResult) return;
  const open = resolution.status === 'draft' || resolution.status === 'published';
  if (record.result === 'aangenomen' && open && resolution.adoptedVersionId === null && versionId && on) {
    await adoptResolutionVersion(ic.trx, ic.writer, {
      resolutionId: resolution.id,
      versionId,
      at: momentOf(on),
      voteResult,
      votePercentage: record.percentage,
      byAcclamation: record.byAcclamation === true,
    });
    ic.count('resolutionsAdopted');
    return;
  }
  if (record.result === 'verworpen' && open && on) {
    await updateResolution(ic.trx, ic.writer, resolution.id, {
      status: 'rejected',
      voteResult,
      votePercentage: record.percentage,
      byAcclamation: false,
    });
    return;
  }
  if (open && (record.result === 'aangenomen' || record.result === 'verworpen') && !on)
    ic.warn(
      `undated-status: Resolutie "${record.title}": het document noemt de uitslag "${voteResult}" maar geen vergadering of datum; de resolutie is niet als vastgesteld opgenomen.`,
    );
  if (resolution.voteResult === null)
    await updateResolution(ic.trx, ic.writer, resolution.id, {
      voteResult,
      votePercentage: record.percentage,
      byAcclamation: record.byAcclamation === true,
    });
}

/** The agreements the preamble states, linked to the resolution and the consultation they were made in. */
async function storeStatedAgreements(ic: ImportContext, resolutionId: string, record: ResolutionRecord) {
  const org = ic.writer.organisationId;
  const known = new Set(
    (await listAgreements(ic.trx, org, { resolutionId }, { limit: 500, offset: 0 })).items.map((a) => a.text),
  );
  const stated = findStatedAgreements(
    record.preamble.map((clause) => clause.text),
    { reference: ic.source.date },
  );
  for (const agreement of stated) {
    if (known.has(agreement.text)) continue;
    const consultationId = agreement.consultation
      ? await consultationFor(ic, agreement.consultation, record.source)
      : null;
    const created = await createAgreement(ic.trx, ic.writer, {
      text: agreement.text,
      party: agreement.party,
      dueDate: agreement.due,
      sourceKind: 'resolution',
      resolutionId,
      consultationId,
    });
    ic.count('agreements');
    ic.trace('agreement', created.id, record.source);
    ic.track('agreement', created.id);
  }
}

/**
 * Resolutions: the same resolution (same meeting, near-identical title) gets a new version when its
 * text differs from every version so far; otherwise the resolution and its first version are created.
 * The outcome the document states is recorded, dated by the meeting; the agreements its preamble
 * states become agreements.
 */
export async function storeResolutions(
  ic: ImportContext,
  resolutions: ResolutionRecord[],
  documentMeeting: MeetingRef | null = null,
  options: { agendaItem?: unknown } = {},
): Promise<void> {
  // The document's agenda item number ("7. Resolutie …") belongs to its one resolution; a results page
  // gives each resolution its own.
  const documentNumber = typeof options.agendaItem === 'string' ? options.agendaItem : null;
  for (const record of resolutions) {
    const number = record.agendaItem ?? (resolutions.length === 1 ? documentNumber : null);
    const meetingRef = record.meeting ?? documentMeeting;
    const meetingId = await ic.meetingId(meetingRef, { details: { place: meetingRef?.place ?? null } });
    if (meetingId) await keepMeetingPlace(ic, meetingId, meetingRef?.place);
    const org = ic.writer.organisationId;
    let resolution = await findResolution(ic.trx, org, record.title, meetingId, number);
    const agendaItemId =
      meetingId && number ? await agendaItemFor(ic, meetingId, { number, title: record.title }) : null;
    resolution ??= await createResolution(ic.trx, ic.writer, {
      title: record.title,
      meetingId,
      agendaItemId,
      status: 'draft',
    });
    if (resolution.agendaItemId === null && agendaItemId)
      resolution = await updateResolution(ic.trx, ic.writer, resolution.id, { agendaItemId });
    const clauses = [
      ...clauseRows('preamble', record.preamble),
      ...clauseRows('operative', record.operative),
    ];
    const versions = await listResolutionVersions(ic.trx, org, resolution.id);
    const text = JSON.stringify(clauses.map((clause) => clause.text));
    let version = versions.find((v) => JSON.stringify(v.clauses.map((c) => c.text)) === text) ?? null;
    // A document that only names the resolution (a list of vote results) brings no text: the outcome
    // belongs to the latest version the register holds, never to a new, empty one.
    if (!version && clauses.length === 0) version = versions.at(-1) ?? null;
    if (!version && resolution.adoptedVersionId === null) {
      version = await createResolutionVersion(ic.trx, ic.writer, {
        resolutionId: resolution.id,
        label: record.version ?? 'concept',
        explanation: record.explanation ?? null,
        introduction: record.introduction ?? null,
        clauses,
      });
      ic.count(versions.length === 0 ? 'resolutionsCreated' : 'resolutionVersionsAdded');
    } else ic.count('resolutionsMatched');
    const on = meetingRef?.date ?? ic.source.date;
    await recordOutcome(ic, record, resolution, version?.id ?? null, on);
    await storeStatedAgreements(ic, resolution.id, record);
    ic.trace('resolution', resolution.id, record.source);
    ic.track('resolution', resolution.id);
  }
}
