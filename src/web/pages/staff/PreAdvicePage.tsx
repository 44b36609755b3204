import { Paragraph } from '@utrecht/component-library-react';
import { dateInNetherlands, preAdvice } from '../../../domain/vocabulary/index.js';
import type { PreAdviceRecord } from '../../../store/repositories/motion-extras.js';
import type { MotionWithSubmitters } from '../../../store/repositories/motions.js';
import { DateText } from '../../components/DateText.js';
import { SelectField, TextAreaField } from '../../components/fields.js';
import { StaffForm } from '../../components/StaffForm.js';
import type { FormErrors, FormValues } from '../../forms.js';
import type { PageContext } from '../../page-context.js';

export type PreAdviceData = {
  motion: MotionWithSubmitters;
  /** The board's current pre-advice on the motion, if it gave one. */
  current: PreAdviceRecord | undefined;
  values: FormValues;
  errors: FormErrors;
};

/** The board's pre-advice on a motion before the vote: overnemen, ontraden, oordeel vergadering or aanhouden. */
export function PreAdvicePage({ ctx, data }: { ctx: PageContext; data: PreAdviceData }) {
  const { motion, current, values: v, errors: e } = data;
  return (
    <StaffForm
      ctx={ctx}
      title={`Preadvies: ${motion.title}`}
      trail={[{ href: `/moties/${motion.id}`, label: motion.number ? `Motie ${motion.number}` : 'Motie' }]}
      action={`/beheer/moties/${motion.id}/preadvies`}
      submitLabel="Preadvies vastleggen"
      errors={e}
      intro={
        <Paragraph>
          {current ? (
            <>
              Het huidige preadvies van het bestuur is{' '}
              <strong>{preAdvice.label(current.advice).toLowerCase()}</strong> (gegeven op{' '}
              <DateText value={dateInNetherlands(new Date(current.givenAt))} />
              ). Een nieuw preadvies vervangt het.
            </>
          ) : (
            'Het bestuur heeft over deze motie nog geen preadvies gegeven.'
          )}
        </Paragraph>
      }
    >
      <SelectField
        id="veld-advice"
        name="advice"
        label="Preadvies"
        value={v.advice}
        error={e.advice}
        options={preAdvice.options()}
        emptyLabel="Kies het preadvies"
        required
      />
      <TextAreaField
        id="veld-text"
        name="text"
        label="Toelichting"
        value={v.text}
        error={e.text}
        optional
        description="Waarom het bestuur dit adviseert; de toelichting staat bij de motie in het register."
      />
    </StaffForm>
  );
}
