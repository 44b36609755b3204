import { Button, DataList, Heading2, Paragraph } from '@utrecht/component-library-react';
import { IMPORT_COUNT_WORDS } from '../../../importer/count-words.js';
import type { ImportPreview } from '../../../importer/persist/preview-import.js';
import type { FileAnalysis } from '../../../importer/types.js';
import { Fact } from '../../components/Fact.js';
import { CsrfField } from '../../components/fields.js';
import { StaffForm } from '../../components/StaffForm.js';
import { formatNumber } from '../../format.js';
import type { FormErrors } from '../../forms.js';
import type { PageContext } from '../../page-context.js';

const KINDS: Record<string, string> = {
  'accountability-report': 'Verantwoordingsrapport',
  resolution: 'Resolutie',
  'member-letter': 'Ledenbrief',
  motion: 'Motie',
  'motion-list': 'Lijst met moties en uitslagen',
  unknown: 'Niet herkend',
};

export function UploadPage({ ctx, errors }: { ctx: PageContext; errors: FormErrors }) {
  return (
    <StaffForm
      ctx={ctx}
      title="Document importeren"
      action="/beheer/documenten/voorbeeld"
      submitLabel="Bekijk wat wordt herkend"
      errors={errors}
      multipart
      intro={
        <Paragraph>
          Kies een PDF-, Word- (DOCX) of tekstbestand. U ziet eerst wat Motiemonitor herkent; pas na uw
          bevestiging wordt het opgeslagen.
        </Paragraph>
      }
    >
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="veld-bestand">
          Bestand
        </label>
        {errors.bestand ? (
          <div className="utrecht-form-field-error-message" id="veld-bestand-fout">
            {errors.bestand}
          </div>
        ) : null}
        <input
          id="veld-bestand"
          name="bestand"
          type="file"
          accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          aria-describedby={errors.bestand ? 'veld-bestand-fout' : undefined}
          aria-invalid={errors.bestand ? true : undefined}
          className="mm-file"
        />
      </div>
    </StaffForm>
  );
}

export function PreviewPage({
  ctx,
  token,
  analysis,
  register,
}: {
  ctx: PageContext;
  token: string;
  analysis: FileAnalysis;
  register?: ImportPreview;
}) {
  const a = analysis;
  return (
    <StaffForm
      ctx={ctx}
      title={`Voorbeeld: ${a.file}`}
      trail={[{ href: '/beheer/documenten/nieuw', label: 'Document importeren' }]}
      action="/beheer/documenten/bevestigen"
      submitLabel="Bevestigen en importeren"
      errors={{}}
      intro={
        <>
          <DataList className="mm-facts">
            <Fact label="Soort document">{KINDS[a.kind] ?? a.kind}</Fact>
            {a.title ? <Fact label="Titel">{a.title}</Fact> : null}
            {a.date ? <Fact label="Datum">{a.date}</Fact> : null}
            <Fact label="Omvang">
              {formatNumber(a.pages)} {a.pages === 1 ? 'pagina' : "pagina's"},{' '}
              {formatNumber(Math.ceil(a.bytes / 1024))} kB
            </Fact>
          </DataList>
          {a.warnings.length > 0 ? (
            <section aria-labelledby="waarschuwingen" className="mm-section">
              <Heading2 id="waarschuwingen">Let op</Heading2>
              <ul>
                {a.warnings.map((w) => (
                  <li key={w}>{withoutCode(w)}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {register ? <RegisterComparison preview={register} /> : null}
          <Recognised analysis={a} />
        </>
      }
      after={
        <form method="post" action="/beheer/documenten/annuleren" className="mm-section">
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="token" value={token} />
          <Button type="submit" appearance="secondary-action-button">
            Annuleren, niets importeren
          </Button>
        </form>
      }
    >
      <input type="hidden" name="token" value={token} />
    </StaffForm>
  );
}

/** A warning as staff read it: the Dutch message, without its code ("no-date: De brief …"). */
const withoutCode = (warning: string) => warning.replace(/^[a-z-]+: /, '');

/** What the import would change in the register, and the matches staff must check before confirming. */
function RegisterComparison({ preview }: { preview: ImportPreview }) {
  if (preview.status === 'failed') return null;
  return (
    <section aria-labelledby="register" className="mm-section">
      <Heading2 id="register">Vergelijking met het register</Heading2>
      {preview.status === 'unchanged' ? (
        <Paragraph>{preview.message}</Paragraph>
      ) : (
        <>
          <Paragraph>{describeCounts(preview.counts)}</Paragraph>
          {preview.registerWarnings.length > 0 ? (
            <>
              <Paragraph>
                Controleer deze punten: Motiemonitor voegt twijfelgevallen niet stilzwijgend samen.
              </Paragraph>
              <ul>
                {preview.registerWarnings.map((w) => (
                  <li key={w}>{withoutCode(w)}</li>
                ))}
              </ul>
            </>
          ) : (
            <Paragraph>Geen twijfelgevallen: elke motie en vergadering is nieuw of zeker dezelfde.</Paragraph>
          )}
        </>
      )}
    </section>
  );
}

function describeCounts(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([key]) => key in IMPORT_COUNT_WORDS)
    .map(([key, n]) => `${formatNumber(n)} ${IMPORT_COUNT_WORDS[key][n === 1 ? 0 : 1]}`);
  return parts.length > 0
    ? `Na bevestigen: ${parts.join(', ')}.`
    : 'Na bevestigen wordt alleen het document bewaard.';
}

function Recognised({ analysis: a }: { analysis: FileAnalysis }) {
  const nothing = a.motions.length + a.resolutions.length + a.agreements.length === 0 && !a.letter;
  return (
    <section aria-labelledby="herkend" className="mm-section">
      <Heading2 id="herkend">Herkend</Heading2>
      {nothing ? (
        <Paragraph>
          Er zijn geen moties, resoluties, afspraken of brieven herkend. Alleen de tekst wordt bewaard.
        </Paragraph>
      ) : null}
      {a.letter ? (
        <Paragraph>
          Ledenbrief {a.letter.number ?? ''} {a.letter.reference ? `(kenmerk ${a.letter.reference})` : ''}:{' '}
          {a.letter.subject ?? 'zonder onderwerp'}
          {a.letter.attachments.length > 0 ? `, ${a.letter.attachments.length} bijlagen` : ''}.
        </Paragraph>
      ) : null}
      {a.motions.length > 0 ? (
        <>
          <h3 className="utrecht-heading-3">
            {a.motions.length === 1 ? '1 motie' : `${formatNumber(a.motions.length)} moties`}
          </h3>
          <ol>
            {a.motions.map((m, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the analysis order is the identity
              <li key={i}>
                {m.title}{' '}
                <span className="mm-meta">
                  ({m.submitters.join(', ') || 'indiener onbekend'}
                  {m.andOthers ? ' en anderen' : ''}
                  {m.result ? `; ${m.result}` : ''}
                  {m.percentage !== null ? ` ${formatNumber(m.percentage)}%` : ''})
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {a.resolutions.length > 0 ? (
        <>
          <h3 className="utrecht-heading-3">
            {a.resolutions.length === 1 ? '1 resolutie' : `${a.resolutions.length} resoluties`}
          </h3>
          <ul>
            {a.resolutions.map((r) => (
              <li key={r.title}>
                {r.title} <span className="mm-meta">({r.preamble.length + r.operative.length} punten)</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {a.agreements.length > 0 ? (
        <Paragraph>
          {a.agreements.length === 1 ? '1 afspraak' : `${formatNumber(a.agreements.length)} afspraken`} met
          een termijn.
        </Paragraph>
      ) : null}
    </section>
  );
}
