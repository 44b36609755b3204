import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { writerOf } from '../../../auth/index.js';
import { factionOf } from '../../../domain/council.js';
import { portalWords } from '../../../domain/vocabulary/index.js';
import {
  addCouncilPerson,
  addFaction,
  recordFactionChange,
} from '../../../services/council/council-members.js';
import { loadFactionOverview } from '../../../services/council/faction-overview.js';
import { listCouncilPeople, listMemberships } from '../../../store/repositories/council.js';
import { errorsFromRefusal, type FormErrors, type FormValues, readForm } from '../../forms.js';
import { type CouncilMembersData, CouncilMembersPage } from '../../pages/staff/CouncilMembersPage.js';
import { redirectWithNotice, staffContext, staffOnly } from '../../staff.js';
import { sendPage, type Web } from '../../web.js';

type Form = CouncilMembersData['form'];

/**
 * The griffie's pages for a council's factions and people (ADR 009) under /beheer/fracties: the list, and the
 * forms to add a faction, add a person, and record a member changing faction. Every write goes through
 * services/council/council-members.ts. Councils only: an association has members, not factions.
 */
export function staffCouncilMemberRoutes(app: FastifyInstance, web: Web): void {
  if (portalWords(web.ctx.organisation.kind ?? 'vereniging').associationParts) return;
  const { db, organisation } = web.ctx;
  const org = organisation.id;
  const home = '/beheer/fracties';

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: Form,
    values: FormValues,
    errors: FormErrors,
  ) => {
    const [overview, people, memberships] = await Promise.all([
      loadFactionOverview(db, org),
      listCouncilPeople(db, org),
      listMemberships(db, org),
    ]);
    const names = new Map(overview.factions.map((v) => [v.faction.id, v.faction.name]));
    const date = overview.referenceDate;
    const withFaction = people.map((p) => {
      const id = factionOf(memberships, p.id, date);
      return { ...p, factionName: id ? (names.get(id) ?? null) : null };
    });
    const data: CouncilMembersData = {
      overview,
      people: withFaction,
      factionOptions: overview.factions.map((v) => ({
        value: v.faction.id,
        label: `${v.faction.name} (${v.faction.shortName})`,
      })),
      changeOptions: withFaction
        .filter((p) => p.role !== 'mayor' && memberships.some((m) => m.personId === p.id && !m.untilDate))
        .map((p) => ({ value: p.id, label: p.factionName ? `${p.name} (${p.factionName})` : p.name })),
      form,
      values,
      errors,
    };
    const page = <CouncilMembersPage ctx={await staffContext(web, request, reply)} data={data} />;
    return sendPage(reply, page, form ? 400 : 200);
  };

  app.get(home, { preHandler: staffOnly() }, (request, reply) => render(request, reply, null, {}, {}));

  /** One write: the service refuses bad input in Dutch (400, nothing written), else Post/Redirect/Get. */
  const post = (
    path: string,
    form: Exclude<Form, null>,
    fieldNames: Record<string, string>,
    write: (v: FormValues, request: FastifyRequest) => Promise<unknown>,
    notice: Parameters<typeof redirectWithNotice>[2],
  ) =>
    app.post(`${home}/${path}`, { preHandler: staffOnly('member.write') }, async (request, reply) => {
      const v = readForm(request.body);
      try {
        await write(v, request);
        return redirectWithNotice(reply, home, notice);
      } catch (error) {
        const refused = errorsFromRefusal(error, fieldNames);
        if (!refused) throw error;
        return render(request, reply, form, v, refused);
      }
    });

  post(
    'fractie',
    'fractie',
    { naam: 'fractieNaam', afkorting: 'afkorting', zittingsperiode: 'zittingsperiode' },
    (v, request) =>
      addFaction({
        db,
        writer: writerOf(request),
        name: v.fractieNaam ?? '',
        shortName: v.afkorting ?? '',
        termStart: v.zittingsperiode ?? '',
      }),
    'fractie-toegevoegd',
  );

  post(
    'raadslid',
    'raadslid',
    { naam: 'persoonNaam', rol: 'rol', fractie: 'fractie', vanaf: 'vanaf' },
    (v, request) =>
      addCouncilPerson({
        db,
        writer: writerOf(request),
        name: v.persoonNaam ?? '',
        role: v.rol ?? '',
        factionId: v.fractie || null,
        fromDate: v.vanaf ?? '',
      }),
    'raadslid-toegevoegd',
  );

  post(
    'wissel',
    'wissel',
    { persoon: 'persoon', datum: 'datum', naarFractie: 'naarFractie', reden: 'reden' },
    (v, request) =>
      recordFactionChange({
        db,
        writer: writerOf(request),
        personId: v.persoon ?? '',
        on: v.datum ?? '',
        toFactionId: v.naarFractie || null,
        reason: v.reden ?? '',
      }),
    'fractiewissel-vastgelegd',
  );
}
