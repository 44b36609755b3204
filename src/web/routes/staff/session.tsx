import type { FastifyInstance } from 'fastify';
import {
  checkCredentials,
  csrfGuard,
  endSession,
  LOGIN_RATE_LIMIT,
  startSession,
  tooManyLoginsMessage,
} from '../../../auth/index.js';
import { type FormErrors, readForm } from '../../forms.js';
import { isStaff } from '../../page-context.js';
import { LoginPage } from '../../pages/staff/LoginPage.js';
import { localPath } from '../../safe-redirect.js';
import { viewerOf } from '../../session.js';
import { queryString, sendPage, type Web } from '../../web.js';

/** Where an account lands after signing in: a member municipality's account in its workspace. */
const homeOf = (role: string): string => (role === 'member' ? '/mijn/gemeente' : '/');

export function sessionPageRoutes(app: FastifyInstance, web: Web): void {
  app.get('/inloggen', async (request, reply) => {
    const back = localPath(queryString(request.query, 'terug'));
    const viewer = viewerOf(request);
    if (viewer) return reply.redirect(back || (isStaff(viewer) ? '/beheer' : homeOf(viewer.role)), 303);
    const ctx = await web.pageContext(request);
    return sendPage(reply, <LoginPage ctx={ctx} email="" back={back} errors={{}} />);
  });

  app.post(
    '/inloggen',
    {
      config: {
        rateLimit: {
          ...LOGIN_RATE_LIMIT,
          errorResponseBuilder: (_request, context) =>
            Object.assign(new Error(tooManyLoginsMessage(context.ttl)), {
              statusCode: 429,
            }),
        },
      },
    },
    async (request, reply) => {
      const form = readForm(request.body);
      const email = (form.email ?? '').slice(0, 320);
      const back = localPath(form.terug ?? '');
      const errors: FormErrors = {};
      if (!email) errors.email = 'Vul uw e-mailadres in.';
      if (!form.wachtwoord) errors.wachtwoord = 'Vul uw wachtwoord in.';
      const user =
        errors.email || errors.wachtwoord
          ? null
          : await checkCredentials({
              db: web.ctx.db,
              organisationId: web.ctx.organisation.id,
              email,
              password: (form.wachtwoord ?? '').slice(0, 1000),
            });
      if (!user) {
        if (Object.keys(errors).length === 0)
          errors.wachtwoord = 'Onbekend e-mailadres of onjuist wachtwoord.';
        const ctx = await web.pageContext(request);
        return sendPage(reply, <LoginPage ctx={ctx} email={email} back={back} errors={errors} />, 400);
      }
      await startSession({ db: web.ctx.db, reply, user, requestId: request.id });
      const staff = ['staff', 'board', 'chair', 'admin'].includes(user.role);
      return reply.redirect(back || (staff ? '/beheer' : homeOf(user.role)), 303);
    },
  );

  app.post('/uitloggen', { preHandler: csrfGuard }, async (request, reply) => {
    await endSession({ db: web.ctx.db, request, reply });
    return reply.redirect('/inloggen?melding=uitgelogd', 303);
  });
}
