import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { isOverdue } from '../../domain/agreements.js';
import type { AgreementStatus } from '../../domain/types.js';
import { capitalise } from '../../domain/vocabulary/capitalise.js';
import { PROPOSAL_WORDS, STATUS_WORDS } from '../../report/commitments-report.js';
import type {
  CommitmentEntryView,
  CommitmentRoundRecord,
} from '../../store/repositories/commitment-rounds.js';
import { Crumbs } from '../components/Crumbs.js';
import { DateText } from '../components/DateText.js';
import { Layout } from '../components/Layout.js';
import { type PageContext, wordsOf } from '../page-context.js';

export type CommitmentRoundData = {
  round: CommitmentRoundRecord;
  meeting: { id: string; title: string; date: string };
  entries: CommitmentEntryView[];
};

/**
 * The commitments report of a meeting: every open commitment with its status and due date, the college's
 * proposal (afdoen or aanhouden) and the council's decision.
 */
export function CommitmentRoundPage({ ctx, data }: { ctx: PageContext; data: CommitmentRoundData }) {
  const words = wordsOf(ctx);
  const { round, meeting, entries } = data;
  // Overdue on the meeting's date, as the domain judges it: only an open commitment past its due date; a settled
  // one is not overdue.
  const pastDue = (e: CommitmentEntryView) =>
    isOverdue({ status: e.status as AgreementStatus, dueDate: e.dueDate }, meeting.date);
  const overdue = entries.filter(pastDue).length;
  return (
    <Layout ctx={ctx} title={round.title}>
      <Crumbs trail={[{ href: '/afspraken', label: words.agreements }]} current={round.title} />
      <Heading1>{round.title}</Heading1>
      <Paragraph>
        De {words.secretariat} legt de {words.body} in de{' '}
        <a href={`/vergaderingen/${meeting.id}`}>{meeting.title}</a> de openstaande{' '}
        {words.agreements.toLowerCase()} van het {words.executive} voor: {entries.length}{' '}
        {entries.length === 1 ? words.agreement : words.agreements.toLowerCase()}, waarvan {overdue} over de
        termijn op <DateText value={meeting.date} />. Het {words.executive} stelt per {words.agreement} voor
        af te doen of aan te houden; de raad besluit.{' '}
        {round.status === 'decided' ? (
          <>
            De raad besloot op <DateText value={round.decidedOn} />.
          </>
        ) : (
          'De raad heeft nog niet besloten.'
        )}
      </Paragraph>
      <p>
        <a href={`/toezeggingenlijsten/${round.id}/lijst.csv`}>Toezeggingenlijst downloaden (CSV)</a>
      </p>
      <div className="mm-table-wrap">
        <table className="mm-table">
          <caption className="mm-visually-hidden">
            {words.agreements} met status, termijn, voorstel van het {words.executive} en besluit van de raad
          </caption>
          <thead>
            <tr>
              <th scope="col">Nr</th>
              <th scope="col">{capitalise(words.agreement)}</th>
              <th scope="col">Portefeuillehouder</th>
              <th scope="col">Termijn</th>
              <th scope="col">Status</th>
              <th scope="col">Voorstel {words.executive}</th>
              <th scope="col">Besluit raad</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{e.position}</td>
                <td>
                  <a href={`/afspraken/${e.agreementId}`}>{e.text}</a>
                  {e.madeOn ? (
                    <span className="mm-meta">
                      {' '}
                      (gedaan op <DateText value={e.madeOn} />)
                    </span>
                  ) : null}
                  {e.explanation ? <div className="mm-meta">{e.explanation}</div> : null}
                </td>
                <td>{e.portfolioHolder ?? '–'}</td>
                <td>
                  <DateText value={e.dueDate} />
                  {pastDue(e) ? ' (over de termijn)' : ''}
                </td>
                <td>{STATUS_WORDS[e.status] ?? e.status}</td>
                <td>{e.proposal ? PROPOSAL_WORDS[e.proposal] : '–'}</td>
                <td>{e.decision ? PROPOSAL_WORDS[e.decision] : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
