/** Login attempts per client address per minute, for the API's `POST /sessies` and the portal's `/inloggen`. */
export const LOGIN_RATE_LIMIT = { max: 10, timeWindow: '1 minute' };

/** The Dutch answer to one attempt too many; `ttl` is the wait in milliseconds the rate limiter gives. */
export function tooManyLoginsMessage(ttl: number): string {
  const seconds = Math.max(1, Math.ceil(ttl / 1000));
  const wait = seconds === 1 ? '1 seconde' : `${seconds} seconden`;
  return `Te veel inlogpogingen; probeer het over ${wait} opnieuw.`;
}
