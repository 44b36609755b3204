import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { REGISTRATION_STATUS_LABELS, type RegistrationStatus } from '../../../domain/registrations.js';
import { formatDutchDateTime as formatDateTime } from '../../../domain/vocabulary/index.js';
import type { MeetingRecord } from '../../../store/repositories/meetings.js';
import type {
  RegistrationCounts,
  RegistrationRecord,
  RegistrationSettings,
} from '../../../store/repositories/registrations.js';
import { Crumbs } from '../../components/Crumbs.js';
import { DateText } from '../../components/DateText.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { CsrfField, SelectField, TextField } from '../../components/fields.js';
import { Layout } from '../../components/Layout.js';
import { ActionButton } from '../../components/StaffForm.js';
import { formatNumber } from '../../format.js';
import type { FormErrors, FormValues } from '../../forms.js';
import type { PageContext } from '../../page-context.js';

export type StaffRegistrationsData = {
  meeting: MeetingRecord;
  settings: RegistrationSettings;
  counts: RegistrationCounts;
  registrations: RegistrationRecord[];
  memberNames: Map<string, string>;
  keepUntil: string;
  values: FormValues;
  errors: FormErrors;
};

/** Staff: who registered for a meeting, the waiting list, capacity and opening, the CSV export. */
export function StaffRegistrationsPage({ ctx, data }: { ctx: PageContext; data: StaffRegistrationsData }) {
  const { meeting: m, counts } = data;
  const title = `Aanmeldingen: ${m.title}`;
  return (
    <Layout ctx={ctx} title={title}>
      <Crumbs
        trail={[
          { href: '/beheer', label: 'Beheer' },
          { href: `/beheer/vergaderingen/${m.id}`, label: m.title },
        ]}
        current="Aanmeldingen"
      />
      <Heading1>{title}</Heading1>
      <Paragraph>
        <DateText value={m.date} />
        {m.place ? `, ${m.place}` : ''}. {formatNumber(counts.confirmed)} aangemeld
        {data.settings.capacity !== null ? ` van ${formatNumber(data.settings.capacity)} plaatsen` : ''},{' '}
        {formatNumber(counts.waiting)} op de wachtlijst, {formatNumber(counts.cancelled)} geannuleerd.
      </Paragraph>
      <Paragraph>
        Persoonsgegevens worden bewaard tot en met <DateText value={data.keepUntil} /> en daarna verwijderd
        {counts.erased > 0 ? ` (bij ${formatNumber(counts.erased)} aanmeldingen is dat al gebeurd)` : ''}.
      </Paragraph>
      <Paragraph>
        <a className="mm-target-link" href={`/beheer/vergaderingen/${m.id}/aanmeldingen.csv`} download>
          Download de lijst (CSV)
        </a>{' '}
        · <a href={`/vergaderingen/${m.id}/aanmelden`}>Openbaar aanmeldformulier</a>
      </Paragraph>

      <Heading2 id="instellingen">Aanmelding en capaciteit</Heading2>
      <ErrorSummary errors={data.errors} fieldIds={{ capaciteit: 'veld-capaciteit', open: 'veld-open' }} />
      <form
        method="post"
        action={`/beheer/vergaderingen/${m.id}/aanmeldingen`}
        className="mm-form"
        noValidate
      >
        <CsrfField token={ctx.csrfToken} />
        <SelectField
          id="veld-open"
          name="open"
          label="Aanmelden"
          options={[
            { value: 'ja', label: 'Open' },
            { value: 'nee', label: 'Gesloten' },
          ]}
          value={data.values.open}
          error={data.errors.open}
        />
        <TextField
          id="veld-capaciteit"
          name="capaciteit"
          type="number"
          label="Capaciteit"
          description="Aantal plaatsen; leeg laten voor onbeperkt. Wie zich aanmeldt als het vol is, komt op de wachtlijst."
          value={data.values.capaciteit}
          error={data.errors.capaciteit}
          optional
        />
        <Button type="submit" appearance="primary-action-button">
          Opslaan
        </Button>
      </form>

      <Heading2 id="lijst">Aanmeldingen</Heading2>
      {data.registrations.length === 0 ? (
        <Paragraph>Nog geen aanmeldingen.</Paragraph>
      ) : (
        <div className="mm-table-wrap">
          <table className="mm-table">
            <caption className="mm-visually-hidden">Aanmeldingen voor {m.title}</caption>
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">E-mailadres</th>
                <th scope="col">Gemeente</th>
                <th scope="col">Functie</th>
                <th scope="col">Dieetwensen en allergieën</th>
                <th scope="col">Status</th>
                <th scope="col">Aangemeld op</th>
                <th scope="col">
                  <span className="mm-visually-hidden">Actie</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.registrations.map((r) => (
                <tr key={r.id}>
                  <td>{r.personName}</td>
                  <td>{r.email ?? '–'}</td>
                  <td>{r.memberId ? (data.memberNames.get(r.memberId) ?? '–') : '–'}</td>
                  <td>{r.role ?? '–'}</td>
                  <td>{r.wishes ?? '–'}</td>
                  <td>{REGISTRATION_STATUS_LABELS[r.status as RegistrationStatus] ?? r.status}</td>
                  <td>{formatDateTime(r.createdAt)}</td>
                  <td>
                    {r.status !== 'cancelled' ? (
                      <ActionButton
                        ctx={ctx}
                        action={`/beheer/aanmeldingen/${r.id}/annuleren`}
                        label={`Annuleer ${r.personName}`}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
