/** Login attempts per client address per minute, for the API's `POST /sessies` and the portal's `/inloggen`. */
export const LOGIN_RATE_LIMIT = { max: 10, timeWindow: '1 minute' };

/** The Dutch answer to one attempt too many; `after` is the wait the rate limiter names ("1 minute"). */
export const tooManyLoginsMessage = (after: string): string =>
  `Te veel inlogpogingen; probeer het over ${after} opnieuw.`;
