import { Button, DataList, Heading1, Paragraph } from '@utrecht/component-library-react';
import type { MeetingRecord } from '../../../store/repositories/meetings.js';
import { Crumbs } from '../../components/Crumbs.js';
import { DateText } from '../../components/DateText.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Fact } from '../../components/Fact.js';
import { CsrfField, type Option, SelectField, TextAreaField, TextField } from '../../components/fields.js';
import { Layout } from '../../components/Layout.js';
import type { FormErrors, FormValues } from '../../forms.js';
import type { PageContext } from '../../page-context.js';

function MeetingFacts({ meeting: m }: { meeting: MeetingRecord }) {
  const time = [m.startTime, m.endTime].filter(Boolean).join('–');
  return (
    <DataList className="mm-facts">
      <Fact label="Datum">
        <DateText value={m.date} />
        {time ? `, ${time} uur` : ''}
      </Fact>
      {m.place ? <Fact label="Plaats">{m.place}</Fact> : null}
    </DataList>
  );
}

export const REGISTRATION_FIELD_IDS: Record<string, string> = {
  naam: 'veld-naam',
  email: 'veld-email',
  lid: 'veld-lid',
  functie: 'veld-functie',
  wensen: 'veld-wensen',
};

export type RegistrationFormData = {
  meeting: MeetingRecord;
  open: boolean;
  full: boolean;
  members: Option[];
  values: FormValues;
  errors: FormErrors;
};

/** The public sign-up form of a meeting or event: name, e-mail, municipality, role, dietary wishes. */
export function RegistrationFormPage({ ctx, data }: { ctx: PageContext; data: RegistrationFormData }) {
  const { meeting: m, values, errors } = data;
  const title = `Aanmelden: ${m.title}`;
  return (
    <Layout ctx={ctx} title={title}>
      <Crumbs
        trail={[
          { href: '/vergaderingen', label: 'Vergaderingen' },
          { href: `/vergaderingen/${m.id}`, label: m.title },
        ]}
        current="Aanmelden"
      />
      <Heading1>{title}</Heading1>
      <MeetingFacts meeting={m} />
      {!data.open ? (
        <Paragraph>Aanmelden voor deze bijeenkomst is niet (meer) mogelijk.</Paragraph>
      ) : (
        <>
          <Paragraph>
            {data.full
              ? 'De bijeenkomst is vol. Meldt u zich aan, dan komt u op de wachtlijst en krijgt u bericht als er een plaats vrijkomt.'
              : 'Vul het formulier in. U krijgt een bevestiging per e-mail, met een link om uw aanmelding te annuleren.'}
          </Paragraph>
          <ErrorSummary errors={errors} fieldIds={REGISTRATION_FIELD_IDS} />
          <form method="post" action={`/vergaderingen/${m.id}/aanmelden`} className="mm-form" noValidate>
            <CsrfField token={ctx.csrfToken} />
            <TextField
              id="veld-naam"
              name="naam"
              label="Naam"
              value={values.naam}
              error={errors.naam}
              required
              autoComplete="name"
            />
            <TextField
              id="veld-email"
              name="email"
              type="email"
              label="E-mailadres"
              description="Hierheen sturen wij de bevestiging en de link om te annuleren."
              value={values.email}
              error={errors.email}
              required
              autoComplete="email"
            />
            <SelectField
              id="veld-lid"
              name="lid"
              label="Gemeente"
              description="Namens welke gemeente komt u? Kies ‘Geen gemeente’ als u niet namens een gemeente komt."
              options={data.members}
              emptyLabel="Geen gemeente"
              value={values.lid}
              error={errors.lid}
              optional
            />
            <TextField
              id="veld-functie"
              name="functie"
              label="Functie"
              description="Bijvoorbeeld: wethouder, raadslid, griffier, beleidsmedewerker."
              value={values.functie}
              error={errors.functie}
              optional
              autoComplete="organization-title"
            />
            <TextAreaField
              id="veld-wensen"
              name="wensen"
              label="Dieetwensen en allergieën"
              description="Bijvoorbeeld: vegetarisch, glutenvrij, notenallergie."
              rows={3}
              value={values.wensen}
              error={errors.wensen}
              optional
            />
            <Paragraph className="mm-meta">
              Wij gebruiken uw gegevens alleen voor deze bijeenkomst en verwijderen ze na afloop.
            </Paragraph>
            <Button type="submit" appearance="primary-action-button">
              {data.full ? 'Aanmelden voor de wachtlijst' : 'Aanmelden'}
            </Button>
          </form>
        </>
      )}
    </Layout>
  );
}

/** After signing up: what happened (a seat or the waiting list) and that the e-mail follows. */
export function RegistrationDonePage({
  ctx,
  meeting,
  position,
}: {
  ctx: PageContext;
  meeting: MeetingRecord;
  position: number | null;
}) {
  return (
    <Layout ctx={ctx} title="Aanmelding ontvangen">
      <Heading1>{position === null ? 'U bent aangemeld' : 'U staat op de wachtlijst'}</Heading1>
      <div className="utrecht-alert utrecht-alert--ok mm-notice" role="status">
        <div className="utrecht-alert__content">
          <div className="utrecht-alert__message">
            {position === null
              ? `U bent aangemeld voor ${meeting.title}.`
              : `${meeting.title} is vol; u staat op plaats ${position} van de wachtlijst.`}{' '}
            U ontvangt een bevestiging per e-mail met een link om te annuleren.
          </div>
        </div>
      </div>
      <MeetingFacts meeting={meeting} />
      <Paragraph>
        <a href={`/api/v1/vergaderingen/${meeting.id}/kalender`}>Zet de bijeenkomst in uw agenda (ICS)</a>
      </Paragraph>
      <Paragraph>
        <a href={`/vergaderingen/${meeting.id}`}>Terug naar {meeting.title}</a>
      </Paragraph>
    </Layout>
  );
}

export type CancelData =
  | { state: 'unknown' }
  | { state: 'ask'; meeting: MeetingRecord; name: string; action: string }
  | { state: 'done'; meeting: MeetingRecord };

/** The personal cancel link: shows whose registration it is and cancels with one button (no login). */
export function CancelRegistrationPage({ ctx, data }: { ctx: PageContext; data: CancelData }) {
  if (data.state === 'unknown')
    return (
      <Layout ctx={ctx} title="Aanmelding annuleren">
        <Heading1>Aanmelding annuleren</Heading1>
        <Paragraph>
          Deze link is onbekend of al gebruikt. Is uw aanmelding al geannuleerd, dan hoeft u niets meer te
          doen.
        </Paragraph>
      </Layout>
    );
  if (data.state === 'done')
    return (
      <Layout ctx={ctx} title="Aanmelding geannuleerd">
        <Heading1>Aanmelding geannuleerd</Heading1>
        <div className="utrecht-alert utrecht-alert--ok mm-notice" role="status">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              Uw aanmelding voor {data.meeting.title} is geannuleerd. U ontvangt hiervan een bevestiging.
            </div>
          </div>
        </div>
      </Layout>
    );
  return (
    <Layout ctx={ctx} title="Aanmelding annuleren">
      <Heading1>Aanmelding annuleren</Heading1>
      <Paragraph>
        Wilt u de aanmelding van {data.name} voor {data.meeting.title} annuleren?
      </Paragraph>
      <MeetingFacts meeting={data.meeting} />
      <form method="post" action={data.action} className="mm-form">
        <CsrfField token={ctx.csrfToken} />
        <Button type="submit" appearance="primary-action-button">
          Aanmelding annuleren
        </Button>
      </form>
      <Paragraph>Komt u toch? Dan hoeft u niets te doen.</Paragraph>
    </Layout>
  );
}
