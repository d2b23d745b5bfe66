// Account-linking tokens, as the skill reads them. The linking server (lambda/server/account-linking) issues access
// tokens as JWTs signed with its private key; whoever serves the skill (the express server, or Lambda with no access
// to the server's memory) verifies them with the public key alone and reads the shopper's id from `sub`.
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JWK } from 'jose';

/** The audience of every access token we issue (the "resource" in OAuth terms): the skill itself. */
export const LINKING_AUDIENCE = 'urn:voice-commerce:skill';

/** The one scope a linked skill gets: read the shopper's orders and place orders they confirm. */
export const LINKING_SCOPE = 'orders';

export interface TokenVerifierConfig {
  issuer: string;
  /** Public keys (JWK); a private JWK works too, its private members are ignored. */
  keys: JWK[];
}

export type TokenVerifier = (token: string, now: Date) => Promise<string | undefined>;

function publicPart(jwk: JWK): JWK {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...pub } = jwk;
  return pub;
}

/** The shopper id (`sub`) of a valid token of ours at `now` (the request's own time), or undefined for anything else:
 * not a JWT, another issuer or audience, a bad signature, expired. */
export function tokenVerifier({ issuer, keys }: TokenVerifierConfig): TokenVerifier {
  const jwks = createLocalJWKSet({ keys: keys.map(publicPart) });
  return async (token, now) => {
    try {
      decodeProtectedHeader(token);
    } catch {
      return undefined; // not a JWT: some other kind of token (the embedded shop's seed tokens)
    }
    try {
      const { payload } = await jwtVerify(token, jwks, { issuer, audience: LINKING_AUDIENCE, currentDate: now, clockTolerance: 30 });
      return typeof payload.sub === 'string' ? payload.sub : undefined;
    } catch {
      return undefined;
    }
  };
}

/** The verifier from the environment (SKILL_LINKING_ISSUER and SKILL_LINKING_PUBLIC_JWKS or SKILL_LINKING_JWKS), or
 * undefined when account linking is not configured. */
export function tokenVerifierFromEnv(env: NodeJS.ProcessEnv = process.env): TokenVerifier | undefined {
  const issuer = env.SKILL_LINKING_ISSUER;
  const jwks = env.SKILL_LINKING_PUBLIC_JWKS || env.SKILL_LINKING_JWKS;
  if (!issuer || !jwks) return undefined;
  return tokenVerifier({ issuer, keys: (JSON.parse(jwks) as { keys: JWK[] }).keys });
}
