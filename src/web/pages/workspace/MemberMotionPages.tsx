import { Button, DataList, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { isBeforeVote } from '../../../domain/motion-lifecycle.js';
import { formatDutchDate, motionStatus } from '../../../domain/vocabulary/index.js';
import { motionDeadline } from '../../../domain/working-days.js';
import type { MeetingRecord } from '../../../store/repositories/meetings.js';
import type { InvitationView } from '../../../store/repositories/motion-invitations.js';
import type { MotionWithSubmitters } from '../../../store/repositories/motions.js';
import { CallText } from '../../components/CallText.js';
import { Crumbs } from '../../components/Crumbs.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Fact } from '../../components/Fact.js';
import { CsrfField, type Option, SelectField, TextAreaField, TextField } from '../../components/fields.js';
import { Layout } from '../../components/Layout.js';
import { ActionButton } from '../../components/StaffForm.js';
import type { FormErrors, FormValues } from '../../forms.js';
import type { PageContext } from '../../page-context.js';

const WORKSPACE = { href: '/mijn', label: 'Mijn gemeente' };

/** "ALV (10 juni 2026), indienen tot en met 27 mei 2026": the deadline shown with every assembly to choose. */
export const assemblyOptions = (meetings: MeetingRecord[]): Option[] =>
  meetings.map((m) => ({
    value: m.id,
    label: `${m.title} (${formatDutchDate(m.date)}), indienen tot en met ${formatDutchDate(motionDeadline(m.date))}`,
  }));

const DEADLINE_RULE =
  'Moties en amendementen moeten negen werkdagen vóór de vergadering binnen zijn (feestdagen tellen niet mee).';

export type NewMotionData = { meetings: MeetingRecord[]; values: FormValues; errors: FormErrors };

/** Draft (and submit) a motion for the own municipality; the deadline of each assembly is on the form. */
export function NewMotionPage({ ctx, data }: { ctx: PageContext; data: NewMotionData }) {
  const { values: v, errors: e } = data;
  const title = 'Nieuwe motie';
  return (
    <Layout ctx={ctx} title={title}>
      <Crumbs trail={[WORKSPACE]} current={title} />
      <Heading1>{title}</Heading1>
      <Paragraph>{DEADLINE_RULE} U kunt de motie eerst als concept opslaan en later indienen.</Paragraph>
      <ErrorSummary errors={e} />
      <form method="post" action="/mijn/moties/nieuw" className="mm-form" noValidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField id="veld-title" name="title" label="Titel" value={v.title} error={e.title} required />
        <TextField id="veld-topic" name="topic" label="Onderwerp" value={v.topic} error={e.topic} optional />
        <SelectField
          id="veld-meetingId"
          name="meetingId"
          label="Vergadering"
          description={
            data.meetings.length === 0
              ? 'Er is op dit moment geen vergadering waarvoor de indientermijn nog loopt.'
              : DEADLINE_RULE
          }
          value={v.meetingId}
          options={assemblyOptions(data.meetings)}
          emptyLabel="Kies een vergadering"
          error={e.meetingId}
        />
        <TextAreaField
          id="veld-call"
          name="call"
          label="Oproep (verzoekt het bestuur …)"
          value={v.call}
          error={e.call}
        />
        <TextAreaField
          id="veld-body"
          name="body"
          label="Toelichting"
          value={v.body}
          error={e.body}
          rows={8}
          optional
        />
        <div className="mm-button-row">
          <Button type="submit" name="actie" value="indienen" appearance="primary-action-button">
            Motie indienen
          </Button>{' '}
          <Button type="submit" name="actie" value="concept" appearance="secondary-action-button">
            Opslaan als concept
          </Button>
        </div>
      </form>
    </Layout>
  );
}

export type MemberMotionData = {
  motion: MotionWithSubmitters;
  meeting: MeetingRecord | undefined;
  /** Whether the signed-in municipality is the first submitter (it submits, invites and withdraws). */
  isOwner: boolean;
  invitations: InvitationView[];
  /** Members that can still be invited (active, not a submitter yet). */
  invitable: Option[];
  following: boolean;
  values: FormValues;
  errors: FormErrors;
};

const INVITATION_STATUS: Record<string, string> = {
  pending: 'wacht op bevestiging',
  accepted: 'bevestigd: mede-indiener',
  declined: 'afgewezen',
};

/** One of the municipality's motions: submit, invite co-submitters, withdraw, follow. */
export function MemberMotionPage({ ctx, data }: { ctx: PageContext; data: MemberMotionData }) {
  const { motion, meeting, errors } = data;
  const action = (path: string) => `/mijn/moties/${motion.id}/${path}`;
  const deadline = meeting ? motionDeadline(meeting.date) : null;
  return (
    <Layout ctx={ctx} title={motion.title}>
      <Crumbs trail={[WORKSPACE]} current={motion.title} />
      <Heading1>{motion.title}</Heading1>
      <ErrorSummary errors={errors} />
      <DataList className="mm-facts">
        <Fact label="Status">{motionStatus.label(motion.status)}</Fact>
        <Fact label="Vergadering">
          {meeting ? `${meeting.title} (${formatDutchDate(meeting.date)})` : 'nog niet gekozen'}
        </Fact>
        {deadline ? <Fact label="Indienen tot en met">{formatDutchDate(deadline)}</Fact> : null}
        <Fact label="Indieners">{motion.submitters.map((s) => s.name).join(', ')}</Fact>
      </DataList>
      {motion.call ? <CallText text={motion.call} /> : null}
      {motion.status !== 'draft' ? (
        <Paragraph>
          <a href={`/moties/${motion.id}`}>Openbare pagina van deze motie</a>
        </Paragraph>
      ) : null}

      {data.isOwner && motion.status === 'draft' ? (
        <section aria-labelledby="indienen-kop" className="mm-section">
          <Heading2 id="indienen-kop">Indienen</Heading2>
          <Paragraph>
            Een concept ziet alleen uw gemeente (en het bureau). Na het indienen is de motie openbaar.
          </Paragraph>
          <ActionButton
            ctx={ctx}
            action={action('indienen')}
            label="Motie indienen"
            appearance="primary-action-button"
          />
        </section>
      ) : null}

      {data.isOwner && isBeforeVote(motion.status) ? (
        <section aria-labelledby="mede-kop" className="mm-section">
          <Heading2 id="mede-kop">Mede-indieners uitnodigen</Heading2>
          <Paragraph>
            Een uitgenodigde gemeente staat pas bij de indieners als zij de uitnodiging in haar eigen omgeving
            bevestigt.
          </Paragraph>
          {data.invitations.length > 0 ? (
            <ul>
              {data.invitations.map((i) => (
                <li key={i.id}>
                  {i.memberName}: {INVITATION_STATUS[i.status] ?? i.status}
                </li>
              ))}
            </ul>
          ) : null}
          <form method="post" action={action('uitnodigen')} className="mm-form" noValidate>
            <CsrfField token={ctx.csrfToken} />
            <SelectField
              id="veld-lid"
              name="lid"
              label="Gemeente"
              options={data.invitable}
              emptyLabel="Kies een gemeente"
              value={data.values.lid}
              error={errors.lid}
            />
            <Button type="submit" appearance="secondary-action-button">
              Uitnodigen
            </Button>
          </form>
        </section>
      ) : null}

      {data.isOwner && (motion.status === 'submitted' || motion.status === 'postponed') ? (
        <section aria-labelledby="intrekken-kop" className="mm-section">
          <Heading2 id="intrekken-kop">Intrekken</Heading2>
          <Paragraph>Tot de stemming kunt u de motie intrekken. Dat is definitief.</Paragraph>
          <form method="post" action={action('intrekken')} className="mm-form" noValidate>
            <CsrfField token={ctx.csrfToken} />
            <TextField id="veld-reden" name="reden" label="Reden" value={data.values.reden} optional />
            <Button type="submit" appearance="secondary-action-button">
              Motie intrekken
            </Button>
          </form>
        </section>
      ) : null}

      {motion.status !== 'draft' ? (
        <section aria-labelledby="volgen-kop" className="mm-section">
          <Heading2 id="volgen-kop">Volgen</Heading2>
          {data.following ? (
            <Paragraph>U volgt deze motie.</Paragraph>
          ) : (
            <ActionButton ctx={ctx} action={action('volgen')} label="Deze motie volgen" />
          )}
        </section>
      ) : null}
    </Layout>
  );
}

export type InvitationData = { invitation: InvitationView; motion: MotionWithSubmitters; errors: FormErrors };

/** An invitation to co-submit: the motion's text, then confirm or decline. */
export function InvitationPage({ ctx, data }: { ctx: PageContext; data: InvitationData }) {
  const { invitation, motion } = data;
  const title = `Uitnodiging: ${motion.title}`;
  return (
    <Layout ctx={ctx} title={title}>
      <Crumbs trail={[WORKSPACE]} current="Uitnodiging" />
      <Heading1>{title}</Heading1>
      <ErrorSummary errors={data.errors} />
      <Paragraph>
        {invitation.invitedByName ?? 'Een gemeente'} nodigt {invitation.memberName} uit om deze motie mede in
        te dienen. Pas als u bevestigt, staat uw gemeente bij de indieners.
      </Paragraph>
      <DataList className="mm-facts">
        <Fact label="Status van de motie">{motionStatus.label(motion.status)}</Fact>
        <Fact label="Indieners nu">{motion.submitters.map((s) => s.name).join(', ')}</Fact>
      </DataList>
      {motion.call ? <CallText text={motion.call} /> : null}
      {motion.body ? <Paragraph>{motion.body}</Paragraph> : null}
      {invitation.status === 'pending' ? (
        <div className="mm-button-row">
          <ActionButton
            ctx={ctx}
            action={`/mijn/uitnodigingen/${invitation.id}/bevestigen`}
            label="Bevestigen: mede-indienen"
            appearance="primary-action-button"
          />{' '}
          <ActionButton ctx={ctx} action={`/mijn/uitnodigingen/${invitation.id}/afwijzen`} label="Afwijzen" />
        </div>
      ) : (
        <Paragraph>Deze uitnodiging is al beantwoord.</Paragraph>
      )}
    </Layout>
  );
}

export type NewAmendmentData = { motions: Option[]; values: FormValues; errors: FormErrors };

/** An amendment to a submitted motion of an assembly whose deadline has not passed. */
export function NewAmendmentPage({ ctx, data }: { ctx: PageContext; data: NewAmendmentData }) {
  const { values: v, errors: e } = data;
  const title = 'Nieuw amendement';
  return (
    <Layout ctx={ctx} title={title}>
      <Crumbs trail={[WORKSPACE]} current={title} />
      <Heading1>{title}</Heading1>
      <Paragraph>{DEADLINE_RULE}</Paragraph>
      <ErrorSummary errors={e} />
      <form method="post" action="/mijn/amendementen/nieuw" className="mm-form" noValidate>
        <CsrfField token={ctx.csrfToken} />
        <SelectField
          id="veld-motionId"
          name="motionId"
          label="Motie"
          description={
            data.motions.length === 0
              ? 'Er zijn geen ingediende moties waarvoor de termijn nog loopt.'
              : undefined
          }
          options={data.motions}
          emptyLabel="Kies een motie"
          value={v.motionId}
          error={e.motionId}
        />
        <TextField id="veld-title" name="title" label="Titel" value={v.title} error={e.title} />
        <TextAreaField id="veld-text" name="text" label="Wijziging" value={v.text} error={e.text} rows={8} />
        <Button type="submit" appearance="primary-action-button">
          Amendement indienen
        </Button>
      </form>
    </Layout>
  );
}

/** Every role can log out: one button, from any page's footer link. */
export function LogoutPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Uitloggen">
      <Heading1>Uitloggen</Heading1>
      <Paragraph>U bent ingelogd als {ctx.viewer?.name ?? 'onbekend'}.</Paragraph>
      <ActionButton ctx={ctx} action="/uitloggen" label="Uitloggen" appearance="primary-action-button" />
    </Layout>
  );
}
