import { Heading2 } from '@utrecht/component-library-react';
import { versionLabel } from '../../../domain/vocabulary/index.js';
import type { ResolutionRecord, ResolutionVersionRecord } from '../../../store/repositories/resolutions.js';
import { DateText } from '../../components/DateText.js';
import { CsrfField, type Option, SelectField, TextAreaField, TextField } from '../../components/fields.js';
import { ActionButton, StaffForm } from '../../components/StaffForm.js';
import type { FormErrors, FormValues } from '../../forms.js';
import type { PageContext } from '../../page-context.js';
import { versionName } from '../ResolutionPage.js';

const VERSION_OPTIONS = versionLabel.options();

export type ResolutionFormData = {
  resolution: ResolutionRecord | null;
  versions: ResolutionVersionRecord[];
  values: FormValues;
  errors: FormErrors;
  versionValues: FormValues;
  versionErrors: FormErrors;
  meetings: Option[];
};

export function ResolutionFormPage({ ctx, data }: { ctx: PageContext; data: ResolutionFormData }) {
  const { resolution: r, values: v, errors: e } = data;
  return (
    <StaffForm
      ctx={ctx}
      title={r ? `Resolutie bewerken: ${r.title}` : 'Nieuwe resolutie'}
      action={r ? `/beheer/resoluties/${r.id}` : '/beheer/resoluties/nieuw'}
      submitLabel={r ? 'Wijzigingen opslaan' : 'Resolutie aanmaken'}
      errors={{ ...e, ...data.versionErrors }}
      intro={
        r ? (
          <p>
            <a href={`/resoluties/${r.id}`}>Bekijk de openbare pagina</a>
          </p>
        ) : null
      }
      after={r ? <Versions ctx={ctx} data={data} resolution={r} /> : null}
    >
      <TextField id="veld-title" name="title" label="Titel" value={v.title} error={e.title} required />
      <SelectField
        id="veld-meetingId"
        name="meetingId"
        label="Vergadering"
        options={data.meetings}
        value={v.meetingId}
        error={e.meetingId}
        emptyLabel="Nog geen vergadering"
        optional
      />
    </StaffForm>
  );
}

function Versions({
  ctx,
  data,
  resolution,
}: {
  ctx: PageContext;
  data: ResolutionFormData;
  resolution: ResolutionRecord;
}) {
  const vv = data.versionValues;
  const ve = data.versionErrors;
  return (
    <section aria-labelledby="versies-kop" className="mm-section">
      <Heading2 id="versies-kop">Versies</Heading2>
      <ul>
        {data.versions.map((version) => (
          <li key={version.id}>
            {versionName(version)}, {version.clauses.length} punten:{' '}
            {version.publishedAt ? (
              <>
                gepubliceerd <DateText value={version.publishedAt} />
              </>
            ) : (
              <ActionButton
                ctx={ctx}
                action={`/beheer/resoluties/${resolution.id}/versies/${version.id}/publiceren`}
                label={`${versionName(version)} publiceren`}
              />
            )}
          </li>
        ))}
      </ul>
      <form
        method="post"
        action={`/beheer/resoluties/${resolution.id}/versies`}
        className="mm-form"
        noValidate
      >
        <CsrfField token={ctx.csrfToken} />
        <h3 className="utrecht-heading-3">Nieuwe versie</h3>
        <SelectField
          id="veld-label"
          name="label"
          label="Soort versie"
          options={VERSION_OPTIONS}
          value={vv.label}
          error={ve.label}
          required
        />
        <TextAreaField
          id="veld-explanation"
          name="explanation"
          label="Toelichting"
          rows={3}
          value={vv.explanation}
          error={ve.explanation}
          optional
        />
        <TextAreaField
          id="veld-clauses"
          name="clauses"
          label="Overwegingen en besluitpunten"
          rows={12}
          value={vv.clauses}
          error={ve.clauses}
          required
          description="Eén punt per alinea, met een witregel ertussen. Begin elk punt met constaterende dat, overwegende dat, spreekt uit, verzoekt, roept … op of draagt … op."
        />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          Versie toevoegen
        </button>
      </form>
    </section>
  );
}
