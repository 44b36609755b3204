import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { ROLE_WORDS } from '../../../services/council/council-members.js';
import type { FactionOverview } from '../../../services/council/faction-overview.js';
import type { CouncilPersonRecord } from '../../../store/repositories/council.js';
import { Crumbs } from '../../components/Crumbs.js';
import { DateText } from '../../components/DateText.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { type Option, SelectField, TextAreaField, TextField } from '../../components/fields.js';
import { Layout } from '../../components/Layout.js';
import { FormSection } from '../../components/StaffForm.js';
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
  /** One form's values and errors (when it was the one sent), and a field's id, name, value and error. */
  const of = (form: CouncilMembersData['form']) => {
    const v: FormValues = data.form === form ? data.values : {};
    const e: FormErrors = data.form === form ? data.errors : {};
    return { v, field: (name: string) => ({ id: `veld-${name}`, name, value: v[name], error: e[name] }) };
  };
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

      <FormSection id="fractie-toevoegen-kop" title="Fractie toevoegen" action={`${base}/fractie`} ctx={ctx}>
        <TextField {...f.field('fractieNaam')} label="Naam van de fractie" required />
        <TextField {...f.field('afkorting')} label="Afkorting" required />
        <TextField
          {...f.field('zittingsperiode')}
          type="date"
          label="Begin van de zittingsperiode"
          value={f.v.zittingsperiode ?? overview.termStart ?? ''}
          required
        />
      </FormSection>

      <FormSection
        id="raadslid-toevoegen-kop"
        title="Raadslid toevoegen"
        action={`${base}/raadslid`}
        ctx={ctx}
      >
        <TextField {...p.field('persoonNaam')} label="Naam" required />
        <SelectField
          {...p.field('rol')}
          label="Rol"
          options={ROLE_OPTIONS}
          value={p.v.rol ?? 'member'}
          required
        />
        <SelectField
          {...p.field('fractie')}
          label="Fractie"
          description="Leeg voor de burgemeester, of voor een raadslid dat alleen zit."
          options={data.factionOptions}
          emptyLabel="Geen fractie"
        />
        <TextField
          {...p.field('vanaf')}
          type="date"
          label="Vanaf"
          value={p.v.vanaf ?? overview.termStart ?? ''}
          required
        />
      </FormSection>

      <FormSection
        id="fractiewissel-kop"
        title="Fractiewissel vastleggen"
        action={`${base}/wissel`}
        ctx={ctx}
        intro={
          <Paragraph>
            Het lidmaatschap van de oude fractie eindigt op de datum en blijft als geschiedenis bewaard. Kies
            een nieuwe fractie, of geen fractie als het raadslid alleen verder gaat.
          </Paragraph>
        }
      >
        <SelectField
          {...w.field('persoon')}
          label="Raadslid"
          options={data.changeOptions}
          emptyLabel="Kies het raadslid"
          required
        />
        <TextField {...w.field('datum')} type="date" label="Datum van de wissel" required />
        <SelectField
          {...w.field('naarFractie')}
          label="Nieuwe fractie"
          options={data.factionOptions}
          emptyLabel="Geen fractie: gaat alleen verder"
        />
        <TextAreaField {...w.field('reden')} label="Reden" optional rows={2} />
      </FormSection>
    </Layout>
  );
}
