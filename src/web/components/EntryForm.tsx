import { Button } from '@utrecht/component-library-react';
import {
  decision,
  formatDutchDate,
  formatProposal,
  motionStatus,
  proposal,
} from '../../domain/vocabulary/index.js';
import type { EntryWithMotion } from '../../store/repositories/accountability.js';
import type { FormErrors, FormValues } from '../forms.js';
import type { PageContext } from '../page-context.js';
import { DateText } from './DateText.js';
import { CsrfField, RadioGroup, TextAreaField, TextField } from './fields.js';
import { submitterText } from './MotionListItem.js';
import { ActionButton } from './StaffForm.js';

export const PROPOSAL_OPTIONS = proposal.options();

type EntryFormProps = {
  ctx: PageContext;
  roundId: string;
  entry: EntryWithMotion;
  index: number;
  /** The workspace page the entry is on: its forms come back to it. */
  page: number;
  editable: boolean;
  canApprove: boolean;
  values?: FormValues;
  errors?: FormErrors;
};

/** One motion in the accountability workspace: what the board did, its proposal, approval and decision. */
export function EntryForm({
  ctx,
  roundId,
  entry,
  index,
  page,
  editable,
  canApprove,
  values,
  errors = {},
}: EntryFormProps) {
  const m = entry.motion;
  const v = values ?? {
    text: entry.text ?? '',
    proposal: entry.proposal ?? '',
    condition: entry.condition ?? '',
  };
  const prefix = `punt-${index + 1}`;
  const headingId = `${prefix}-kop`;
  return (
    <article className="mm-workspace-entry" aria-labelledby={headingId} id={prefix}>
      <h3 id={headingId} className="utrecht-heading-3">
        {index + 1}. <a href={`/moties/${m.id}`}>{m.title}</a>
      </h3>
      <p className="mm-meta">
        {m.number ? `Motie ${m.number} · ` : ''}
        {submitterText(m)}
        {entry.meeting ? (
          <>
            {' '}
            · aangenomen in {entry.meeting.title}
            {entry.meeting.title.includes(formatDutchDate(entry.meeting.date)) ? null : (
              <>
                , <DateText value={entry.meeting.date} />
              </>
            )}
          </>
        ) : null}{' '}
        · {motionStatus.label(m.status)}
      </p>
      {m.call ? <p className="mm-quote">{m.call}</p> : null}
      {editable ? (
        <form
          method="post"
          action={`/beheer/verantwoording/${roundId}/punten/${entry.id}#${prefix}`}
          noValidate
        >
          <CsrfField token={ctx.csrfToken} />
          {page > 1 ? <input type="hidden" name="pagina" value={page} /> : null}
          <TextAreaField
            id={`${prefix}-text`}
            name="text"
            label="Verantwoording"
            rows={5}
            value={v.text}
            error={errors.text}
            required
          />
          <RadioGroup
            id={`${prefix}-proposal`}
            name="proposal"
            legend="Voorstel van het bestuur"
            options={PROPOSAL_OPTIONS}
            value={v.proposal}
            error={errors.proposal}
          />
          <TextField
            id={`${prefix}-condition`}
            name="condition"
            label="Voorwaarde"
            description="Alleen bij een voorwaardelijk voorstel, bijvoorbeeld: aanhouden, tenzij het akkoord wordt ondertekend."
            value={v.condition}
            error={errors.condition}
            optional
          />
          <Button type="submit" appearance="secondary-action-button">
            Verantwoording opslaan
          </Button>
        </form>
      ) : (
        <>
          <p>{entry.text ?? <em>Nog geen verantwoording geschreven.</em>}</p>
          <p>
            <strong>Voorstel:</strong> {formatProposal(entry)}
          </p>
        </>
      )}
      <p className="mm-entry-status">
        {entry.approvedAt ? (
          <>
            Goedgekeurd door het bestuur op <DateText value={entry.approvedAt} />.
          </>
        ) : (
          'Nog niet goedgekeurd door het bestuur.'
        )}{' '}
        {entry.decision ? <strong>Besluit: {decision.label(entry.decision)}.</strong> : null}
      </p>
      {canApprove && !entry.approvedAt && entry.text && entry.proposal ? (
        <ActionButton
          ctx={ctx}
          action={`/beheer/verantwoording/${roundId}/punten/${entry.id}/goedkeuren#${prefix}`}
          label={`Goedkeuren: ${m.title}`}
          hidden={page > 1 ? { pagina: String(page) } : undefined}
        />
      ) : null}
    </article>
  );
}
