import { AppError } from '../domain/app-error.js';
import type { OrganisationSettings } from '../domain/types.js';
import type { Executor } from '../store/database.js';
import { countRoundEntries, listRoundEntries } from '../store/repositories/accountability.js';
import {
  findLastAssemblyBefore,
  findRoundIdsByMeetingDate,
  getRoundHeader,
} from '../store/repositories/report-queries.js';
import { buildReportModel, reportTexts } from './build-report-model.js';
import type { ReportCounts, ReportLogo, ReportModel } from './model.js';

/** A round that does not exist, or a meeting date without a round (with several, the latest opened is used). */
export class ReportNotFoundError extends AppError {
  override name = 'ReportNotFoundError';
  readonly code = 'not_found';
}

export type RoundSelector = { roundId: string } | { meetingDate: string };

/** The id of the round: given, or the one round held at a meeting on that date. */
export async function resolveRoundId(
  db: Executor,
  organisationId: string,
  selector: RoundSelector,
): Promise<string> {
  if ('roundId' in selector) return selector.roundId;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(selector.meetingDate))
    throw new ReportNotFoundError(`"${selector.meetingDate}" is geen datum (JJJJ-MM-DD)`);
  const ids = await findRoundIdsByMeetingDate(db, organisationId, selector.meetingDate);
  if (ids.length === 0)
    throw new ReportNotFoundError(
      `Er is geen verantwoordingsronde voor de vergadering van ${selector.meetingDate}`,
    );
  return ids[0];
}

/** Reads a round with its entries and motions and returns the report model. */
export async function loadAccountabilityReport(
  db: Executor,
  organisationId: string,
  selector: RoundSelector,
): Promise<ReportModel> {
  const roundId = await resolveRoundId(db, organisationId, selector);
  const header = await getRoundHeader(db, organisationId, roundId);
  if (!header) throw new ReportNotFoundError(`Verantwoordingsronde ${roundId} bestaat niet`);
  const [entries, lastAssembly] = await Promise.all([
    listRoundEntries(db, organisationId, roundId),
    findLastAssemblyBefore(db, organisationId, header.meeting.date),
  ]);
  return buildReportModel({
    round: { ...header, logo: logoOf(header.organisationSettings) },
    entries,
    lastAssembly: lastAssembly ?? null,
  });
}

/**
 * What the round workspace shows of the report without building it: the summary and proposal the report would
 * print (the round's own, else the defaults of buildReportModel) and its counts, from one aggregate query.
 */
export async function loadReportPreface(
  db: Executor,
  organisationId: string,
  round: { id: string; summary: string | null; proposalText: string | null },
  meetingDate: string | null,
): Promise<{ summary: string; proposal: string; counts: ReportCounts }> {
  const [counts, lastAssembly] = await Promise.all([
    countRoundEntries(db, organisationId, round.id),
    meetingDate ? findLastAssemblyBefore(db, organisationId, meetingDate) : undefined,
  ]);
  return {
    ...reportTexts(round, lastAssembly ?? null),
    counts: {
      motions: counts.entries,
      settle: counts.settle,
      hold: counts.hold,
      conditional: counts.conditional,
      open: counts.open,
    },
  };
}

/** The organisation's logo from its settings, when one was set. */
function logoOf(settings: string): ReportLogo | null {
  const logo = (JSON.parse(settings) as OrganisationSettings).logo;
  if (!logo) return null;
  return { mediaType: logo.mediaType, data: new Uint8Array(Buffer.from(logo.base64, 'base64')) };
}
