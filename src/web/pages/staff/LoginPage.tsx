import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/fields.js';
import { Layout } from '../../components/Layout.js';
import type { FormErrors } from '../../forms.js';
import { type PageContext, wordsOf } from '../../page-context.js';

export function LoginPage({
  ctx,
  email,
  back,
  errors,
}: {
  ctx: PageContext;
  email: string;
  back: string;
  errors: FormErrors;
}) {
  return (
    <Layout ctx={ctx} title="Inloggen">
      <Heading1>Inloggen</Heading1>
      <Paragraph>{wordsOf(ctx).accounts} Alle andere pagina's zijn openbaar.</Paragraph>
      <ErrorSummary errors={errors} fieldIds={{ email: 'veld-email', wachtwoord: 'veld-wachtwoord' }} />
      <form method="post" action="/inloggen" className="mm-form" noValidate>
        <input type="hidden" name="terug" value={back} />
        <TextField
          id="veld-email"
          name="email"
          type="email"
          label="E-mailadres"
          autoComplete="username"
          value={email}
          error={errors.email}
          required
        />
        <TextField
          id="veld-wachtwoord"
          name="wachtwoord"
          type="password"
          label="Wachtwoord"
          autoComplete="current-password"
          error={errors.wachtwoord}
          required
        />
        <Button type="submit" appearance="primary-action-button">
          Inloggen
        </Button>
      </form>
    </Layout>
  );
}
