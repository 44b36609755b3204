import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { Crumbs } from '../../components/Crumbs.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { CsrfField, TextField } from '../../components/fields.js';
import { Layout } from '../../components/Layout.js';
import type { FormErrors, FormValues } from '../../forms.js';
import type { PageContext } from '../../page-context.js';

type Motion = { id: string; title: string; number: string | null };

const trail = (m: Motion) => [
  { href: '/moties', label: 'Moties' },
  { href: `/moties/${m.id}`, label: m.number ? `Motie ${m.number}` : m.title },
];

function Notice({ children }: { children: React.ReactNode }) {
  return (
    <div className="utrecht-alert utrecht-alert--ok mm-notice" role="status">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

/** A visitor follows a motion: one e-mail field; the address is confirmed by a link before anything is sent. */
export function FollowFormPage({
  ctx,
  motion,
  values,
  errors,
}: {
  ctx: PageContext;
  motion: Motion;
  values: FormValues;
  errors: FormErrors;
}) {
  return (
    <Layout ctx={ctx} title={`Volgen: ${motion.title}`}>
      <Crumbs trail={trail(motion)} current="Volgen" />
      <Heading1>Motie volgen: {motion.title}</Heading1>
      <Paragraph>
        Wij sturen u een e-mail als de motie verandert: aangenomen, verworpen, aangehouden, afgedaan. Eerst
        krijgt u een e-mail met een link om uw adres te bevestigen. In elk bericht staat een link om te
        stoppen.
      </Paragraph>
      <ErrorSummary errors={errors} fieldIds={{ email: 'veld-email' }} />
      <form method="post" action={`/moties/${motion.id}/volgen`} className="mm-form" noValidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField
          id="veld-email"
          name="email"
          type="email"
          label="E-mailadres"
          value={values.email}
          error={errors.email}
          required
          autoComplete="email"
        />
        <Paragraph className="mm-meta">
          Wij gebruiken uw e-mailadres alleen voor berichten over deze motie.
        </Paragraph>
        <Button type="submit" appearance="primary-action-button">
          Motie volgen
        </Button>
      </form>
    </Layout>
  );
}

export function FollowRequestedPage({ ctx, motion }: { ctx: PageContext; motion: Motion }) {
  return (
    <Layout ctx={ctx} title="Kijk in uw e-mail">
      <Heading1>Kijk in uw e-mail</Heading1>
      <Notice>
        Wij hebben u een e-mail gestuurd met een link. Bevestig daarmee dat u deze motie wilt volgen.
      </Notice>
      <Paragraph>
        <a href={`/moties/${motion.id}`}>Terug naar de motie</a>
      </Paragraph>
    </Layout>
  );
}

export type FollowConfirmData =
  | { state: 'unknown' }
  | { state: 'ask' | 'done'; motionId: string; motionTitle: string; action: string };

/** Behind the link in the confirmation e-mail: one button (a mail scanner opening the link confirms nothing). */
export function FollowConfirmPage({ ctx, data }: { ctx: PageContext; data: FollowConfirmData }) {
  if (data.state === 'unknown')
    return (
      <Layout ctx={ctx} title="Motie volgen">
        <Heading1>Motie volgen</Heading1>
        <Paragraph>
          Deze bevestigingslink is onbekend of niet meer geldig. Vraag op de motie een nieuwe aan.
        </Paragraph>
      </Layout>
    );
  return (
    <Layout ctx={ctx} title="Motie volgen">
      <Heading1>Motie volgen</Heading1>
      {data.state === 'done' ? (
        <Notice>U volgt nu de motie {data.motionTitle}. U krijgt bericht als zij verandert.</Notice>
      ) : (
        <>
          <Paragraph>Wilt u berichten krijgen als de motie {data.motionTitle} verandert?</Paragraph>
          <form method="post" action={data.action} className="mm-form">
            <CsrfField token={ctx.csrfToken} />
            <Button type="submit" appearance="primary-action-button">
              Ja, motie volgen
            </Button>
          </form>
        </>
      )}
      <Paragraph>
        <a href={`/moties/${data.motionId}`}>Naar de motie</a>
      </Paragraph>
    </Layout>
  );
}
