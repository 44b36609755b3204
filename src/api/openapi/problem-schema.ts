/** JSON Schema of application/problem+json (RFC 9457) with our extensions, as published in the OpenAPI document. */
export const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'Foutmelding volgens RFC 9457 (application/problem+json).',
  required: ['type', 'title', 'status', 'detail', 'code', 'invalidParams'],
  properties: {
    type: { type: 'string', description: 'URI die het soort fout aanduidt.' },
    title: { type: 'string', description: 'Korte, vaste omschrijving van het soort fout.' },
    status: { type: 'integer', description: 'HTTP-statuscode.' },
    detail: { type: 'string', description: 'Uitleg van deze fout in het Nederlands.' },
    instance: { type: 'string', description: 'Pad van het verzoek.' },
    code: { type: 'string', description: 'Stabiele foutcode, bijvoorbeeld illegal_transition.' },
    invalidParams: {
      type: 'array',
      description: 'Elke ongeldige parameter of elk ongeldig veld.',
      items: {
        type: 'object',
        required: ['name', 'code', 'reason'],
        properties: {
          name: { type: 'string', description: 'Naam van de parameter of het veld (pad met punten).' },
          code: { type: 'string', description: 'Soort fout.' },
          reason: { type: 'string', description: 'Uitleg in het Nederlands.' },
        },
      },
    },
    huidigeStatus: { type: 'string', description: 'Bij een ongeldige statusovergang: de huidige status.' },
    toegestaneStatussen: {
      type: 'array',
      items: { type: 'string' },
      description: 'Bij een ongeldige statusovergang: de statussen die vanaf hier zijn toegestaan.',
    },
    vergaderdatum: {
      type: 'string',
      format: 'date',
      description: 'Als de vergadering nog niet heeft plaatsgevonden: haar datum.',
    },
    betreft: {
      type: 'array',
      description:
        'De records waar de weigering over gaat: voorwaardelijke voorstellen zonder besluit, eerdere rondes die nog openstaan.',
      items: {
        type: 'object',
        required: ['id', 'omschrijving'],
        properties: { id: { type: 'string' }, omschrijving: { type: 'string' } },
      },
    },
  },
} as const;

export const ERROR_DESCRIPTIONS: Record<string, string> = {
  '400': 'Ongeldige invoer of onbekende queryparameter; invalidParams noemt elke fout.',
  '401': 'Niet geauthenticeerd: geen of een ongeldig token of sessie.',
  '403': 'Geen toestemming voor deze handeling.',
  '404': 'De resource bestaat niet.',
  '406': 'Het gevraagde formaat (Accept) wordt niet geleverd.',
  '409': 'Conflict met de huidige toestand, bijvoorbeeld een ongeldige statusovergang.',
  '413': 'Het verzoek of het bestand is te groot.',
  '415': 'Dit mediatype wordt niet ondersteund; de melding noemt de mediatypen die wel werken.',
  '422': 'Het bestand is leeg of niet te lezen.',
  '429': 'Te veel verzoeken.',
  '500': 'Interne fout.',
  '503': 'De dienst of de database is niet beschikbaar.',
};
