import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { decision, formatDutchDate } from '../../../domain/vocabulary/index.js';
import { formatCounts } from '../../../report/dutch-format.js';
import type { ReportCounts } from '../../../report/model.js';
import type { EntryWithMotion } from '../../../store/repositories/accountability.js';
import { CsrfField, type Option, SelectField, TextAreaField, TextField } from '../../components/fields.js';
import { ActionButton } from '../../components/StaffForm.js';
import type { FormErrors, FormValues } from '../../forms.js';
import type { PageContext } from '../../page-context.js';

export type MissingMotion = { id: string; title: string; submitters: string[]; status: string };

/** "3 open moties staan niet in deze ronde": the register's open motions the round lacks, to add one by one or all. */
export function CompletenessSection(props: {
  ctx: PageContext;
  base: string;
  /** The first missing motions; `total` says how many are missing in all. */
  missing: MissingMotion[];
  total: number;
  canAdd: boolean;
}) {
  const { ctx, base, missing } = props;
  const count = props.total;
  return (
    <section aria-labelledby="volledigheid-kop" className="mm-section">
      <Heading2 id="volledigheid-kop">Volledigheid</Heading2>
      {count === 0 ? (
        <Paragraph>Alle open moties staan in deze ronde.</Paragraph>
      ) : (
        <>
          <div className="utrecht-alert utrecht-alert--warning mm-notice" role="status">
            <Paragraph>
              <strong>
                {count === 1
                  ? '1 open motie staat niet in deze ronde'
                  : `${count} open moties staan niet in deze ronde`}
              </strong>
              . Het zijn aangenomen of aangehouden moties van vóór de vergadering, hoe ze ook zijn
              binnengekomen (formulier, API of import).
              {count > missing.length
                ? ` Hieronder staan de eerste ${missing.length}, in de volgorde van het register; een toegevoegde motie maakt plaats voor de volgende.`
                : null}
            </Paragraph>
          </div>
          <ul className="mm-missing">
            {missing.map((motion) => (
              <li key={motion.id}>
                <a href={`/moties/${motion.id}`}>{motion.title}</a>
                <span className="mm-meta">
                  {' '}
                  ({motion.submitters.join(', ') || 'indiener onbekend'}, {motion.status})
                </span>
                {props.canAdd ? (
                  <ActionButton
                    ctx={ctx}
                    action={`${base}/toevoegen`}
                    label="Toevoegen"
                    hidden={{ motie: motion.id }}
                  />
                ) : null}
              </li>
            ))}
          </ul>
          {props.canAdd && count > 1 ? (
            <ActionButton
              ctx={ctx}
              action={`${base}/toevoegen`}
              label={`Alle ${count} toevoegen`}
              hidden={{ alle: 'ja' }}
              appearance="primary-action-button"
            />
          ) : null}
        </>
      )}
    </section>
  );
}

/** The summary, the counts the report states and the proposal to the members, as they stand (not editable). */
function FixedTexts(props: { summary: string; proposal: string; counts: ReportCounts }) {
  return (
    <>
      <Paragraph>{props.summary}</Paragraph>
      <Paragraph>
        <strong>{formatCounts(props.counts)}</strong>
      </Paragraph>
      <Paragraph>{props.proposal}</Paragraph>
    </>
  );
}

/** Summary, "Voorstel aan de leden" and the report date, prefilled; the counts are always computed. */
export function ReportTextsSection(props: {
  ctx: PageContext;
  base: string;
  summary: string;
  proposal: string;
  reportDate: string;
  letterId: string;
  letters: Option[];
  boardMeetingDate: string;
  boardMeetingDefault: string | null;
  counts: ReportCounts;
  editable: boolean;
  /** The board approved the round: its texts are shown, only how the report is sent can still change. */
  textsFixed: boolean;
  values?: FormValues;
  errors?: FormErrors;
}) {
  const v = props.values ?? {};
  const e = props.errors ?? {};
  if (!props.editable)
    return (
      <section aria-labelledby="teksten-kop" className="mm-section">
        <Heading2 id="teksten-kop">Samenvatting en voorstel aan de leden</Heading2>
        <FixedTexts summary={props.summary} proposal={props.proposal} counts={props.counts} />
        <Paragraph>
          Ledenbrief: {props.letters.find((l) => l.value === props.letterId)?.label ?? 'geen'}
        </Paragraph>
      </section>
    );
  return (
    <section aria-labelledby="teksten-kop" className="mm-section">
      <Heading2 id="teksten-kop">Samenvatting en voorstel aan de leden</Heading2>
      <form method="post" action={`${props.base}/teksten`} className="mm-form" noValidate>
        <CsrfField token={props.ctx.csrfToken} />
        {props.textsFixed ? (
          <>
            <Paragraph className="mm-meta">
              Het bestuur heeft deze teksten goedgekeurd; ze liggen vast.
            </Paragraph>
            <FixedTexts summary={props.summary} proposal={props.proposal} counts={props.counts} />
          </>
        ) : (
          <>
            <TextAreaField
              id="samenvatting"
              name="summary"
              label="Samenvatting"
              description="Noem geen aantallen: het rapport telt de moties zelf uit de verantwoordingen."
              value={v.summary ?? props.summary}
              error={e.summary}
              rows={6}
            />
            <Paragraph className="mm-meta">
              In het rapport volgt: <strong>{formatCounts(props.counts)}</strong>
            </Paragraph>
            <TextAreaField
              id="voorstel-aan-de-leden"
              name="proposalText"
              label="Voorstel aan de leden"
              value={v.proposalText ?? props.proposal}
              error={e.proposalText}
              rows={4}
            />
          </>
        )}
        <SelectField
          id="ledenbrief"
          name="letterId"
          label="Ledenbrief"
          description="De ledenbrief waarmee het rapport naar de leden gaat; het voorblad noemt haar nummer en datum."
          value={v.letterId ?? props.letterId}
          options={props.letters}
          emptyLabel="Geen ledenbrief"
          error={e.letterId}
          optional
        />
        <TextField
          id="rapportdatum"
          name="reportDate"
          label="Datum van het rapport"
          description="Zoals op het voorblad; leeg: de datum van de ledenbrief."
          type="date"
          value={v.reportDate ?? props.reportDate}
          error={e.reportDate}
          optional
        />
        <TextField
          id="bestuursvergadering"
          name="boardMeetingDate"
          label="Bestuursvergadering"
          description={`De vergadering waarin het bestuur de voorstellen vaststelt. Een week ervoor krijgt het bureau een herinnering voor moties zonder verantwoording.${props.boardMeetingDefault ? ` Leeg: ${formatDutchDate(props.boardMeetingDefault)}.` : ''}`}
          type="date"
          value={v.boardMeetingDate ?? props.boardMeetingDate}
          error={e.boardMeetingDate}
          optional
        />
        <Button type="submit" appearance="primary-action-button">
          Teksten opslaan
        </Button>
      </form>
    </section>
  );
}

const DECISIONS = decision.options();
const OUTCOMES = [
  { value: 'aangenomen', label: 'Aangenomen' },
  { value: 'verworpen', label: 'Verworpen' },
  { value: 'acclamatie', label: 'Aangenomen bij acclamatie' },
];

/**
 * The assembly's decisions: all proposals at once (each conditional proposal named, with its own decision,
 * and the vote on the accountability as a whole), or per motion.
 */
export function DecisionSection(props: {
  ctx: PageContext;
  base: string;
  /** The entries on this page of the workspace. */
  entries: EntryWithMotion[];
  /** Every undecided conditional proposal of the round, on any page. */
  conditional: EntryWithMotion[];
  /** "51–100" when the round has more than one page, else null. */
  range: string | null;
  meetingHeld: boolean;
  meetingDate: string;
  /** The vote on the accountability as a whole is already recorded: it is not asked again. */
  voteRecorded: boolean;
}) {
  const { ctx, base, conditional } = props;
  const open = props.entries.filter((e) => !e.decision);
  return (
    <section aria-labelledby="besluit-kop" className="mm-section">
      <Heading2 id="besluit-kop">Besluiten van de vergadering</Heading2>
      {props.meetingHeld ? null : (
        <Paragraph>
          De vergadering van {props.meetingDate} heeft nog niet plaatsgevonden: besluiten worden vanaf die dag
          vastgelegd, gedateerd op de vergadering.
        </Paragraph>
      )}
      <form method="post" action={`${base}/besluiten`} className="mm-form" noValidate>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="volgVoorstellen" value="ja" />
        <h3 className="utrecht-heading-3">De vergadering volgt alle voorstellen</h3>
        {props.range ? (
          <Paragraph>Dit geldt voor alle moties van de ronde, ook die op andere pagina's.</Paragraph>
        ) : null}
        {conditional.length > 0 ? (
          <>
            <Paragraph>
              {conditional.length === 1
                ? 'Eén voorstel is voorwaardelijk en vraagt een eigen besluit:'
                : `${conditional.length} voorstellen zijn voorwaardelijk en vragen elk een eigen besluit:`}
            </Paragraph>
            {conditional.map((e) => (
              <SelectField
                key={e.id}
                id={`voorwaardelijk-${e.id}`}
                name={`besluit-${e.id}`}
                label={e.motion.title}
                description={e.condition ?? undefined}
                options={DECISIONS}
                emptyLabel="Kies het besluit"
              />
            ))}
          </>
        ) : null}
        {props.voteRecorded ? null : (
          <>
            <SelectField
              id="stemuitslag"
              name="uitkomst"
              label="Stemming over de verantwoording als geheel"
              options={OUTCOMES}
              emptyLabel="Niet vastleggen"
              optional
            />
            <TextField
              id="stempercentage"
              name="percentage"
              label="Percentage vóór"
              description="Bijvoorbeeld 97,63."
              optional
            />
          </>
        )}
        <Button type="submit" appearance="primary-action-button">
          Alle voorstellen volgen
        </Button>
      </form>
      <form method="post" action={`${base}/besluiten`} className="mm-form mm-section" noValidate>
        <CsrfField token={ctx.csrfToken} />
        <h3 className="utrecht-heading-3">Per motie</h3>
        {props.range ? (
          <Paragraph>
            Hier staan de moties {props.range}, die van deze pagina. De andere moties kiest u met de
            paginering onder ‘Moties in deze ronde’.
          </Paragraph>
        ) : null}
        {open.map((e) => (
          <SelectField
            key={e.id}
            id={`besluit-${e.id}`}
            name={`besluit-${e.id}`}
            label={e.motion.title}
            options={DECISIONS}
            emptyLabel="Nog niet besloten"
          />
        ))}
        <Button type="submit" appearance="secondary-action-button">
          Besluiten vastleggen
        </Button>
      </form>
    </section>
  );
}
