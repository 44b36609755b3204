import { type Option, SelectField, TextAreaField, TextField } from '../../components/fields.js';
import { StaffForm } from '../../components/StaffForm.js';
import type { FormErrors, FormValues } from '../../forms.js';
import type { PageContext } from '../../page-context.js';

type Props = {
  ctx: PageContext;
  remoteVotes: { id: string; subject: string; period: string }[];
  motions: Option[];
  meetings: Option[];
  values: FormValues;
  errors: FormErrors;
};

/** The ledenraadplegingen, and the form to open one (a weighted vote over a period, ratified by an assembly). */
export function RemoteVoteFormPage({ ctx, remoteVotes, motions, meetings, values, errors }: Props) {
  return (
    <StaffForm
      ctx={ctx}
      title="Ledenraadplegingen"
      action="/beheer/raadplegingen"
      submitLabel="Ledenraadpleging openen"
      errors={errors}
      intro={
        <>
          {remoteVotes.length === 0 ? (
            <p>Er is nog geen ledenraadpleging.</p>
          ) : (
            <ul>
              {remoteVotes.map((r) => (
                <li key={r.id}>
                  <a href={`/raadplegingen/${r.id}`}>{r.subject}</a>{' '}
                  <span className="mm-meta">({r.period})</span>
                </li>
              ))}
            </ul>
          )}
          <h2 className="utrecht-heading-2">Ledenraadpleging openen</h2>
          <p>
            De gemeenten stemmen gewogen, zoals in de ledenvergadering, maar binnen een periode. Elke gemeente
            ontvangt een uitnodiging per e-mail. De uitslag gaat ter bekrachtiging naar de gekozen
            vergadering.
          </p>
        </>
      }
    >
      <TextField
        id="veld-onderwerp"
        name="onderwerp"
        label="Vraag of onderwerp"
        value={values.onderwerp}
        error={errors.onderwerp}
        required
      />
      <SelectField
        id="veld-motie"
        name="motie"
        label="Motie uit het register (niet verplicht)"
        options={motions}
        value={values.motie}
        error={errors.motie}
        emptyLabel="Geen motie: een losse vraag"
      />
      <TextAreaField
        id="veld-alternatieven"
        name="alternatieven"
        label="Alternatieven, één per regel (leeg: voor, tegen, onthouding)"
        value={values.alternatieven}
        error={errors.alternatieven}
        rows={4}
      />
      <TextField
        id="veld-vanaf"
        name="vanaf"
        type="date"
        label="Eerste dag"
        value={values.vanaf}
        error={errors.vanaf}
        required
      />
      <TextField
        id="veld-tot"
        name="tot"
        type="date"
        label="Laatste dag"
        value={values.tot}
        error={errors.tot}
        required
      />
      <SelectField
        id="veld-vergadering"
        name="vergadering"
        label="Vergadering die de uitslag bekrachtigt"
        options={meetings}
        value={values.vergadering}
        error={errors.vergadering}
        emptyLabel="Kies de vergadering"
        required
      />
    </StaffForm>
  );
}
