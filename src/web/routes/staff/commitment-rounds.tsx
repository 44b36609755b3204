import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can, writerOf } from '../../../auth/index.js';
import { portalWords } from '../../../domain/vocabulary/index.js';
import {
  decideCommitmentRound,
  openCommitmentRound,
  proposeOnCommitment,
} from '../../../services/council/commitment-round.js';
import {
  getCommitmentRound,
  listCommitmentEntries,
  listCommitmentRounds,
} from '../../../store/repositories/commitment-rounds.js';
import { getMeeting } from '../../../store/repositories/meetings.js';
import { inTransaction } from '../../../store/transaction.js';
import { errorsFromRefusal, type FormErrors, type FormValues, hasErrors, readForm } from '../../forms.js';
import { CommitmentRoundListPage } from '../../pages/staff/CommitmentRoundListPage.js';
import {
  CHOICE_BY_WORD,
  CommitmentRoundWorkspacePage,
} from '../../pages/staff/CommitmentRoundWorkspacePage.js';
import { redirectWithNotice, staffContext, staffOnly } from '../../staff.js';
import { chosen, meetingOptions } from '../../staff-options.js';
import { isUuid, pageNotFound, sendPage, type Web } from '../../web.js';

type Id = { Params: { id: string } };
const MAX_EXPLANATION = 5_000;

/**
 * The griffie's forms for a council's commitments rounds (ADR 017) under /beheer/toezeggingenlijsten: open the
 * list for a meeting, the college's proposal per commitment, the council's decision. Every write goes through
 * the use cases of services/council/commitment-round.ts. Councils only: an association has no such pages.
 */
export function staffCommitmentRoundRoutes(app: FastifyInstance, web: Web): void {
  if (portalWords(web.ctx.organisation.kind ?? 'vereniging').associationParts) return;
  const { db, organisation } = web.ctx;
  const org = organisation.id;
  const home = '/beheer/toezeggingenlijsten';

  const renderList = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: FormValues,
    errors: FormErrors,
  ) => {
    const [rounds, meetings] = await Promise.all([listCommitmentRounds(db, org), meetingOptions(web)]);
    const page = (
      <CommitmentRoundListPage
        ctx={await staffContext(web, request, reply)}
        rounds={rounds}
        meetings={meetings}
        values={values}
        errors={errors}
      />
    );
    return sendPage(reply, page, hasErrors(errors) ? 400 : 200);
  };

  app.get(home, { preHandler: staffOnly() }, (request, reply) => renderList(request, reply, {}, {}));

  app.post(home, { preHandler: staffOnly('round.open') }, async (request, reply) => {
    const v = readForm(request.body);
    const meetingId = chosen(v.meetingId, await meetingOptions(web));
    if (!meetingId) return renderList(request, reply, v, { meetingId: 'Kies de vergadering.' });
    try {
      const round = await openCommitmentRound({ db, writer: writerOf(request), meetingId });
      return redirectWithNotice(reply, `${home}/${round.id}`, 'toezeggingenlijst-geopend');
    } catch (error) {
      const refused = errorsFromRefusal(error, { vergadering: 'meetingId' });
      if (!refused) throw error;
      return renderList(request, reply, v, refused);
    }
  });

  const renderRound = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    values: FormValues = {},
    errors: FormErrors = {},
  ) => {
    const round = isUuid(id) ? await getCommitmentRound(db, org, id) : undefined;
    if (!round) throw pageNotFound();
    const [meeting, entries] = await Promise.all([
      getMeeting(db, org, round.meetingId),
      listCommitmentEntries(db, org, round.id),
    ]);
    const p = request.principal;
    const page = (
      <CommitmentRoundWorkspacePage
        ctx={await staffContext(web, request, reply)}
        data={{
          round,
          meeting: meeting!,
          entries,
          can: { propose: can(p, 'round.open'), decide: can(p, 'round.decide') },
          values,
          errors,
        }}
      />
    );
    return sendPage(reply, page, hasErrors(errors) ? 400 : 200);
  };

  const entriesOf = async (id: string) => {
    const round = isUuid(id) ? await getCommitmentRound(db, org, id) : undefined;
    if (!round) throw pageNotFound();
    return listCommitmentEntries(db, org, round.id);
  };

  app.get<Id>(`${home}/:id`, { preHandler: staffOnly() }, (request, reply) =>
    renderRound(request, reply, request.params.id),
  );

  app.post<Id>(`${home}/:id/voorstellen`, { preHandler: staffOnly('round.open') }, async (request, reply) => {
    const { id } = request.params;
    const entries = await entriesOf(id);
    const v = readForm(request.body);
    // One row (its own button sends regel=id) or every row that has a choice.
    const only = v.regel ? entries.filter((e) => e.id === v.regel) : entries;
    if (v.regel && only.length === 0)
      return renderRound(request, reply, id, v, { '': 'Deze toezegging staat niet op de lijst.' });
    const errors: FormErrors = {};
    const writes: { entryId: string; proposal: 'settle' | 'keep'; explanation: string }[] = [];
    for (const e of only) {
      const word = v[`voorstel-${e.id}`] ?? '';
      const explanation = v[`toelichting-${e.id}`] ?? '';
      if (explanation.length > MAX_EXPLANATION)
        errors[`toelichting-${e.id}`] =
          `De toelichting bij toezegging ${e.position} is te lang: hoogstens 5.000 tekens.`;
      if (word === '') {
        if (v.regel || explanation !== '')
          errors[`voorstel-${e.id}`] = `Kies bij toezegging ${e.position} afdoen of aanhouden.`;
        continue;
      }
      const proposal = Object.hasOwn(CHOICE_BY_WORD, word) ? CHOICE_BY_WORD[word] : undefined;
      if (!proposal) {
        errors[`voorstel-${e.id}`] = `Kies bij toezegging ${e.position} afdoen of aanhouden.`;
        continue;
      }
      writes.push({ entryId: e.id, proposal, explanation });
    }
    if (!hasErrors(errors) && writes.length === 0)
      errors[''] = 'Kies bij ten minste één toezegging afdoen of aanhouden.';
    if (hasErrors(errors)) return renderRound(request, reply, id, v, errors);
    try {
      const writer = writerOf(request);
      // All rows in one transaction: a refusal leaves every row as it was.
      await inTransaction(db, async (trx) => {
        for (const w of writes) await proposeOnCommitment({ db: trx, writer, roundId: id, ...w });
      });
      return redirectWithNotice(reply, `${home}/${id}`, 'voorstellen-opgeslagen');
    } catch (error) {
      const refused = errorsFromRefusal(error);
      if (!refused) throw error;
      return renderRound(request, reply, id, v, refused);
    }
  });

  app.post<Id>(`${home}/:id/besluiten`, { preHandler: staffOnly('round.decide') }, async (request, reply) => {
    const { id } = request.params;
    const entries = await entriesOf(id);
    const v = readForm(request.body);
    const errors: FormErrors = {};
    const overrides: Record<string, 'settle' | 'keep'> = {};
    for (const e of entries) {
      const word = v[`besluit-${e.id}`] ?? '';
      if (word === '') continue;
      const decision = Object.hasOwn(CHOICE_BY_WORD, word) ? CHOICE_BY_WORD[word] : undefined;
      if (decision) overrides[e.id] = decision;
      else
        errors[`besluit-${e.id}`] =
          `Kies bij toezegging ${e.position} zoals voorgesteld, afdoen of aanhouden.`;
    }
    const missing = entries.filter((e) => !e.proposal && !overrides[e.id]);
    if (!hasErrors(errors) && missing.length > 0)
      errors[''] =
        `De raad kan nog niet besluiten: bij ${missing.length === 1 ? 'toezegging' : 'de toezeggingen'} ${missing
          .map((e) => e.position)
          .join(
            ', ',
          )} staat nog geen voorstel. Vul eerst het voorstel van het college in, of kies hier het besluit.`;
    if (hasErrors(errors)) return renderRound(request, reply, id, v, errors);
    try {
      await decideCommitmentRound({ db, writer: writerOf(request), roundId: id, overrides });
      return redirectWithNotice(reply, `${home}/${id}`, 'raad-besloten');
    } catch (error) {
      const refused = errorsFromRefusal(error);
      if (!refused) throw error;
      return renderRound(request, reply, id, v, refused);
    }
  });
}
