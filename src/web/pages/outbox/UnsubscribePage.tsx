import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { CsrfField } from '../../components/fields.js';
import { Layout } from '../../components/Layout.js';
import type { PageContext } from '../../page-context.js';

export type UnsubscribeData =
  | { state: 'unknown' }
  | { state: 'ask' | 'done'; description: string; maskedEmail: string; action: string };

/** The page behind the unsubscribe link of every message: works without logging in; one button, no JavaScript. */
export function UnsubscribePage({ ctx, data }: { ctx: PageContext; data: UnsubscribeData }) {
  if (data.state === 'unknown')
    return (
      <Layout ctx={ctx} title="Afmelden">
        <Heading1>Afmelden</Heading1>
        <Paragraph>
          Deze afmeldlink is onbekend of niet meer geldig. Neem contact op met {ctx.organisationName} als u
          berichten blijft ontvangen die u niet wilt.
        </Paragraph>
      </Layout>
    );
  return (
    <Layout ctx={ctx} title="Afmelden">
      <Heading1>Afmelden</Heading1>
      {data.state === 'done' ? (
        <div className="utrecht-alert utrecht-alert--ok mm-notice" role="status">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              U bent afgemeld. U ontvangt op {data.maskedEmail} geen {data.description} meer.
            </div>
          </div>
        </div>
      ) : (
        <>
          <Paragraph>
            Wilt u op {data.maskedEmail} geen {data.description} meer ontvangen van {ctx.organisationName}?
          </Paragraph>
          <form method="post" action={data.action} className="mm-form">
            <CsrfField token={ctx.csrfToken} />
            <Button type="submit" appearance="primary-action-button">
              Afmelden
            </Button>
          </form>
        </>
      )}
    </Layout>
  );
}
