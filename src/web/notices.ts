/** Confirmations after a successful action, passed as ?melding=… on the page the form redirects to. */
export const NOTICES: Record<string, string> = {
  opgeslagen: 'De wijzigingen zijn opgeslagen.',
  aangemaakt: 'Het record is aangemaakt.',
  ingediend: 'De motie is ingediend.',
  'preadvies-gegeven': 'Het preadvies van het bestuur is vastgelegd.',
  gepubliceerd: 'De versie is gepubliceerd.',
  goedgekeurd: 'De goedkeuring is vastgelegd.',
  besloten: 'De besluiten van de vergadering zijn vastgelegd.',
  geopend: 'De verantwoordingsronde is geopend.',
  toegevoegd: 'De motie staat nu in deze ronde.',
  geimporteerd: 'Het document is geïmporteerd.',
  ongewijzigd: 'Dit document was al geïmporteerd; er is niets gewijzigd.',
  uitgelogd: 'U bent uitgelogd.',
  'opnieuw-in-wachtrij': 'Het bericht staat weer in de wachtrij.',
  'peiling-geopend': 'De peiling is geopend; de uitnodigingen staan in de wachtrij.',
  'peiling-gesloten': 'De peiling is gesloten.',
  'concept-opgeslagen': 'De motie is als concept opgeslagen. Dien haar in vóór de termijn verstrijkt.',
  uitgenodigd: 'De gemeente is uitgenodigd. Zij wordt mede-indiener zodra zij bevestigt.',
  'mede-ingediend': 'Uw gemeente is nu mede-indiener van de motie.',
  'uitnodiging-afgewezen': 'U hebt de uitnodiging afgewezen.',
  ingetrokken: 'De motie is ingetrokken.',
  uitgesteld: 'De stemming over de motie is uitgesteld.',
  'amendement-ingediend': 'Het amendement is ingediend.',
  gevolgd: 'U volgt deze motie: bij elke verandering krijgt u bericht.',
  gestemd: 'Uw stem is ontvangen.',
  'toezeggingenlijst-geopend': 'De toezeggingenlijst is geopend.',
  'raadpleging-geopend':
    'De ledenraadpleging is geopend; de uitnodigingen staan klaar om te worden verzonden.',
  'voorstellen-opgeslagen': 'De voorstellen van het college zijn opgeslagen.',
  'raad-besloten': 'Het besluit van de raad is vastgelegd.',
  'fractie-toegevoegd': 'De fractie is toegevoegd.',
  'raadslid-toegevoegd': 'De persoon is aan de raad toegevoegd.',
  'fractiewissel-vastgelegd': 'De fractiewissel is vastgelegd.',
};

export const noticeFor = (key: string): string | undefined =>
  Object.hasOwn(NOTICES, key) ? NOTICES[key] : undefined;
