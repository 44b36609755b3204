import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { ROLE_WORDS } from '../../../services/council/council-members.js';
import type { FactionOverview } from '../../../services/council/faction-overview.js';
import type { CouncilPersonRecord } from '../../../store/repositories/council.js';
import { Crumbs } from '../../components/Crumbs.js';
import { DateText } from '../../components/DateText.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { CsrfField, type Option, SelectField, TextAreaField, TextField } from '../../components/fields.js';
import { Layout } from '../../components/Layout.js';
import type { FormErrors, FormValues } from '../../forms.js';
import type { PageContext } from '../../page-context.js';

export type CouncilMembersData = {
  overview: FactionOverview;
  people: (CouncilPersonRecord & { factionName: string | null })[];
  factionOptions: Option[];
  changeOptions: Option[];
  /** The form that was sent and refused, its values and errors (the other forms stay empty). */
  form: 'fractie' | 'raadslid' | 'wissel' | null;
  values: FormValues;
  errors: FormErrors;
};

const ROLE_OPTIONS: Option[] = (['member', 'alderman', 'mayor'] as const).map((r) => ({
  value: r,
  label: ROLE_WORDS[r],
}));

/** The griffie's page for a council's factions and people: the list, and forms to add and change them. */
export function CouncilMembersPage({ ctx, data }: { ctx: PageContext; data: CouncilMembersData }) {
  const { overview, people } = data;
  const of = (form: CouncilMembersData['form']) => ({
    v: data.form === form ? data.values : {},
    e: data.form === form ? data.errors : {},
  });
  const f = of('fractie');
  const p = of('raadslid');
  const w = of('wissel');
  const base = '/beheer/fracties';
  return (
    <Layout ctx={ctx} title="Fracties en raadsleden">
      <Crumbs trail={[{ href: '/beheer', label: 'Beheer' }]} current="Fracties en raadsleden" />
      <Heading1>Fracties en raadsleden</Heading1>
      <Paragraph>
        {overview.referenceDate ? (
          <>
            Stand op <DateText value={overview.referenceDate} />: {overview.totalSeats}{' '}
            {overview.totalSeats === 1 ? 'zetel' : 'zetels'} bezet.{' '}
          </>
        ) : null}
        <a href="/fracties">Openbare pagina met de fracties bekijken</a>
      </Paragraph>
      <ErrorSummary errors={data.errors} />

      <section aria-labelledby="fracties-kop" className="mm-section">
        <Heading2 id="fracties-kop">Fracties</Heading2>
        {overview.factions.length === 0 ? (
          <Paragraph>Er is nog geen fractie.</Paragraph>
        ) : (
          <div className="mm-table-wrap">
            <table className="mm-table">
              <caption className="mm-visually-hidden">Fracties met afkorting en zetels</caption>
              <thead>
                <tr>
                  <th scope="col">Fractie</th>
                  <th scope="col">Afkorting</th>
                  <th scope="col">Zetels nu</th>
                </tr>
              </thead>
              <tbody>
                {overview.factions.map((v) => (
                  <tr key={v.faction.id}>
                    <td>{v.faction.name}</td>
                    <td>{v.faction.shortName}</td>
                    <td className="mm-num">{v.seatsNow}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="mensen-kop" className="mm-section">
        <Heading2 id="mensen-kop">Raadsleden, wethouders en burgemeester</Heading2>
        {people.length === 0 ? (
          <Paragraph>Er is nog niemand ingevoerd.</Paragraph>
        ) : (
          <div className="mm-table-wrap">
            <table className="mm-table">
              <caption className="mm-visually-hidden">Personen met rol en fractie</caption>
              <thead>
                <tr>
                  <th scope="col">Naam</th>
                  <th scope="col">Rol</th>
                  <th scope="col">Fractie</th>
                </tr>
              </thead>
              <tbody>
                {people.map((person) => (
                  <tr key={person.id}>
                    <td>{person.name}</td>
                    <td>{ROLE_WORDS[person.role]}</td>
                    <td>{person.factionName ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="fractie-toevoegen-kop" className="mm-section">
        <Heading2 id="fractie-toevoegen-kop">Fractie toevoegen</Heading2>
        <form method="post" action={`${base}/fractie`} className="mm-form" noValidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField
            id="veld-fractieNaam"
            name="fractieNaam"
            label="Naam van de fractie"
            value={f.v.fractieNaam}
            error={f.e.fractieNaam}
            required
          />
          <TextField
            id="veld-afkorting"
            name="afkorting"
            label="Afkorting"
            value={f.v.afkorting}
            error={f.e.afkorting}
            required
          />
          <TextField
            id="veld-zittingsperiode"
            name="zittingsperiode"
            type="date"
            label="Begin van de zittingsperiode"
            value={f.v.zittingsperiode ?? overview.termStart ?? ''}
            error={f.e.zittingsperiode}
            required
          />
          <Button type="submit" appearance="primary-action-button">
            Fractie toevoegen
          </Button>
        </form>
      </section>

      <section aria-labelledby="raadslid-toevoegen-kop" className="mm-section">
        <Heading2 id="raadslid-toevoegen-kop">Raadslid toevoegen</Heading2>
        <form method="post" action={`${base}/raadslid`} className="mm-form" noValidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField
            id="veld-persoonNaam"
            name="persoonNaam"
            label="Naam"
            value={p.v.persoonNaam}
            error={p.e.persoonNaam}
            required
          />
          <SelectField
            id="veld-rol"
            name="rol"
            label="Rol"
            options={ROLE_OPTIONS}
            value={p.v.rol ?? 'member'}
            error={p.e.rol}
            required
          />
          <SelectField
            id="veld-fractie"
            name="fractie"
            label="Fractie"
            description="Leeg voor de burgemeester, of voor een raadslid dat alleen zit."
            options={data.factionOptions}
            value={p.v.fractie}
            error={p.e.fractie}
            emptyLabel="Geen fractie"
          />
          <TextField
            id="veld-vanaf"
            name="vanaf"
            type="date"
            label="Vanaf"
            value={p.v.vanaf ?? overview.termStart ?? ''}
            error={p.e.vanaf}
            required
          />
          <Button type="submit" appearance="primary-action-button">
            Raadslid toevoegen
          </Button>
        </form>
      </section>

      <section aria-labelledby="fractiewissel-kop" className="mm-section">
        <Heading2 id="fractiewissel-kop">Fractiewissel vastleggen</Heading2>
        <Paragraph>
          Het lidmaatschap van de oude fractie eindigt op de datum en blijft als geschiedenis bewaard. Kies
          een nieuwe fractie, of geen fractie als het raadslid alleen verder gaat.
        </Paragraph>
        <form method="post" action={`${base}/wissel`} className="mm-form" noValidate>
          <CsrfField token={ctx.csrfToken} />
          <SelectField
            id="veld-persoon"
            name="persoon"
            label="Raadslid"
            options={data.changeOptions}
            value={w.v.persoon}
            error={w.e.persoon}
            emptyLabel="Kies het raadslid"
            required
          />
          <TextField
            id="veld-datum"
            name="datum"
            type="date"
            label="Datum van de wissel"
            value={w.v.datum}
            error={w.e.datum}
            required
          />
          <SelectField
            id="veld-naarFractie"
            name="naarFractie"
            label="Nieuwe fractie"
            options={data.factionOptions}
            value={w.v.naarFractie}
            error={w.e.naarFractie}
            emptyLabel="Geen fractie: gaat alleen verder"
          />
          <TextAreaField
            id="veld-reden"
            name="reden"
            label="Reden"
            optional
            rows={2}
            value={w.v.reden}
            error={w.e.reden}
          />
          <Button type="submit" appearance="primary-action-button">
            Fractiewissel vastleggen
          </Button>
        </form>
      </section>
    </Layout>
  );
}
