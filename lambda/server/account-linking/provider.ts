// The OAuth 2.0 authorization-code server for account linking (Alexa, and Dialogflow/Google the same way), built on
// oidc-provider and mounted in our express app:
//   /oauth/auth, /oauth/token, /oauth/jwks ...   oidc-provider itself (plain OAuth: no openid scope needed)
//   /link/:uid                                    our login page; the shopper signs in against the commerce backend
// Access tokens are JWTs (audience LINKING_AUDIENCE, `sub` = the shop's id for the shopper) so that the skill, on
// Lambda too, verifies them with the public key alone (lambda/linking/tokens.ts). Codes are short-lived and single-use;
// refresh tokens are issued to every linking client. Sessions, codes, grants and refresh tokens live in oidc-provider's
// adapter (memory unless one is given: see README "Account linking").
import express, { type Router } from 'express';
import Provider, { type Adapter, type Configuration } from 'oidc-provider';
import { CommerceUnavailable, type Commerce } from '../../commerce/port.js';
import { LINKING_AUDIENCE, LINKING_SCOPE } from '../../linking/tokens.js';
import type { LinkingConfig } from './config.js';
import { loginPage, pickLanguage } from './login-page.js';
import { LoginThrottle } from './login-throttle.js';

export const LOGIN_PATH = '/link';

export interface AccountLinking {
  provider: Provider;
  /** Mount at the app's root: serves /oauth/* and /link/*. */
  router: Router;
}

export function createAccountLinking(
  config: LinkingConfig, commerce: Commerce, adapter?: new (name: string) => Adapter, throttle = new LoginThrottle(),
): AccountLinking {
  const configuration: Configuration = {
    ...(adapter ? { adapter } : {}),
    clients: config.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: c.authMethod,
      // Our keys are EC (ES256); no id_token is issued (plain OAuth), but the client metadata must agree.
      id_token_signed_response_alg: 'ES256',
    })),
    jwks: { keys: config.keys as never },
    cookies: { keys: config.cookieKeys },
    scopes: [LINKING_SCOPE, 'offline_access'],
    claims: {},
    responseTypes: ['code'],
    findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub }) }),
    interactions: { url: async (_ctx, interaction) => `${LOGIN_PATH}/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        // Alexa and Google send no `resource`: every token is for the skill.
        defaultResource: async () => LINKING_AUDIENCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async () => ({
          scope: LINKING_SCOPE,
          audience: LINKING_AUDIENCE,
          accessTokenTTL: config.ttl.accessToken,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'ES256' } },
        }),
      },
    },
    // Linking is for good: tokens outlive the browser session, and every linking client gets a refresh token.
    expiresWithSession: async () => false,
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    ttl: {
      AuthorizationCode: config.ttl.code,
      AccessToken: config.ttl.accessToken,
      RefreshToken: config.ttl.refreshToken,
      Interaction: 600,
      Session: 600,
      Grant: config.ttl.refreshToken,
    },
    renderError: async (ctx, out) => {
      ctx.type = 'application/json';
      ctx.body = { error: out.error, error_description: out.error_description };
    },
  };
  const provider = new Provider(config.issuer, configuration);
  // Behind a TLS-terminating proxy or API gateway, trust X-Forwarded-Proto for the issuer's https.
  provider.proxy = true;

  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: '4kb' });

  router.get(`${LOGIN_PATH}/:uid`, async (req, res, next) => {
    const lang = pickLanguage(req.get('accept-language'));
    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      res.status(400).type('html').send(loginPage({ lang, seller: config.seller, action: '', error: 'expired' }));
      return;
    }
    try {
      if (details.prompt.name === 'login') {
        res.type('html').send(loginPage({ lang, seller: config.seller, action: `${LOGIN_PATH}/${details.uid}` }));
        return;
      }
      // Consent: the shopper started linking from the skill and just signed in; what it asks for (only our scopes
      // exist) is granted.
      const accountId = details.session?.accountId;
      if (!accountId || !details.params.client_id) throw new Error('consent without a signed-in shopper');
      const grant = details.grantId ? (await provider.Grant.find(details.grantId))! : new provider.Grant({ accountId, clientId: String(details.params.client_id) });
      const missing = details.prompt.details as { missingOIDCScope?: string[]; missingResourceScopes?: Record<string, string[]> };
      if (missing.missingOIDCScope?.length) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      for (const [resource, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant.addResourceScope(resource, scopes.join(' '));
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    } catch (err) {
      next(err);
    }
  });

  router.post(`${LOGIN_PATH}/:uid`, form, async (req, res, next) => {
    const lang = pickLanguage(req.get('accept-language'));
    const action = `${LOGIN_PATH}/${req.params.uid}`;
    const email = typeof req.body?.email === 'string' ? req.body.email.trim().slice(0, 254) : '';
    const password = typeof req.body?.password === 'string' ? req.body.password.slice(0, 1024) : '';
    try {
      const details = await provider.interactionDetails(req, res).catch(() => undefined);
      if (!details || details.prompt.name !== 'login') {
        res.status(400).type('html').send(loginPage({ lang, seller: config.seller, action, error: 'expired' }));
        return;
      }
      const attempt = { email, client: req.ip ?? req.socket.remoteAddress ?? '' };
      const waitMs = throttle.waitMs(attempt);
      if (waitMs > 0) {
        const minutes = Math.ceil(waitMs / 60_000);
        res.status(429).set('Retry-After', String(Math.ceil(waitMs / 1000))).type('html')
          .send(loginPage({ lang, seller: config.seller, action, email, error: 'tooMany', minutes }));
        return;
      }
      let subject: string | undefined;
      try {
        subject = email && password ? await commerce.authenticate(email, password) : undefined;
      } catch (err) {
        if (!(err instanceof CommerceUnavailable)) throw err;
        console.error(JSON.stringify({ level: 'error', where: 'account-linking', error: err.message }));
        res.status(503).type('html').send(loginPage({ lang, seller: config.seller, action, email, error: 'unavailable' }));
        return;
      }
      if (!subject) {
        throttle.failed(attempt);
        res.status(401).type('html').send(loginPage({ lang, seller: config.seller, action, email, error: 'wrong' }));
        return;
      }
      throttle.succeeded(attempt);
      await provider.interactionFinished(req, res, { login: { accountId: subject } }, { mergeWithLastSubmission: false });
    } catch (err) {
      next(err);
    }
  });

  router.use('/oauth', provider.callback());
  return { provider, router };
}
