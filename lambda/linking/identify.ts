// Turns what the platform sent into a LinkedIdentity: a valid account-linking token of ours names the shopper
// (`subject`); anything else passes through for the connector to judge (the embedded shop's seed tokens, user ids).
import type { Identify } from '../core/conversation.js';
import type { TokenVerifier } from './tokens.js';

export function identifyWith(verify: TokenVerifier): Identify {
  return async (user, platform, now) => {
    const subject = user.accessToken ? await verify(user.accessToken, now) : undefined;
    return subject ? { platform, subject } : { platform, accessToken: user.accessToken, userId: user.userId };
  };
}
