import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { CouncilRoll } from '../../../services/council/seat-vote.js';
import type { FactionRecord } from '../../../store/repositories/council.js';
import type { CouncilBallotRecord } from '../../../store/repositories/council-votes.js';
import type { VoteRecord } from '../../../store/repositories/votes.js';
import { Crumbs } from '../../components/Crumbs.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { CsrfField, type Option, SelectField } from '../../components/fields.js';
import { Layout } from '../../components/Layout.js';
import { ActionButton } from '../../components/StaffForm.js';
import type { FormErrors, FormValues } from '../../forms.js';
import type { PageContext } from '../../page-context.js';
import { VOTE_STATUS_WORDS } from './vote-words.js';

export type CouncilConsoleData = {
  roll: CouncilRoll;
  factions: FactionRecord[];
  motions: Option[];
  votes: VoteRecord[];
  open: VoteRecord | null;
  ballots: CouncilBallotRecord[];
  values: FormValues;
  errors: FormErrors;
};

const CHOICES: Option[] = [
  { value: 'for', label: 'voor' },
  { value: 'against', label: 'tegen' },
];

/**
 * The chair's console for a council meeting: the attendance list of the council members, a vote by seats on a
 * motion (by name per member, or per faction with its members present and named deviations), close, publish.
 */
export function CouncilConsolePage({ ctx, data }: { ctx: PageContext; data: CouncilConsoleData }) {
  const { roll } = data;
  const base = `/beheer/vergaderingen/${roll.meeting.id}/raadsstemming`;
  const title = `Stemmingen: ${roll.meeting.title}`;
  const present = new Set(roll.present);
  const byFaction = (factionId: string | null) => roll.members.filter((m) => m.factionId === factionId);
  const groups: { id: string | null; name: string }[] = [
    ...data.factions.map((f) => ({ id: f.id as string | null, name: f.name })),
    { id: null, name: 'Zonder fractie' },
  ].filter((g) => byFaction(g.id).length > 0);
  const ballotOf = new Map(data.ballots.map((b) => [b.personId, b]));
  const count = (choice: string) => data.ballots.filter((b) => b.choice === choice).length;
  return (
    <Layout ctx={ctx} title={title}>
      <Crumbs trail={[{ href: '/beheer', label: 'Beheer' }]} current={title} />
      <Heading1>{title}</Heading1>
      <ErrorSummary errors={data.errors} />

      <section aria-labelledby="aanwezig" className="mm-section">
        <Heading2 id="aanwezig">Presentielijst</Heading2>
        <Paragraph>
          {roll.present.length} van de {roll.seats} raadsleden aanwezig; het quorum is {roll.quorum} (meer dan
          de helft van de zetels).{' '}
          {roll.present.length >= roll.quorum ? 'Het quorum is gehaald.' : 'Het quorum is niet gehaald.'}
        </Paragraph>
        <form method="post" action={`${base}/aanwezig`}>
          <CsrfField token={ctx.csrfToken} />
          {groups.map((g) => (
            <fieldset key={g.id ?? 'none'} className="mm-fieldset">
              <legend>{g.name}</legend>
              {byFaction(g.id).map((m) => (
                <div key={m.id}>
                  <input
                    type="checkbox"
                    id={`aanwezig-${m.id}`}
                    name="aanwezig"
                    value={m.id}
                    defaultChecked={present.has(m.id)}
                  />{' '}
                  <label htmlFor={`aanwezig-${m.id}`}>{m.name}</label>
                </div>
              ))}
            </fieldset>
          ))}
          <Button type="submit" appearance="secondary-action-button">
            Presentielijst opslaan
          </Button>
        </form>
      </section>

      {data.open ? (
        <OpenVote ctx={ctx} data={data} base={base} groups={groups} ballotOf={ballotOf} count={count} />
      ) : (
        <section aria-labelledby="openen" className="mm-section">
          <Heading2 id="openen">Stemming openen</Heading2>
          {data.motions.length === 0 ? (
            <Paragraph>Er is geen ingediende motie van deze vergadering om over te stemmen.</Paragraph>
          ) : (
            <form method="post" action={`${base}/openen`}>
              <CsrfField token={ctx.csrfToken} />
              <SelectField
                id="motie"
                name="motie"
                label="Motie"
                options={data.motions}
                emptyLabel="Kies een motie"
                value={data.values.motie}
                error={data.errors.motie}
              />
              <Button type="submit" appearance="primary-action-button">
                Stemming openen
              </Button>
            </form>
          )}
        </section>
      )}

      <section aria-labelledby="stemmingen" className="mm-section">
        <Heading2 id="stemmingen">Stemmingen van deze vergadering</Heading2>
        {data.votes.length === 0 ? <Paragraph>Nog geen.</Paragraph> : null}
        <ul>
          {data.votes.map((v) => (
            <li key={v.id}>
              {v.subject}: {VOTE_STATUS_WORDS[v.status] ?? v.status}
              {v.result
                ? `, ${v.result.outcome === 'adopted' ? 'aangenomen' : v.result.outcome === 'no-quorum' ? 'geen quorum' : 'verworpen'} met ${v.result.members.for} stemmen voor en ${v.result.members.against} tegen`
                : ''}
              {v.status === 'closed' ? (
                <ActionButton ctx={ctx} action={`${base}/${v.id}/publiceren`} label="Uitslag publiceren" />
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}

function OpenVote({
  ctx,
  data,
  base,
  groups,
  ballotOf,
  count,
}: {
  ctx: PageContext;
  data: CouncilConsoleData;
  base: string;
  groups: { id: string | null; name: string }[];
  ballotOf: Map<string, CouncilBallotRecord>;
  count: (choice: string) => number;
}) {
  const vote = data.open!;
  const present = data.roll.members.filter((m) => data.roll.present.includes(m.id));
  return (
    <section aria-labelledby="open" className="mm-section">
      <Heading2 id="open">Open stemming: {vote.subject}</Heading2>
      <Paragraph>
        Uitgebracht: {data.ballots.length} van {present.length} aanwezigen ({count('for')} voor,{' '}
        {count('against')} tegen).
      </Paragraph>
      <form method="post" action={`${base}/${vote.id}/fracties`}>
        <CsrfField token={ctx.csrfToken} />
        <Heading2 id="per-fractie">Per fractie (met afwijkende leden)</Heading2>
        {groups.map((g) => {
          const members = present.filter((m) => m.factionId === g.id);
          if (members.length === 0) return null;
          return (
            <fieldset key={g.id ?? 'none'} className="mm-fieldset">
              <legend>
                {g.name} ({members.length} aanwezig)
              </legend>
              {g.id ? (
                <SelectField
                  id={`fractie-${g.id}`}
                  name={`fractie-${g.id}`}
                  label={`Stem van ${g.name}`}
                  options={CHOICES}
                  emptyLabel="geen blokstem"
                />
              ) : null}
              {members.map((m) => (
                <SelectField
                  key={m.id}
                  id={`afwijkend-${m.id}`}
                  name={`afwijkend-${m.id}`}
                  label={g.id ? `${m.name} stemt afwijkend` : m.name}
                  options={CHOICES}
                  emptyLabel={g.id ? 'met de fractie' : 'niet gestemd'}
                  value={ballotOf.get(m.id)?.byFaction === false ? ballotOf.get(m.id)?.choice : ''}
                />
              ))}
            </fieldset>
          );
        })}
        <Button type="submit" appearance="primary-action-button">
          Stemmen vastleggen
        </Button>
      </form>
      <form method="post" action={`${base}/${vote.id}/leden`}>
        <CsrfField token={ctx.csrfToken} />
        <Heading2 id="hoofdelijk">Hoofdelijke stemming</Heading2>
        {present.map((m) => (
          <SelectField
            key={m.id}
            id={`stem-${m.id}`}
            name={`stem-${m.id}`}
            label={m.name}
            options={CHOICES}
            emptyLabel="nog niet gestemd"
            value={ballotOf.get(m.id)?.choice ?? ''}
          />
        ))}
        <Button type="submit" appearance="secondary-action-button">
          Hoofdelijke stemmen vastleggen
        </Button>
      </form>
      <ActionButton
        ctx={ctx}
        action={`${base}/${vote.id}/sluiten`}
        label="Stemming sluiten"
        appearance="primary-action-button"
      />
    </section>
  );
}
