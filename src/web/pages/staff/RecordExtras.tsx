import { Button, Heading2 } from '@utrecht/component-library-react';
import { agendaPurpose } from '../../../domain/vocabulary/index.js';
import type { AgreementRecord } from '../../../store/repositories/agreements.js';
import type { LetterWithAttachments } from '../../../store/repositories/letters.js';
import type { AgendaItemRecord, MeetingRecord } from '../../../store/repositories/meetings.js';
import { CsrfField, type Option, SelectField, TextField } from '../../components/fields.js';
import type { PageContext } from '../../page-context.js';

/** A small form below a record's main form, for one extra action. */
function ExtraForm({
  ctx,
  id,
  title,
  action,
  submit,
  children,
}: {
  ctx: PageContext;
  id: string;
  title: string;
  action: string;
  submit: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mm-section">
      <Heading2 id={id}>{title}</Heading2>
      <form method="post" action={action} className="mm-form" noValidate>
        <CsrfField token={ctx.csrfToken} />
        {children}
        <Button type="submit" appearance="secondary-action-button">
          {submit}
        </Button>
      </form>
    </section>
  );
}

export function AgreementStatusForm({
  ctx,
  agreement,
  options,
}: {
  ctx: PageContext;
  agreement: AgreementRecord;
  options: Option[];
}) {
  if (options.length === 0) return <p>Deze afspraak is beoordeeld; de stand wijzigt niet meer.</p>;
  return (
    <ExtraForm
      ctx={ctx}
      id="stand-kop"
      title="Stand van de afspraak"
      action={`/beheer/afspraken/${agreement.id}/stand`}
      submit="Stand vastleggen"
    >
      <SelectField
        id="veld-status"
        name="status"
        label="Nieuwe stand"
        options={options}
        emptyLabel="Kies"
        required
      />
    </ExtraForm>
  );
}

export function LetterAttachments({
  ctx,
  letter,
  documents,
}: {
  ctx: PageContext;
  letter: LetterWithAttachments;
  documents: Option[];
}) {
  return (
    <>
      <section aria-labelledby="bijlagen-kop" className="mm-section">
        <Heading2 id="bijlagen-kop">Bijlagen</Heading2>
        {letter.attachments.length === 0 ? <p>Nog geen bijlagen.</p> : null}
        <ol>
          {letter.attachments.map((a) => (
            <li key={a.id}>{a.title}</li>
          ))}
        </ol>
      </section>
      <ExtraForm
        ctx={ctx}
        id="bijlage-kop"
        title="Bijlage toevoegen"
        action={`/beheer/ledenbrieven/${letter.id}/bijlagen`}
        submit="Bijlage toevoegen"
      >
        <TextField id="veld-attachmentTitle" name="attachmentTitle" label="Titel van de bijlage" required />
        <SelectField
          id="veld-documentId"
          name="documentId"
          label="Brondocument"
          options={documents}
          emptyLabel="Geen (alleen de titel)"
          optional
        />
      </ExtraForm>
    </>
  );
}

const PURPOSES = agendaPurpose.options();

export function AgendaEditor({
  ctx,
  meeting,
  items,
}: {
  ctx: PageContext;
  meeting: MeetingRecord;
  items: AgendaItemRecord[];
}) {
  return (
    <>
      <section aria-labelledby="agenda-kop" className="mm-section">
        <Heading2 id="agenda-kop">Agenda</Heading2>
        {items.length === 0 ? <p>Nog geen agendapunten.</p> : null}
        <ol className="mm-plain-list">
          {items.map((i) => (
            <li key={i.id}>
              {i.number}. {i.title} <span className="mm-meta">({agendaPurpose.label(i.purpose)})</span>
            </li>
          ))}
        </ol>
      </section>
      <ExtraForm
        ctx={ctx}
        id="agendapunt-kop"
        title="Agendapunt toevoegen"
        action={`/beheer/vergaderingen/${meeting.id}/agenda`}
        submit="Agendapunt toevoegen"
      >
        <TextField
          id="veld-itemNumber"
          name="itemNumber"
          label="Nummer"
          required
          description="Bijvoorbeeld 11 of 4a."
        />
        <TextField id="veld-itemTitle" name="itemTitle" label="Titel" required />
        <SelectField
          id="veld-purpose"
          name="purpose"
          label="Doel"
          options={PURPOSES}
          value="decision"
          required
        />
      </ExtraForm>
    </>
  );
}
