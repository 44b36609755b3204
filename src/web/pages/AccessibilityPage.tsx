import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { Layout } from '../components/Layout.js';
import { type PageContext, wordsOf } from '../page-context.js';

/** De toegankelijkheidsverklaring, opgesteld volgens het model van digitoegankelijk.nl. */
export function AccessibilityPage({ ctx }: { ctx: PageContext }) {
  const org = ctx.organisationName;
  const words = wordsOf(ctx);
  return (
    <Layout ctx={ctx} title="Toegankelijkheidsverklaring">
      <Heading1>Toegankelijkheidsverklaring</Heading1>
      <Paragraph className="mm-lead">
        {org} wil dat iedereen de Motiemonitor kan gebruiken: ook mensen die slecht zien, doof of slechthorend
        zijn, alleen een toetsenbord gebruiken of met een schermlezer werken.
      </Paragraph>
      <section aria-labelledby="norm" className="mm-section">
        <Heading2 id="norm">Welke norm</Heading2>
        <Paragraph>
          De Motiemonitor moet voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.2 op niveau A en
          AA, zoals voorgeschreven in de Europese norm EN 301 549 en het Besluit digitale toegankelijkheid
          overheid.
        </Paragraph>
      </section>
      <section aria-labelledby="status" className="mm-section">
        <Heading2 id="status">Stand van zaken</Heading2>
        <Paragraph>
          De Motiemonitor voldoet <strong>gedeeltelijk</strong> aan de norm (status B). Wat we doen om dat te
          toetsen:
        </Paragraph>
        <ul>
          <li>
            Bij elke wijziging controleert een geautomatiseerde test (axe, WCAG 2.2 A en AA) alle soorten
            pagina's, voor bezoekers en voor medewerkers.
          </li>
          <li>
            De belangrijkste taken (zoeken, filteren, een motie bekijken, een formulier invullen) worden
            getest met alleen het toetsenbord.
          </li>
          <li>
            Alle pagina's werken zonder JavaScript. Grafieken hebben een tekstbeschrijving en een tabel met
            dezelfde cijfers.
          </li>
          <li>De pagina's gebruiken de componenten van het NL Design System.</li>
        </ul>
        <Paragraph>
          Een volledig onderzoek door een onafhankelijke deskundige is nog niet uitgevoerd.
        </Paragraph>
      </section>
      <section aria-labelledby="beperkingen" className="mm-section">
        <Heading2 id="beperkingen">Bekende beperkingen</Heading2>
        <ul>
          <li>
            Oorspronkelijke documenten (PDF en Word) zijn niet door ons gemaakt en zijn niet altijd
            toegankelijk. Van elk document tonen we daarom ook de tekst op een gewone webpagina.
          </li>
          {words.associationParts ? (
            <li>
              Het verschil tussen twee versies van een resolutie wordt met kleur en met doorhalen en
              onderstrepen getoond; voor schermlezers staat er ook in woorden bij wat is toegevoegd en
              geschrapt.
            </li>
          ) : null}
        </ul>
      </section>
      <section aria-labelledby="contact" className="mm-section">
        <Heading2 id="contact">Kunt u iets niet gebruiken?</Heading2>
        <Paragraph>
          {/* The association's address is the VNG's; any other organisation is reached through its own griffie. */}
          {words.associationParts ? (
            <>
              Meld het ons via <a href="mailto:motiemonitor@vng.nl">motiemonitor@vng.nl</a>.
            </>
          ) : (
            <>
              Meld het bij de {words.secretariat.toLowerCase()} van {org}.
            </>
          )}{' '}
          Noem de pagina en wat er niet lukte. U krijgt binnen vijf werkdagen antwoord, en binnen vier weken
          een oplossing of een alternatief.
        </Paragraph>
        <Paragraph>
          Bent u niet tevreden met hoe wij uw melding behandelen? Dan kunt u contact opnemen met de Nationale
          ombudsman.
        </Paragraph>
      </section>
      <Paragraph className="mm-meta">
        Deze verklaring is opgesteld op 23 november 2026 en wordt elk jaar herzien.
      </Paragraph>
    </Layout>
  );
}
