import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { csrfGuard } from '../../../auth/index.js';
import type { Grouping, PollQuestionKind } from '../../../domain/poll-results.js';
import { closePoll, draftPoll, openPoll } from '../../../services/polls/manage-poll.js';
import { pollCsv, pollResults } from '../../../services/polls/poll-results.js';
import { acceptsAnswers, memberOfLink, respondToPoll } from '../../../services/polls/respond-to-poll.js';
import { systemClock } from '../../../store/clock.js';
import { getMember, listMembers } from '../../../store/repositories/members.js';
import {
  getPoll,
  listPollAudience,
  listPollResponses,
  listPolls,
  type PollWithQuestions,
} from '../../../store/repositories/polls.js';
import { getResolution, listResolutions } from '../../../store/repositories/resolutions.js';
import { errorsFromRefusal, type FormErrors, type FormValues, formList, readForm } from '../../forms.js';
import { isStaff } from '../../page-context.js';
import { PollListPage, PollPage, PollRespondPage } from '../../pages/polls/PollPages.js';
import {
  QUESTION_SLOTS,
  StaffPollFormPage,
  StaffPollListPage,
  StaffPollPage,
} from '../../pages/polls/StaffPollPages.js';
import {
  participationCaseOf,
  publicFormContext,
  redirectWithNotice,
  staffContext,
  staffOnly,
} from '../../staff.js';
import { isUuid, pageNotFound, queryString, sendPage, type Web } from '../../web.js';

const GROUPINGS: Record<string, Grouping> = { geen: 'none', provincie: 'province', grootte: 'size' };

/** Public: the polls and their results, answering by personal link. Staff: create, open, close, export. */
export function pollRoutes(app: FastifyInstance, web: Web): void {
  const { db, organisation } = web.ctx;
  const org = organisation.id;
  const clock = web.ctx.clock ?? systemClock;
  /** Drafts are for staff only. */
  const loadVisible = async (request: FastifyRequest, id: string): Promise<PollWithQuestions> => {
    const poll = isUuid(id) ? await getPoll(db, org, id) : undefined;
    if (!poll || (poll.status === 'draft' && !isStaff((await web.pageContext(request)).viewer)))
      throw pageNotFound();
    return poll;
  };
  const rateOf = async (poll: PollWithQuestions) =>
    (await pollResults(web.ctx, poll, { weighted: false, grouping: 'none', includePerMember: false })).rate;

  app.get('/peilingen', async (request, reply) => {
    const all = await listPolls(
      db,
      org,
      { status: ['open', 'closed'] },
      { limit: 200, offset: 0 },
      '-closes',
    );
    const withRate = await Promise.all(
      all.items.map(async (p) => ({ ...p, rate: await rateOf((await getPoll(db, org, p.id))!) })),
    );
    const data = {
      open: withRate.filter((p) => p.status === 'open'),
      closed: withRate.filter((p) => p.status === 'closed'),
    };
    return sendPage(reply, <PollListPage ctx={await web.pageContext(request)} data={data} />);
  });

  app.get<{ Params: { id: string } }>('/peilingen/:id', async (request, reply) => {
    const poll = await loadVisible(request, request.params.id);
    const weighted = queryString(request.query, 'weging') === 'gewogen';
    const grouping = GROUPINGS[queryString(request.query, 'indeling')] ?? 'none';
    const results = await pollResults(web.ctx, poll, {
      weighted,
      grouping,
      includePerMember: poll.publishPerMember,
    });
    const resolution = poll.resolutionId ? await getResolution(db, org, poll.resolutionId) : undefined;
    const data = {
      poll,
      results,
      resolution:
        resolution && resolution.status !== 'draft' ? { id: resolution.id, title: resolution.title } : null,
    };
    return sendPage(reply, <PollPage ctx={await web.pageContext(request)} data={data} />);
  });

  app.get<{ Params: { id: string } }>('/peilingen/:id/uitslag.csv', async (request, reply) => {
    const poll = await loadVisible(request, request.params.id);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="peiling-${poll.id.slice(0, 8)}.csv"`)
      .send(await pollCsv(web.ctx, poll, poll.publishPerMember));
  });

  /** Who answers: the municipality of the personal link, or of the signed-in member account. */
  const respondent = async (request: FastifyRequest, poll: PollWithQuestions) => {
    const code = queryString(request.query, 'code');
    if (code) {
      const memberId = await memberOfLink(db, org, poll.id, code);
      return memberId ? { memberId, via: 'link' as const, code } : undefined;
    }
    const p = request.principal;
    if (p?.via === 'session' && p.role === 'member' && p.memberId)
      return { memberId: p.memberId, via: 'workspace' as const, code: '' };
    return undefined;
  };

  const respondPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    poll: PollWithQuestions,
    who: { memberId: string; code: string },
    values: Record<string, string[]> | null,
    errors: FormErrors,
    done: boolean,
  ) => {
    const member = (await getMember(db, org, who.memberId))!;
    let current = values;
    if (!current) {
      current = {};
      for (const r of (await listPollResponses(db, org, poll.id)).filter((x) => x.memberId === who.memberId))
        current[`vraag-${r.questionId}`] = Array.isArray(r.answer) ? r.answer : [String(r.answer)];
    }
    const data = {
      poll,
      memberName: member.name,
      action: `/peilingen/${poll.id}/antwoorden${who.code ? `?${new URLSearchParams({ code: who.code })}` : ''}`,
      open: acceptsAnswers(poll, clock),
      inAudience: (await listPollAudience(db, org, poll.audience)).some((m) => m.id === who.memberId),
      values: current,
      errors,
      done,
    };
    return sendPage(
      reply,
      <PollRespondPage ctx={await publicFormContext(web, request, reply)} data={data} />,
      Object.keys(errors).length ? 400 : 200,
    );
  };

  app.get<{ Params: { id: string } }>('/peilingen/:id/antwoorden', async (request, reply) => {
    const poll = await loadVisible(request, request.params.id);
    const who = await respondent(request, poll);
    if (!who) throw pageNotFound();
    return respondPage(request, reply, poll, who, null, {}, false);
  });

  app.post<{ Params: { id: string } }>(
    '/peilingen/:id/antwoorden',
    { preHandler: csrfGuard, config: { rateLimit: { max: 30, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const poll = await loadVisible(request, request.params.id);
      const who = await respondent(request, poll);
      if (!who) throw pageNotFound();
      const values: Record<string, string[]> = {};
      const answers: Record<string, string | string[] | undefined> = {};
      for (const q of poll.questions) {
        const key = `vraag-${q.id}`;
        const given = formList(request.body, key).filter((v) => v !== '');
        values[key] = given;
        answers[q.id] = q.kind === 'multiple-choice' ? given : given[0];
      }
      try {
        await respondToPoll({
          ...participationCaseOf(web, request),
          pollId: poll.id,
          memberId: who.memberId,
          answers,
          via: who.via,
        });
        return respondPage(request, reply, poll, who, null, {}, true);
      } catch (error) {
        const errors = errorsFromRefusal(
          error,
          Object.fromEntries(poll.questions.map((q) => [`vraag-${q.id}`, `vraag-${q.id}`])),
        );
        if (!errors) throw error;
        return respondPage(request, reply, poll, who, values, errors, false);
      }
    },
  );

  // Staff: the bureau writes polls; the board and the chair read them with their answers (poll.read).
  app.get('/beheer/peilingen', { preHandler: staffOnly('poll.read') }, async (request, reply) => {
    const all = await listPolls(db, org, {}, { limit: 200, offset: 0 }, '-created');
    const polls = await Promise.all(
      all.items.map(async (p) => {
        const rate = await rateOf((await getPoll(db, org, p.id))!);
        return { ...p, respondents: rate.respondents, audienceSize: rate.audience };
      }),
    );
    return sendPage(reply, <StaffPollListPage ctx={await staffContext(web, request, reply)} polls={polls} />);
  });

  const formPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: FormValues,
    chosen: string[],
    errors: FormErrors,
  ) => {
    const [members, resolutions] = await Promise.all([
      listMembers(db, org),
      listResolutions(db, org, {}, { limit: 500, offset: 0 }, '-created'),
    ]);
    const provinces = [
      ...new Set(members.map((m) => m.province).filter((p): p is string => Boolean(p))),
    ].sort((a, b) => a.localeCompare(b, 'nl'));
    return sendPage(
      reply,
      <StaffPollFormPage
        ctx={await staffContext(web, request, reply)}
        values={values}
        errors={errors}
        provinces={provinces}
        chosenProvinces={chosen}
        resolutions={resolutions.items.map((r) => ({ value: r.id, label: r.title }))}
      />,
      Object.keys(errors).length ? 400 : 200,
    );
  };

  app.get('/beheer/peilingen/nieuw', { preHandler: staffOnly('poll.write') }, async (request, reply) =>
    formPage(request, reply, {}, [], {}),
  );

  app.post('/beheer/peilingen/nieuw', { preHandler: staffOnly('poll.write') }, async (request, reply) => {
    const v = readForm(request.body);
    const provinces = formList(request.body, 'provincies').filter(Boolean);
    const questions = Array.from({ length: QUESTION_SLOTS }, (_, i) => i + 1)
      .filter((n) => (v[`vraag${n}Tekst`] ?? '') !== '' || n === 1)
      .map((n) => ({
        text: v[`vraag${n}Tekst`] ?? '',
        kind: (v[`vraag${n}Soort`] || 'single-choice') as PollQuestionKind,
        options: (v[`vraag${n}Opties`] ?? '')
          .split('\n')
          .map((o) => o.trim())
          .filter(Boolean),
      }));
    try {
      const poll = await draftPoll({
        ...participationCaseOf(web, request),
        poll: {
          title: v.titel ?? '',
          description: v.omschrijving || null,
          closesOn: v.sluitOp ?? '',
          audience: v.doelgroep === 'provincies' ? { kind: 'provinces', provinces } : { kind: 'all' },
          publishPerMember: v.perGemeente === 'ja',
          resolutionId: isUuid(v.resolutie ?? '') ? v.resolutie : null,
          questions,
        },
      });
      return redirectWithNotice(reply, `/beheer/peilingen/${poll.id}`, 'aangemaakt');
    } catch (error) {
      const errors = errorsFromRefusal(error, {
        titel: 'titel',
        sluitOp: 'sluitOp',
        doelgroep: 'doelgroep',
        resolutie: 'resolutie',
      });
      if (!errors) throw error;
      // Errors on a question keep their own key (vragen.N.veld).
      const keyed =
        error instanceof Error && 'param' in error && typeof error.param === 'string'
          ? { [error.param]: error.message }
          : errors;
      return formPage(request, reply, v, provinces, keyed);
    }
  });

  const staffPoll = async (id: string) => {
    const poll = isUuid(id) ? await getPoll(db, org, id) : undefined;
    if (!poll) throw pageNotFound();
    return poll;
  };

  app.get<{ Params: { id: string } }>(
    '/beheer/peilingen/:id',
    { preHandler: staffOnly('poll.read') },
    async (request, reply) => {
      const poll = await staffPoll(request.params.id);
      return sendPage(
        reply,
        <StaffPollPage ctx={await staffContext(web, request, reply)} poll={poll} rate={await rateOf(poll)} />,
      );
    },
  );

  app.get<{ Params: { id: string } }>(
    '/beheer/peilingen/:id/uitslag.csv',
    { preHandler: staffOnly('poll.read') },
    async (request, reply) => {
      const poll = await staffPoll(request.params.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="peiling-${poll.id.slice(0, 8)}-per-gemeente.csv"`,
        )
        .header('cache-control', 'no-store')
        .send(await pollCsv(web.ctx, poll, true));
    },
  );

  app.post<{ Params: { id: string } }>(
    '/beheer/peilingen/:id/openen',
    { preHandler: staffOnly('poll.write') },
    async (request, reply) => {
      const poll = await staffPoll(request.params.id);
      await openPoll({ ...participationCaseOf(web, request), pollId: poll.id });
      return redirectWithNotice(reply, `/beheer/peilingen/${poll.id}`, 'peiling-geopend');
    },
  );

  app.post<{ Params: { id: string } }>(
    '/beheer/peilingen/:id/sluiten',
    { preHandler: staffOnly('poll.write') },
    async (request, reply) => {
      const poll = await staffPoll(request.params.id);
      await closePoll({ ...participationCaseOf(web, request), pollId: poll.id });
      return redirectWithNotice(reply, `/beheer/peilingen/${poll.id}`, 'peiling-gesloten');
    },
  );
}
