// Account linking's settings from the environment (README "Account linking").
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { JWK } from 'jose';

export interface LinkingClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  /** Alexa sends its credentials in the Authorization header, Google in the body. */
  authMethod: 'client_secret_basic' | 'client_secret_post';
}

export interface LinkingConfig {
  /** The public URL of the OAuth server, ending in /oauth (https://skill.example.com/oauth). */
  issuer: string;
  clients: LinkingClient[];
  /** Private signing keys (JWKS `keys`); the first signs. */
  keys: JWK[];
  cookieKeys: string[];
  /** Seconds. */
  ttl: { code: number; accessToken: number; refreshToken: number };
  /** Seller name shown on the login page. */
  seller: string;
}

/** Alexa's three redirect hosts (NA, EU/IN, FE), each with the vendor id of the skill's developer account. */
export function alexaRedirectUris(vendorId: string): string[] {
  return ['https://pitangui.amazon.com', 'https://layla.amazon.com', 'https://alexa.amazon.co.jp']
    .map((host) => `${host}/api/skill/link/${vendorId}`);
}

export function googleRedirectUris(projectId: string): string[] {
  return [`https://oauth-redirect.googleusercontent.com/r/${projectId}`, `https://oauth-redirect-sandbox.googleusercontent.com/r/${projectId}`];
}

/** A key pair for local work when no keys are configured: tokens die with the process. */
export function ephemeralJwks(): JWK[] {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return [{ ...(privateKey.export({ format: 'jwk' }) as JWK), kid: `dev-${randomBytes(4).toString('hex')}`, alg: 'ES256', use: 'sig' }];
}

/** undefined when linking is not configured (no ALEXA_LINKING_CLIENT_ID nor GOOGLE_LINKING_CLIENT_ID). */
export function linkingConfigFromEnv(env: NodeJS.ProcessEnv = process.env, warn: (m: string) => void = console.warn): LinkingConfig | undefined {
  const clients: LinkingClient[] = [];
  if (env.ALEXA_LINKING_CLIENT_ID) {
    if (!env.ALEXA_LINKING_CLIENT_SECRET || !env.ALEXA_VENDOR_ID) throw new Error('ALEXA_LINKING_CLIENT_ID needs ALEXA_LINKING_CLIENT_SECRET and ALEXA_VENDOR_ID');
    clients.push({ clientId: env.ALEXA_LINKING_CLIENT_ID, clientSecret: env.ALEXA_LINKING_CLIENT_SECRET, redirectUris: alexaRedirectUris(env.ALEXA_VENDOR_ID), authMethod: 'client_secret_basic' });
  }
  if (env.GOOGLE_LINKING_CLIENT_ID) {
    if (!env.GOOGLE_LINKING_CLIENT_SECRET || !env.GOOGLE_PROJECT_ID) throw new Error('GOOGLE_LINKING_CLIENT_ID needs GOOGLE_LINKING_CLIENT_SECRET and GOOGLE_PROJECT_ID');
    clients.push({ clientId: env.GOOGLE_LINKING_CLIENT_ID, clientSecret: env.GOOGLE_LINKING_CLIENT_SECRET, redirectUris: googleRedirectUris(env.GOOGLE_PROJECT_ID), authMethod: 'client_secret_post' });
  }
  if (clients.length === 0) return undefined;
  if (!env.SKILL_LINKING_ISSUER) throw new Error('account linking needs SKILL_LINKING_ISSUER, the public URL of /oauth (https://.../oauth)');
  let keys: JWK[];
  if (env.SKILL_LINKING_JWKS) keys = (JSON.parse(env.SKILL_LINKING_JWKS) as { keys: JWK[] }).keys;
  else {
    warn('warning: SKILL_LINKING_JWKS is unset: linking tokens are signed with a throw-away key and stop working at restart.');
    keys = ephemeralJwks();
  }
  const cookieKeys = env.SKILL_LINKING_COOKIE_KEYS?.split(',').filter(Boolean) ?? [];
  if (cookieKeys.length === 0) {
    warn('warning: SKILL_LINKING_COOKIE_KEYS is unset: a throw-away cookie key is used.');
    cookieKeys.push(randomBytes(32).toString('base64url'));
  }
  return {
    issuer: env.SKILL_LINKING_ISSUER,
    clients,
    keys,
    cookieKeys,
    ttl: {
      code: Number(env.SKILL_LINKING_CODE_TTL) || 60,
      accessToken: Number(env.SKILL_LINKING_ACCESS_TOKEN_TTL) || 3600,
      refreshToken: Number(env.SKILL_LINKING_REFRESH_TOKEN_TTL) || 180 * 86_400,
    },
    seller: env.SKILL_SELLER_NAME || env.VENDURE_SELLER_NAME || 'our shop',
  };
}
