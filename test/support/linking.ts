// Account linking as Alexa and a shopper's browser do it, over real HTTP: a small cookie-keeping browser that
// follows redirects by hand, and Alexa's side of the code-for-token exchange.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ResponseEnvelope } from 'ask-sdk-model';
import express from 'express';
import type { Commerce } from '../../lambda/commerce/port.js';
import type { Conversation } from '../../lambda/core/conversation.js';
import { LINKING_SCOPE, tokenVerifier } from '../../lambda/linking/tokens.js';
import { createRuntime, type Runtime } from '../../lambda/runtime.js';
import { ephemeralJwks, alexaRedirectUris, googleRedirectUris, type LinkingConfig } from '../../lambda/server/account-linking/config.js';
import { createAccountLinking } from '../../lambda/server/account-linking/provider.js';
import { sqliteAdapter } from '../../lambda/server/account-linking/sqlite-adapter.js';
import { createApp } from '../../lambda/server/app.js';
import { alexaEnvelope, replyOfAlexa } from './transports.js';

export const VENDOR_ID = 'M2TESTVENDOR';
export const ALEXA_CLIENT = { id: 'alexa-skill', secret: 'alexa-secret-for-tests' };
export const ALEXA_REDIRECT = alexaRedirectUris(VENDOR_ID)[0];
export const GOOGLE_CLIENT = { id: 'google-agent', secret: 'google-secret-for-tests', project: 'voice-commerce-test' };

export function testLinkingConfig(issuer: string, seller = 'Northwind Market'): LinkingConfig {
  return {
    issuer,
    clients: [
      { clientId: ALEXA_CLIENT.id, clientSecret: ALEXA_CLIENT.secret, redirectUris: alexaRedirectUris(VENDOR_ID), authMethod: 'client_secret_basic' },
      { clientId: GOOGLE_CLIENT.id, clientSecret: GOOGLE_CLIENT.secret, redirectUris: googleRedirectUris(GOOGLE_CLIENT.project), authMethod: 'client_secret_post' },
    ],
    keys: ephemeralJwks(),
    cookieKeys: ['test-cookie-key'],
    ttl: { code: 60, accessToken: 3600, refreshToken: 86_400 },
    seller,
  };
}

/** A browser: keeps cookies per name, never follows redirects on its own. */
export class Browser {
  private readonly cookies = new Map<string, string>();
  constructor(private readonly base: string, private readonly language = 'en-US,en;q=0.8') {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const url = new URL(path, this.base);
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), 'accept-language': this.language, cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return res;
  }

  /** Follows redirects within our server; stops at a page (200/4xx) or at a redirect that leaves it (to Alexa). */
  async follow(path: string, init: RequestInit = {}): Promise<Response> {
    let res = await this.request(path, init);
    for (let hops = 0; hops < 10 && res.status >= 300 && res.status < 400; hops++) {
      const location = new URL(res.headers.get('location')!, this.base);
      if (location.origin !== new URL(this.base).origin) return res;
      res = await this.request(location.pathname + location.search);
    }
    return res;
  }

  /** Opens Alexa's linking URL: the authorization request with the skill's client id and Alexa's redirect. */
  authorize(state = 'alexa-state-1', clientId = ALEXA_CLIENT.id, redirectUri = ALEXA_REDIRECT): Promise<Response> {
    const params = new URLSearchParams({ client_id: clientId, response_type: 'code', redirect_uri: redirectUri, scope: LINKING_SCOPE, state });
    return this.follow(`/oauth/auth?${params}`);
  }

  /** Submits the login form of the page last returned. */
  async signIn(page: Response, email: string, password: string): Promise<Response> {
    const html = await page.text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`no login form on the page:\n${html}`);
    return this.follow(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, password }).toString(),
    });
  }
}

/** The code in Alexa's redirect, after checking it went to Alexa with the state it sent. */
export function codeFrom(redirect: Response, state = 'alexa-state-1', redirectUri = ALEXA_REDIRECT): string {
  const location = new URL(redirect.headers.get('location') ?? 'http://missing');
  if (`${location.origin}${location.pathname}` !== redirectUri) throw new Error(`redirected to ${location} (status ${redirect.status})`);
  if (location.searchParams.get('state') !== state) throw new Error('the state did not come back');
  return location.searchParams.get('code')!;
}

/** Alexa's token request: client credentials in HTTP Basic. */
export async function tokenRequest(base: string, body: Record<string, string>, secret = ALEXA_CLIENT.secret): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(new URL('/oauth/token', base), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(ALEXA_CLIENT.id)}:${encodeURIComponent(secret)}`).toString('base64')}`,
    },
    body: new URLSearchParams(body).toString(),
  });
  return { status: res.status, json: await res.json() as Record<string, unknown> };
}

export const exchangeCode = (base: string, code: string, secret?: string) =>
  tokenRequest(base, { grant_type: 'authorization_code', code, redirect_uri: ALEXA_REDIRECT }, secret);

export interface LinkedServer {
  base: string;
  runtime: Runtime;
  /** Alexa's side: each turn posted to /alexa as a request envelope (a non-200 answer throws). */
  overHttp: Conversation;
  close(): Promise<void>;
}

/**
 * The server as `npm start` builds it, on a free port of 127.0.0.1: the runtime from `env`, its tokens verified
 * with the test linking keys, account linking mounted under /oauth (the issuer names the port, so the port comes
 * first and the app once the runtime exists).
 */
export async function startLinkedServer(env: NodeJS.ProcessEnv, seller?: string): Promise<LinkedServer> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const linking = testLinkingConfig(`${base}/oauth`, seller);
  let runtime: Runtime | undefined;
  const close = async () => {
    server.closeAllConnections();
    server.close();
    await runtime?.store.close();
  };
  try {
    runtime = await createRuntime(env, { verifier: tokenVerifier({ issuer: linking.issuer, keys: linking.keys }) });
  } catch (err) {
    await close();
    throw err;
  }
  server.on('request', createApp(runtime, { verifyAlexa: false, linking: createAccountLinking(linking, runtime.commerce, sqliteAdapter(':memory:')) }));
  const overHttp: Conversation = async (turn) => {
    const res = await fetch(`${base}/alexa`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(alexaEnvelope(turn)) });
    if (res.status !== 200) throw new Error(`POST /alexa answered ${res.status}: ${await res.text()}`);
    return replyOfAlexa(await res.json() as ResponseEnvelope);
  };
  return { base, runtime, overHttp, close };
}

/**
 * Account linking alone (its router on an express app) on a free port of 127.0.0.1, its state in `file`. Started
 * again on the same file with the same `config`, it is a restart; without one, the config's issuer names the port.
 */
export async function startLinkingServer(
  commerce: Commerce, options: { file?: string; seller?: string; config?: LinkingConfig } = {},
): Promise<{ server: Server; base: string; config: LinkingConfig }> {
  const app = express();
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = options.config ?? testLinkingConfig(`${base}/oauth`, options.seller);
  app.use(createAccountLinking(config, commerce, sqliteAdapter(options.file ?? ':memory:')).router);
  return { server, base, config };
}
