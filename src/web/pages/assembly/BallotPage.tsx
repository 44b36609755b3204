import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { AssemblyState } from '../../../services/assembly/assembly-state.js';
import type { AttendanceRecord } from '../../../store/repositories/attendance.js';
import type { BallotRecord } from '../../../store/repositories/votes.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { CsrfField, RadioGroup, TextField } from '../../components/fields.js';
import { Layout } from '../../components/Layout.js';
import { Notice } from '../../components/Notice.js';
import type { FormErrors, FormValues } from '../../forms.js';
import type { PageContext } from '../../page-context.js';
import { LiveStatus } from './LiveStatus.js';
import { choicesOf, choiceWord } from './vote-words.js';

export type BallotData = {
  state: AssemblyState;
  memberName: string;
  attendance: AttendanceRecord | undefined;
  ballot: BallotRecord | undefined;
  confirmation: string | null;
  values: FormValues;
  errors: FormErrors;
};

/** The stembiljet of a municipality's representative: sign in as present, vote, change until the close. */
export function BallotPage({ ctx, data }: { ctx: PageContext; data: BallotData }) {
  const { state, attendance, ballot } = data;
  const base = `/vergaderingen/${state.meeting.id}/stembiljet`;
  const title = `Stembiljet ${data.memberName}`;
  const present = attendance?.present === true;
  return (
    <Layout ctx={ctx} title={title}>
      <Heading1>{title}</Heading1>
      <Paragraph>{state.meeting.title}</Paragraph>
      {data.confirmation ? <Notice>{data.confirmation}</Notice> : null}
      <ErrorSummary errors={data.errors} />
      {present ? (
        <Paragraph>
          Aanwezig namens {data.memberName}: {attendance.representative} (gewicht {attendance.weight}).
        </Paragraph>
      ) : (
        <section aria-labelledby="aanmelden" className="mm-section">
          <Heading2 id="aanmelden">Aanmelden als aanwezig</Heading2>
          <Paragraph>
            Alleen aanwezige leden stemmen. Meld u aan als vertegenwoordiger van {data.memberName}.
          </Paragraph>
          <form method="post" action={`${base}/aanmelden`} className="mm-form" noValidate>
            <CsrfField token={ctx.csrfToken} />
            <TextField
              id="veld-representative"
              name="representative"
              label="Uw naam"
              value={data.values.representative ?? ctx.viewer?.name ?? ''}
              error={data.errors.representative}
              autoComplete="name"
              required
            />
            <Button type="submit" appearance="primary-action-button">
              Aanmelden
            </Button>
          </form>
        </section>
      )}
      <section aria-labelledby="stemming" className="mm-section">
        <Heading2 id="stemming">Stemming</Heading2>
        <LiveStatus state={state} showPresence={false} />
        {state.open && present ? (
          <form
            method="post"
            action={`${base}/stem`}
            className="mm-form mm-ballot"
            noValidate
            // A first ballot: with JavaScript it goes over the ballot channel (docs/adr/031), else this form.
            data-stemkanaal={ballot ? undefined : '/api/v1/stemkanaal'}
          >
            <CsrfField token={ctx.csrfToken} />
            <input type="hidden" name="vote" value={state.open.id} />
            <RadioGroup
              id="veld-choice"
              name="choice"
              legend={`Uw stem over: ${state.open.subject}`}
              options={choicesOf(state.open.alternatives)}
              value={data.values.choice ?? ballot?.choice}
              error={data.errors.choice}
            />
            {ballot ? (
              <Paragraph>
                U stemde {choiceWord(ballot.choice, state.open.alternatives)}. U kunt uw stem wijzigen tot de
                voorzitter de stemming sluit.
              </Paragraph>
            ) : null}
            <Button type="submit" appearance="primary-action-button">
              {ballot ? 'Stem wijzigen' : 'Stem uitbrengen'}
            </Button>
          </form>
        ) : null}
        <form method="get" action={base}>
          <Button type="submit" appearance="secondary-action-button">
            Pagina vernieuwen
          </Button>
        </form>
      </section>
    </Layout>
  );
}
