import type { Executor } from '../../store/database.js';
import { getOrganisation } from '../../store/repositories/organisations.js';
import { DEFAULT_ORGANISATION } from '../default-organisation.js';

/**
 * The public address of the installation, for links in e-mail (which must be absolute): PUBLIC_URL, else the
 * address `serve` listens on.
 */
export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.PUBLIC_URL?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  return `http://${env.HOST && env.HOST !== '0.0.0.0' ? env.HOST : '127.0.0.1'}:${env.PORT ?? 3000}`;
}

/**
 * The address of an organisation's portal, for links in its e-mail: the default organisation (ORGANISATION) at
 * the public address, any other under /o/{slug} (ADR 009), where the installation serves it whatever its host.
 */
export function portalBaseUrl(organisation: { slug: string }, env: NodeJS.ProcessEnv = process.env): string {
  const base = publicBaseUrl(env);
  const served = env.ORGANISATION ?? DEFAULT_ORGANISATION.slug;
  return organisation.slug === served ? base : `${base}/o/${encodeURIComponent(organisation.slug)}`;
}

/** portalBaseUrl of the organisation with this id (the installation's address when it is gone). */
export async function portalBaseUrlOf(db: Executor, organisationId: string): Promise<string> {
  const organisation = await getOrganisation(db, organisationId);
  return organisation ? portalBaseUrl(organisation) : publicBaseUrl();
}
