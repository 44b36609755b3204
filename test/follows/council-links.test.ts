import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { requestFollow } from '../../src/services/follows/follow-motion.js';
import { createOrganisationOfKind } from '../../src/services/organisations/create-organisation.js';
import { portalBaseUrl } from '../../src/services/outbox/links.js';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import { fixedClock } from '../../src/store/clock.js';
import { createMotion } from '../../src/store/repositories/motions.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';

const BASE = 'https://motiemonitor.example';

/**
 * An e-mail of an organisation served under /o/{slug} links to its own portal there; the default organisation's
 * links stay at the public address (ADR 009).
 */
describe.each(ENGINES)('links in an organisation’s e-mail on %s', (engine) => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    process.env.PUBLIC_URL = BASE;
  });
  afterAll(async () => {
    delete process.env.PUBLIC_URL;
    await t?.cleanup();
  });

  it('puts a council’s links under /o/{slug} and the default organisation’s at the root', async () => {
    expect(portalBaseUrl({ slug: 'vng' }, { PUBLIC_URL: BASE })).toBe(BASE);
    expect(portalBaseUrl({ slug: 'lindenhout' }, { PUBLIC_URL: BASE })).toBe(`${BASE}/o/lindenhout`);
    expect(portalBaseUrl({ slug: 'lindenhout' }, { PUBLIC_URL: BASE, ORGANISATION: 'lindenhout' })).toBe(
      BASE,
    );

    await ensureOrganisation(t.db, 'vng');
    const council = await createOrganisationOfKind(t.db, {
      kind: 'gemeenteraad',
      name: 'Gemeenteraad van Lindenhout',
      slug: 'lindenhout',
      actor: SYSTEM_ACTOR,
    });
    const writer = { organisationId: council.id, actor: SYSTEM_ACTOR };
    const motion = await createMotion(t.db, writer, {
      title: 'Motie speeltuinen',
      status: 'submitted',
      submitters: [{ name: 'J. de Vries (Lindenhouts Belang)' }],
    });
    await requestFollow({
      db: t.db,
      writer,
      clock: fixedClock('2026-06-01T10:00:00.000Z'),
      organisationName: council.name,
      motionId: motion.id,
      email: 'inwoner@lindenhout.example',
    });
    const mail = await t.db
      .selectFrom('outbox_messages')
      .select(['body_text', 'body_html'])
      .where('organisation_id', '=', council.id)
      .executeTakeFirstOrThrow();
    expect(mail.body_text).toContain(`${BASE}/o/lindenhout/moties/${motion.id}`);
    expect(mail.body_text).toContain(`${BASE}/o/lindenhout/afmelden/`);
    expect(mail.body_text).not.toMatch(new RegExp(`${BASE}/(moties|afmelden)/`));
  });
});
