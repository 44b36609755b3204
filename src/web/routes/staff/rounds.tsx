import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can, writerOf } from '../../../auth/index.js';
import { boardMeetingDate } from '../../../domain/board-meeting.js';
import type { AccountabilityProposal } from '../../../domain/types.js';
import { motionStatus } from '../../../domain/vocabulary/index.js';
import { loadReportPreface } from '../../../report/load-accountability-report.js';
import { approveAccountabilityEntry } from '../../../services/accountability/approve-accountability-entry.js';
import { approveAccountabilityRound } from '../../../services/accountability/approve-accountability-round.js';
import { editAccountabilityRound } from '../../../services/accountability/edit-accountability-round.js';
import { openAccountabilityRound } from '../../../services/accountability/open-accountability-round.js';
import {
  addMissingMotions,
  findMissingMotionIds,
  listMotionsInOrder,
} from '../../../services/accountability/round-completeness.js';
import { writeAccountabilityEntry } from '../../../services/accountability/write-accountability-entry.js';
import { boardMeetingDaysFromEnv } from '../../../services/reminders/empty-entries.js';
import {
  countRoundEntries,
  getAccountabilityRound,
  listAccountabilityRounds,
  listRoundEntries,
} from '../../../store/repositories/accountability.js';
import { getMeeting } from '../../../store/repositories/meetings.js';
import { PROPOSAL_OPTIONS } from '../../components/EntryForm.js';
import { todayInNetherlands } from '../../format.js';
import { errorsFromRefusal, type FormErrors, type FormValues, hasErrors, readForm } from '../../forms.js';
import { RoundListPage } from '../../pages/staff/RoundListPage.js';
import {
  ENTRIES_PER_PAGE,
  MISSING_SHOWN,
  type RoundWorkspaceData,
  RoundWorkspacePage,
  workspacePath,
} from '../../pages/staff/RoundWorkspacePage.js';
import { redirectWithNotice, staffContext, staffOnly } from '../../staff.js';
import { chosen, letterOptions, meetingOptions } from '../../staff-options.js';
import { isUuid, pageNotFound, queryPage, sendPage, type Web } from '../../web.js';
import { registerDecisionRoutes } from './round-decisions.js';

type Id = { Params: { id: string } };
type Entry = { Params: { id: string; entryId: string } };

export function staffRoundRoutes(app: FastifyInstance, web: Web): void {
  const { db, organisation } = web.ctx;
  const org = organisation.id;

  const renderList = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: FormValues,
    errors: FormErrors,
  ) => {
    const [rounds, meetings] = await Promise.all([
      listAccountabilityRounds(db, org, {}, { limit: 200, offset: 0 }, '-opened'),
      meetingOptions(web),
    ]);
    const ctx = await staffContext(web, request, reply);
    const page = (
      <RoundListPage ctx={ctx} rounds={rounds.items} meetings={meetings} values={values} errors={errors} />
    );
    return sendPage(reply, page, hasErrors(errors) ? 400 : 200);
  };

  app.get('/beheer/verantwoording', { preHandler: staffOnly() }, (request, reply) =>
    renderList(request, reply, {}, {}),
  );

  app.post('/beheer/verantwoording', { preHandler: staffOnly('round.open') }, async (request, reply) => {
    const v = readForm(request.body);
    const meetingId = chosen(v.meetingId, await meetingOptions(web));
    if (!meetingId) return renderList(request, reply, v, { meetingId: 'Kies de vergadering.' });
    try {
      const round = await openAccountabilityRound({
        db,
        writer: writerOf(request),
        meetingId,
        title: v.title || undefined,
      });
      return redirectWithNotice(reply, `/beheer/verantwoording/${round.id}`, 'geopend');
    } catch (error) {
      const refused = errorsFromRefusal(error, { vergadering: 'meetingId' });
      if (!refused) throw error;
      return renderList(request, reply, v, refused);
    }
  });

  const loadRound = async (id: string) => {
    const round = isUuid(id) ? await getAccountabilityRound(db, org, id) : undefined;
    if (!round) throw pageNotFound();
    return round;
  };

  const renderWorkspace = async (
    request: FastifyRequest,
    reply: FastifyReply,
    roundId: string,
    extra: Pick<RoundWorkspaceData, 'failed' | 'textsFailed'> & { errors?: FormErrors } = {},
  ) => {
    const round = await loadRound(roundId);
    // The page of entries: from the address, or (a form sent back with errors) from the form's own field.
    const asked = queryPage(request.query) > 1 ? queryPage(request.query) : queryPage(request.body);
    const [counts, meeting, conditional, letters] = await Promise.all([
      countRoundEntries(db, org, round.id),
      getMeeting(db, org, round.meetingId),
      listRoundEntries(db, org, round.id, { undecidedConditional: true }),
      letterOptions(web),
    ]);
    const pageCount = Math.max(1, Math.ceil(counts.entries / ENTRIES_PER_PAGE));
    const page = Math.min(asked, pageCount);
    const offset = (page - 1) * ENTRIES_PER_PAGE;
    // The completeness check reads every open motion of the register, and the first missing ones are shown with
    // their submitters: both kept until the next write (any audit event, ADR 024).
    const [entries, { missingIds, missing }, preface] = await Promise.all([
      listRoundEntries(db, org, round.id, { page: { limit: ENTRIES_PER_PAGE, offset } }),
      round.status === 'decided'
        ? { missingIds: [], missing: [] }
        : web.counts(web, `round-missing:${round.id}`, async () => {
            const ids = await findMissingMotionIds({ db, organisationId: org, roundId: round.id });
            return {
              missingIds: ids,
              missing: await listMotionsInOrder(db, org, ids.slice(0, MISSING_SHOWN)),
            };
          }),
      loadReportPreface(db, org, round, meeting?.date ?? null),
    ]);
    const p = request.principal;
    const data: RoundWorkspaceData = {
      round,
      meeting,
      entries,
      counts,
      paging: { page, pageCount, offset },
      conditional,
      can: {
        write: can(p, 'entry.write'),
        approveEntry: can(p, 'entry.approve'),
        approveRound: can(p, 'round.approve'),
        decide: can(p, 'round.decide'),
      },
      failed: extra.failed,
      errors: extra.errors ?? {},
      missing: missing.map((motion) => ({
        id: motion.id,
        title: motion.title,
        submitters: motion.submitters.map((s) => s.name),
        status: motionStatus.label(motion.status).toLowerCase(),
      })),
      missingTotal: missingIds.length,
      texts: {
        summary: round.summary ?? preface.summary,
        proposal: round.proposalText ?? preface.proposal,
        reportDate: round.reportDate ?? '',
        letterId: round.letterId ?? '',
        letters,
        boardMeetingDate: round.boardMeetingDate ?? '',
        boardMeetingDefault: meeting
          ? boardMeetingDate({ boardMeetingDate: null }, meeting.date, boardMeetingDaysFromEnv())
          : null,
        counts: preface.counts,
      },
      meetingHeld: meeting ? meeting.date <= todayInNetherlands() : false,
      textsFailed: extra.textsFailed,
    };
    const failed = Boolean(extra.failed || extra.textsFailed || hasErrors(data.errors));
    return sendPage(
      reply,
      <RoundWorkspacePage ctx={await staffContext(web, request, reply)} data={data} />,
      failed ? 400 : 200,
    );
  };

  app.get<Id>(
    '/beheer/verantwoording/:id',
    { preHandler: staffOnly('accountability.readDraft') },
    (request, reply) => renderWorkspace(request, reply, request.params.id),
  );

  app.post<Entry>(
    '/beheer/verantwoording/:id/punten/:entryId',
    { preHandler: staffOnly('entry.write') },
    async (request, reply) => {
      const { id, entryId } = request.params;
      const v = readForm(request.body);
      const errors: FormErrors = {};
      if (!v.text) errors.text = 'Schrijf de verantwoording: wat heeft het bestuur met de motie gedaan?';
      if ((v.text ?? '').length > 20_000)
        errors.text = 'De verantwoording is te lang: hoogstens 20.000 tekens.';
      const proposal = PROPOSAL_OPTIONS.find((o) => o.value === v.proposal)?.value as
        | AccountabilityProposal
        | undefined;
      if (!proposal) errors.proposal = 'Kies het voorstel van het bestuur.';
      if (proposal === 'conditional' && !v.condition)
        errors.condition = 'Schrijf de voorwaarde bij een voorwaardelijk voorstel.';
      if (hasErrors(errors))
        return renderWorkspace(request, reply, id, { failed: { entryId, values: v, errors } });
      try {
        await writeAccountabilityEntry({
          db,
          writer: writerOf(request),
          roundId: id,
          entryId,
          text: v.text,
          proposal: proposal!,
          condition: proposal === 'conditional' ? v.condition : null,
        });
        return redirectWithNotice(reply, workspacePath(id, queryPage(request.body)), 'opgeslagen');
      } catch (error) {
        const refused = errorsFromRefusal(error, {
          voorwaarde: 'condition',
          tekst: 'text',
          voorstel: 'proposal',
        });
        if (!refused) throw error;
        return renderWorkspace(request, reply, id, { failed: { entryId, values: v, errors: refused } });
      }
    },
  );

  app.post<Entry>(
    '/beheer/verantwoording/:id/punten/:entryId/goedkeuren',
    { preHandler: staffOnly('entry.approve') },
    async (request, reply) => {
      const { id, entryId } = request.params;
      try {
        await approveAccountabilityEntry({ db, writer: writerOf(request), roundId: id, entryId });
        return redirectWithNotice(reply, workspacePath(id, queryPage(request.body)), 'goedgekeurd');
      } catch (error) {
        const refused = errorsFromRefusal(error);
        if (!refused) throw error;
        return renderWorkspace(request, reply, id, { errors: refused });
      }
    },
  );

  app.post<Id>(
    '/beheer/verantwoording/:id/goedkeuren',
    { preHandler: staffOnly('round.approve') },
    async (request, reply) => {
      try {
        await approveAccountabilityRound({ db, writer: writerOf(request), roundId: request.params.id });
        return redirectWithNotice(reply, `/beheer/verantwoording/${request.params.id}`, 'goedgekeurd');
      } catch (error) {
        const refused = errorsFromRefusal(error);
        if (!refused) throw error;
        return renderWorkspace(request, reply, request.params.id, { errors: refused });
      }
    },
  );

  app.post<Id>(
    '/beheer/verantwoording/:id/toevoegen',
    { preHandler: staffOnly('entry.write') },
    async (request, reply) => {
      const v = readForm(request.body);
      const all = v.alle === 'ja';
      if (!all && !isUuid(v.motie ?? ''))
        return renderWorkspace(request, reply, request.params.id, {
          errors: { '': 'Kies de motie die erbij komt.' },
        });
      try {
        await addMissingMotions({
          db,
          writer: writerOf(request),
          roundId: request.params.id,
          all,
          motionIds: all ? undefined : [v.motie],
        });
        return redirectWithNotice(reply, `/beheer/verantwoording/${request.params.id}`, 'toegevoegd');
      } catch (error) {
        const refused = errorsFromRefusal(error);
        if (!refused) throw error;
        return renderWorkspace(request, reply, request.params.id, { errors: refused });
      }
    },
  );

  app.post<Id>(
    '/beheer/verantwoording/:id/teksten',
    { preHandler: staffOnly('round.open') },
    async (request, reply) => {
      const v = readForm(request.body);
      const errors: FormErrors = {};
      if ((v.summary ?? '').length > 50_000)
        errors.summary = 'De samenvatting is te lang: hoogstens 50.000 tekens.';
      if ((v.proposalText ?? '').length > 20_000)
        errors.proposalText = 'Het voorstel is te lang: hoogstens 20.000 tekens.';
      if (v.reportDate && !/^\d{4}-\d{2}-\d{2}$/.test(v.reportDate))
        errors.reportDate = 'Geef de datum als dag-maand-jaar, bijvoorbeeld 21-05-2025.';
      if (v.boardMeetingDate && !/^\d{4}-\d{2}-\d{2}$/.test(v.boardMeetingDate))
        errors.boardMeetingDate = 'Geef de datum als dag-maand-jaar, bijvoorbeeld 21-05-2025.';
      const letterId = v.letterId ? chosen(v.letterId, await letterOptions(web)) : null;
      if (v.letterId && !letterId) errors.letterId = 'Kies een ledenbrief uit de lijst.';
      if (hasErrors(errors))
        return renderWorkspace(request, reply, request.params.id, { textsFailed: { values: v, errors } });
      try {
        await editAccountabilityRound({
          db,
          writer: writerOf(request),
          roundId: request.params.id,
          changes: {
            // After the board's approval the form no longer sends the texts: they are kept, not cleared.
            ...(v.summary !== undefined ? { summary: v.summary.trim() || null } : {}),
            ...(v.proposalText !== undefined ? { proposalText: v.proposalText.trim() || null } : {}),
            reportDate: v.reportDate || null,
            letterId,
            boardMeetingDate: v.boardMeetingDate || null,
          },
        });
        return redirectWithNotice(reply, `/beheer/verantwoording/${request.params.id}`, 'opgeslagen');
      } catch (error) {
        const refused = errorsFromRefusal(error, { samenvatting: 'summary', ledenbrief: 'letterId' });
        if (!refused) throw error;
        // A refusal of the whole form (no field of its own) is said at the top of the page.
        return renderWorkspace(request, reply, request.params.id, {
          textsFailed: { values: v, errors: refused },
          ...(refused[''] ? { errors: { '': refused[''] } } : {}),
        });
      }
    },
  );

  registerDecisionRoutes(app, web, renderWorkspace);
}
