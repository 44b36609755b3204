import type { FastifyInstance } from 'fastify';
import { organisationKind } from '../../../domain/vocabulary/index.js';
import { createOrganisationOfKind } from '../../../services/organisations/create-organisation.js';
import {
  getOrganisation,
  listOrganisations,
  type OrganisationRecord,
  updateOrganisationProfile,
} from '../../../store/repositories/organisations.js';
import type { FieldSpec } from '../../components/SpecFields.js';
import { invalidField } from '../../forms.js';
import { OrganisationListPage } from '../../pages/staff/OrganisationListPage.js';
import { staffContext, staffOnly } from '../../staff.js';
import { sendPage, type Web } from '../../web.js';
import { registerRecordRoutes } from './record-routes.js';

const KIND_OPTIONS = organisationKind.options().map((o) => ({ value: o.value, label: o.label }));
const FIELDS = { soort: 'kind', naam: 'name', slug: 'slug' };

/**
 * The organisations of the installation (ADR 009), for administrators: create one of a kind (vereniging,
 * gemeenteraad, provinciale-staten, waterschap) with its path, or rename one. Each is served at /o/{slug}/.
 */
export function staffOrganisationRoutes(app: FastifyInstance, web: Web): void {
  // Another organisation's administrator (a council's griffie) must not create or rename the installation's ones.
  if (web.ctx.managesOrganisations === false) return;
  const { db, organisation } = web.ctx;
  const specs = async (record: OrganisationRecord | null): Promise<FieldSpec[]> => [
    { name: 'name', label: 'Naam', kind: 'text', required: true },
    ...(record
      ? []
      : ([
          {
            name: 'kind',
            label: 'Soort organisatie',
            kind: 'select',
            required: true,
            options: KIND_OPTIONS,
            emptyLabel: 'Kies',
            description: 'Bepaalt de woorden van het portaal (raad, fractie, college of ALV, lid, bestuur).',
          },
          {
            name: 'slug',
            label: 'Korte naam in het adres',
            kind: 'text',
            required: true,
            description: 'Kleine letters, cijfers en streepjes; het portaal komt op /o/{korte naam}/.',
          },
        ] as FieldSpec[])),
  ];

  app.get('/beheer/organisaties', { preHandler: staffOnly('user.write') }, async (request, reply) => {
    const ctx = await staffContext(web, request, reply);
    const organisations = await listOrganisations(db);
    return sendPage(
      reply,
      <OrganisationListPage ctx={ctx} organisations={organisations} currentId={organisation.id} />,
    );
  });

  registerRecordRoutes<OrganisationRecord>(app, web, {
    path: '/beheer/organisaties',
    action: 'user.write',
    name: { new: 'Nieuwe organisatie', edit: (o) => `Organisatie: ${o.name}` },
    specs,
    load: (id) => getOrganisation(db, id),
    values: (o) => ({ name: o.name }),
    create: (v, writer) =>
      createOrganisationOfKind(db, {
        kind: v.kind ?? '',
        name: v.name ?? '',
        slug: v.slug ?? '',
        actor: writer.actor,
        requestId: writer.requestId ?? undefined,
      }),
    update: (o, v, writer) => {
      const name = (v.name ?? '').trim();
      if (!name) throw invalidField('name', 'Geef de naam van de organisatie op.');
      return updateOrganisationProfile(db, { id: o.id, name, actor: writer.actor });
    },
    publicHref: (o) => `/o/${o.slug}/`,
    fields: FIELDS,
  });
}
