import { Button, DataList, Heading1, Paragraph } from '@utrecht/component-library-react';
import { formatDutchDate } from '../../../domain/vocabulary/index.js';
import { choiceLabel } from '../../../domain/vote-alternatives.js';
import type { RemoteVoteView } from '../../../services/remote-votes/remote-vote.js';
import type { MemberBallot } from '../../../store/repositories/member-activity.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Fact } from '../../components/Fact.js';
import { CsrfField, RadioGroup } from '../../components/fields.js';
import { Layout } from '../../components/Layout.js';
import type { FormErrors } from '../../forms.js';
import type { PageContext } from '../../page-context.js';

const CHOICES = [
  { value: 'for', label: 'Voor' },
  { value: 'against', label: 'Tegen' },
  { value: 'abstain', label: 'Onthouding' },
];

export type RemoteVotePageData = {
  view: RemoteVoteView;
  /** The signed-in municipality's ballot (workspace only). */
  own?: MemberBallot;
  /** Whether the ballot form is shown: a member's workspace, the period running, no ballot yet. */
  canVote?: boolean;
  errors?: FormErrors;
};

/** A ledenraadpleging: the period, the response so far, the result once published, the ratifying assembly. */
export function RemoteVotePage({ ctx, data }: { ctx: PageContext; data: RemoteVotePageData }) {
  const { view } = data;
  const result = view.vote.result;
  return (
    <Layout ctx={ctx} title={view.vote.subject}>
      <Heading1>{view.vote.subject}</Heading1>
      <ErrorSummary errors={data.errors ?? {}} />
      <DataList className="mm-facts">
        <Fact label="Soort">Ledenraadpleging (gewogen stemming buiten de vergadering)</Fact>
        <Fact label="Stemmen kan">
          van {formatDutchDate(view.remote.opensOn)} tot en met {formatDutchDate(view.remote.closesOn)}
        </Fact>
        <Fact label="Respons">
          <span role="status">{view.progress}</span>
        </Fact>
        {result ? (
          <Fact label="Uitslag">
            {result.outcome === 'adopted' ? 'aangenomen' : 'verworpen'}
            {result.percentageFor !== null
              ? ` met ${String(result.percentageFor).replace('.', ',')}% voor`
              : ''}
          </Fact>
        ) : null}
        {view.ratificationMeeting ? (
          <Fact label="Ter bekrachtiging aan">
            <a href={`/vergaderingen/${view.ratificationMeeting.id}`}>{view.ratificationMeeting.title}</a> (
            {formatDutchDate(view.ratificationMeeting.date)})
          </Fact>
        ) : null}
      </DataList>
      {data.own ? (
        <Paragraph>
          Uw gemeente heeft gestemd:{' '}
          <strong>{choiceLabel(data.own.choice, data.own.voteAlternatives)}</strong>.
        </Paragraph>
      ) : null}
      {data.canVote ? (
        <form method="post" action={`/mijn/raadplegingen/${view.vote.id}`} className="mm-form" noValidate>
          <CsrfField token={ctx.csrfToken} />
          <RadioGroup
            id="veld-keuze"
            name="keuze"
            legend="Uw stem namens uw gemeente"
            options={
              view.vote.alternatives?.length
                ? view.vote.alternatives.map((a) => ({ value: a.key, label: a.label }))
                : CHOICES
            }
            error={data.errors?.keuze}
          />
          <Button type="submit" appearance="primary-action-button">
            Stem uitbrengen
          </Button>
        </form>
      ) : null}
    </Layout>
  );
}
