// `npm start`: the express server on the configured store (the embedded demo store by default).
import { ConfigError } from '../store/open.js';
import { SeedError } from '../store/seed.js';
import { createRuntime } from '../runtime.js';
import { tokenVerifier } from '../linking/tokens.js';
import { linkingConfigFromEnv } from './account-linking/config.js';
import { createAccountLinking } from './account-linking/provider.js';
import { sqliteAdapter } from './account-linking/sqlite-adapter.js';
import { createApp } from './app.js';
import { httpServer } from './http-server.js';

async function main(): Promise<void> {
  const verifyAlexa = process.env.ALEXA_VERIFY !== 'false';
  const alexaSkillId = process.env.ALEXA_SKILL_ID || undefined;
  if (!verifyAlexa) console.warn('WARNING: ALEXA_VERIFY=false: Alexa request signatures and timestamps are NOT checked. Local work only.');
  if (!alexaSkillId) console.warn('warning: ALEXA_SKILL_ID is unset: requests for any skill id are accepted.');
  const google = { user: process.env.GOOGLE_WEBHOOK_USER || undefined, password: process.env.GOOGLE_WEBHOOK_PASSWORD || undefined };
  if (!google.user) console.warn('warning: GOOGLE_WEBHOOK_USER is unset: /google accepts requests without basic auth.');
  const linkingConfig = linkingConfigFromEnv();
  if (!linkingConfig) console.warn('warning: account linking is off (no ALEXA_LINKING_CLIENT_ID or GOOGLE_LINKING_CLIENT_ID): /oauth is not served.');
  // The server verifies the tokens it issues with its own keys (throw-away ones included).
  const runtime = await createRuntime(process.env, linkingConfig ? { verifier: tokenVerifier({ issuer: linkingConfig.issuer, keys: linkingConfig.keys }) } : {});
  const linking = linkingConfig
    ? createAccountLinking(linkingConfig, runtime.commerce, sqliteAdapter(process.env.SKILL_LINKING_DB || 'data/linking.db'))
    : undefined;
  const app = createApp(runtime, { verifyAlexa, alexaSkillId, google, linking });
  const port = Number(process.env.PORT ?? 3000);
  // Order e-mails leave in the background: after each response (app.ts) and every 30 s for retries.
  runtime.mail?.start(30_000);
  const server = httpServer(app);
  if (process.env.HOST) server.listen(port, process.env.HOST);
  else server.listen(port);
  server.on('listening', () => console.log(`voice-commerce skill listening on port ${port}: POST /alexa, POST /google, GET /health${linking ? ', /oauth and /link (account linking)' : ''}`));
  server.on('error', (err) => {
    console.error(`cannot listen on port ${port}: ${err.message}`);
    process.exit(1);
  });
  const shutdown = () => server.close(() => void (runtime.mail?.stop() ?? Promise.resolve())
    .then(() => runtime.store.close()).then(() => process.exit(0)));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  const known = err instanceof SeedError || err instanceof ConfigError;
  console.error(known ? `error: ${(err as Error).message}` : err);
  process.exit(1);
});
