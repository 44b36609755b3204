import { role } from '../../domain/vocabulary/index.js';
import type { ApiTokenRecord } from '../../store/repositories/api-tokens.js';
import type { UserRecord } from '../../store/repositories/users.js';
import { API_PREFIX } from '../http/api-version.js';

export function presentUser(u: UserRecord) {
  const self = `${API_PREFIX}/gebruikers/${u.id}`;
  return {
    id: u.id,
    email: u.email,
    naam: u.name,
    rol: role.toApi(u.role),
    lid: u.memberId,
    heeftWachtwoord: u.hasPassword,
    geblokkeerdOp: u.disabledAt,
    aangemaaktOp: u.createdAt,
    _links: {
      self: { href: self },
      tokens: { href: `${self}/tokens` },
      audittrail: { href: `${self}/audittrail` },
    },
  };
}

export function presentToken(t: ApiTokenRecord) {
  return {
    id: t.id,
    label: t.label,
    laatstGebruiktOp: t.lastUsedAt,
    ingetrokkenOp: t.revokedAt,
    aangemaaktOp: t.createdAt,
  };
}
