import { Checkbox, FormField, FormLabel, Heading2, Paragraph } from '@utrecht/component-library-react';
import { motionStatus } from '../../../domain/vocabulary/index.js';
import type { MotionWithSubmitters } from '../../../store/repositories/motions.js';
import { type Option, SelectField, TextAreaField, TextField } from '../../components/fields.js';
import { submitterText } from '../../components/MotionListItem.js';
import { ActionButton, StaffForm } from '../../components/StaffForm.js';
import type { FormErrors, FormValues } from '../../forms.js';
import { type PageContext, viewerMay, wordsOf } from '../../page-context.js';

export type MotionFormData = {
  motion: MotionWithSubmitters | null;
  values: FormValues;
  errors: FormErrors;
  meetings: Option[];
  members: Option[];
};

export function MotionFormPage({ ctx, data }: { ctx: PageContext; data: MotionFormData }) {
  const { motion, values: v, errors: e } = data;
  const editable = !motion || motion.status === 'draft';
  return (
    <StaffForm
      ctx={ctx}
      title={motion ? `Motie bewerken: ${motion.title}` : 'Nieuwe motie'}
      action={motion ? `/beheer/moties/${motion.id}` : '/beheer/moties/nieuw'}
      submitLabel={motion ? 'Wijzigingen opslaan' : 'Motie aanmaken als concept'}
      errors={e}
      intro={
        motion ? (
          <Paragraph>
            Status: <strong>{motionStatus.label(motion.status)}</strong>. Ingediend door{' '}
            {submitterText(motion)}. <a href={`/moties/${motion.id}`}>Bekijk de openbare pagina</a>.
            {editable ? null : ' De tekst van een ingediende motie wijzigt alleen via een amendement.'}
          </Paragraph>
        ) : (
          <Paragraph>
            Een nieuwe motie is eerst een concept; alleen de indieners en medewerkers zien haar.
          </Paragraph>
        )
      }
      after={motion ? <MotionActions ctx={ctx} motion={motion} /> : null}
    >
      <TextField id="veld-title" name="title" label="Titel" value={v.title} error={e.title} required />
      <TextField
        id="veld-number"
        name="number"
        label="Nummer"
        value={v.number}
        error={e.number}
        optional
        description="Bijvoorbeeld 2026/04."
      />
      <TextField id="veld-topic" name="topic" label="Onderwerp" value={v.topic} error={e.topic} optional />
      <SelectField
        id="veld-meetingId"
        name="meetingId"
        label="Vergadering"
        value={v.meetingId}
        error={e.meetingId}
        options={data.meetings}
        emptyLabel="Nog geen vergadering"
        optional
      />
      {motion ? null : (
        <>
          <SelectField
            id="veld-submitter1"
            name="submitter1"
            label="Indiener"
            value={v.submitter1}
            error={e.submitter1}
            options={data.members}
            emptyLabel={`Kies een ${wordsOf(ctx).member}`}
            required
          />
          <SelectField
            id="veld-submitter2"
            name="submitter2"
            label="Tweede indiener"
            value={v.submitter2}
            error={e.submitter2}
            options={data.members}
            emptyLabel="Geen"
            optional
          />
          <SelectField
            id="veld-submitter3"
            name="submitter3"
            label="Derde indiener"
            value={v.submitter3}
            error={e.submitter3}
            options={data.members}
            emptyLabel="Geen"
            optional
          />
          <FormField
            type="checkbox"
            label={
              <FormLabel htmlFor="veld-andOthers" type="checkbox">
                en anderen (meer mede-indieners dan hier genoemd)
              </FormLabel>
            }
            input={
              <Checkbox
                id="veld-andOthers"
                name="andOthers"
                value="ja"
                defaultChecked={v.andOthers === 'ja'}
              />
            }
          />
        </>
      )}
      <TextAreaField
        id="veld-body"
        name="body"
        label="Overwegingen"
        rows={8}
        value={v.body}
        error={e.body}
        optional
        description="Constaterende dat …, overwegende dat …"
      />
      <TextAreaField
        id="veld-call"
        name="call"
        label="Oproep"
        rows={4}
        value={v.call}
        error={e.call}
        optional
        description={`Verzoekt het ${wordsOf(ctx).executive} …`}
      />
    </StaffForm>
  );
}

function MotionActions({ ctx, motion }: { ctx: PageContext; motion: MotionWithSubmitters }) {
  if (motion.status !== 'draft' && motion.status !== 'submitted') return null;
  return (
    <section aria-labelledby="acties" className="mm-section">
      <Heading2 id="acties">Vervolgstap</Heading2>
      {motion.status === 'draft' ? (
        <ActionButton ctx={ctx} action={`/beheer/moties/${motion.id}/indienen`} label="Motie indienen" />
      ) : (
        <>
          <p>
            De stemuitslag legt u vast op de{' '}
            <a href={`/beheer/moties/${motion.id}/stemuitslag`}>pagina stemuitslag</a>, het preadvies van het
            bestuur op de <a href={`/beheer/moties/${motion.id}/preadvies`}>pagina preadvies</a>.
          </p>
          {viewerMay(ctx.viewer, 'motion.postpone') ? (
            <ActionButton
              ctx={ctx}
              action={`/beheer/moties/${motion.id}/uitstellen`}
              label="Stemming uitstellen"
            />
          ) : null}
          {viewerMay(ctx.viewer, 'motion.withdraw') ? (
            <ActionButton
              ctx={ctx}
              action={`/beheer/moties/${motion.id}/intrekken`}
              label="Motie intrekken namens de indieners"
            />
          ) : null}
        </>
      )}
    </section>
  );
}
