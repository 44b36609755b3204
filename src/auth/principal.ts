import type { UserRecord } from '../store/repositories/users.js';
import { type Principal, parseRole } from './roles.js';

/** The principal of a signed-in user; an unknown stored role gets no rights beyond the public's. */
export function principalOf(
  user: UserRecord,
  via: Principal['via'],
  sessionId: string | null = null,
): Principal {
  return {
    role: parseRole(user.role) ?? 'public',
    userId: user.id,
    memberId: user.memberId,
    label: user.name ? `${user.name} <${user.email}>` : user.email,
    via,
    sessionId,
  };
}
