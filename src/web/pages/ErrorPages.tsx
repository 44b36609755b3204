import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Layout } from '../components/Layout.js';
import type { PageContext } from '../page-context.js';

export function NotFoundPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Pagina niet gevonden">
      <Heading1>Pagina niet gevonden</Heading1>
      <Paragraph>
        De pagina die u zoekt bestaat niet (meer). Misschien is het adres verkeerd overgenomen, of is de
        pagina verplaatst.
      </Paragraph>
      <ul>
        <li>
          <a href="/">Ga naar het overzicht</a>
        </li>
        <li>
          <a href="/moties">Bekijk alle moties</a>
        </li>
        <li>Of zoek met het zoekveld bovenaan de pagina.</li>
      </ul>
    </Layout>
  );
}

export function ServerErrorPage({ ctx, reference }: { ctx: PageContext; reference: string }) {
  return (
    <Layout ctx={ctx} title="Er ging iets mis">
      <Heading1>Er ging iets mis</Heading1>
      <Paragraph>
        Door een fout aan onze kant kan deze pagina nu niet worden getoond. Er is niets van uw invoer
        opgeslagen als u een formulier verstuurde. Probeer het over een paar minuten opnieuw.
      </Paragraph>
      <Paragraph>
        Blijft het misgaan? Neem contact op met de beheerders en noem het kenmerk <code>{reference}</code>.
      </Paragraph>
      <Paragraph>
        <a href="/">Ga naar het overzicht</a>
      </Paragraph>
    </Layout>
  );
}

export function ForbiddenPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Geen toegang">
      <Heading1>Geen toegang</Heading1>
      <Paragraph>U bent ingelogd, maar uw rol geeft geen toegang tot deze pagina.</Paragraph>
      <Paragraph>
        <a href="/">Ga naar het overzicht</a>
      </Paragraph>
    </Layout>
  );
}

export function ExpiredFormPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Formulier verlopen">
      <Heading1>Het formulier is verlopen</Heading1>
      <Paragraph>
        Uit veiligheid accepteren we een formulier alleen binnen uw eigen sessie. Ga terug, laad de pagina
        opnieuw en verstuur het formulier nog eens. Er is niets opgeslagen.
      </Paragraph>
      <Paragraph>
        <a href="/beheer">Naar het beheer</a>
      </Paragraph>
    </Layout>
  );
}

export function TooManyPage({ ctx, message }: { ctx: PageContext; message: string }) {
  return (
    <Layout ctx={ctx} title="Verzoek niet verwerkt">
      <Heading1>Verzoek niet verwerkt</Heading1>
      <Paragraph>{message}</Paragraph>
      <Paragraph>
        <a href="/">Ga naar het overzicht</a>
      </Paragraph>
    </Layout>
  );
}
