// The express app: POST /alexa (the ask-sdk skill behind our own checks), POST /google (Dialogflow), GET /health.
// Body parsers stay on their routes, because /alexa must read the raw body to check its signature.
import express, { type Express } from 'express';
import { buildAlexaSkill } from '../alexa/skill.js';
import type { Runtime } from '../runtime.js';
import type { AlexaSignatureVerifier } from './alexa-signature.js';
import { alexaRoute } from './alexa-route.js';
import type { AccountLinking } from './account-linking/provider.js';
import { googleRoute, type GoogleRouteOptions } from './google-route.js';
import { errorHandler } from './rejection.js';

export interface AppOptions {
  /** Signature and timestamp checks on /alexa; off only for local work. */
  verifyAlexa: boolean;
  alexaSkillId?: string;
  /** The signature checker for /alexa (tests pass one that trusts a locally made root). */
  alexaVerifier?: AlexaSignatureVerifier;
  /** Basic-auth credentials for /google. */
  google?: GoogleRouteOptions;
  /** The account-linking server (/oauth, /link), when linking is configured. */
  linking?: AccountLinking;
}

export function createApp(runtime: Runtime, options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  // A turn may have queued an order e-mail: send it once the answer is out, never before.
  if (runtime.mail) {
    const mail = runtime.mail;
    app.use((req, res, next) => {
      if (req.method === 'POST') res.on('finish', () => mail.kickIfQueued());
      next();
    });
  }

  const skill = buildAlexaSkill(runtime.conversation, options.alexaSkillId);
  app.use('/alexa', alexaRoute(skill, { verify: options.verifyAlexa, skillId: options.alexaSkillId, verifier: options.alexaVerifier }));

  app.use('/google', googleRoute(runtime.conversation, options.google ?? {}));
  if (options.linking) app.use(options.linking.router);

  app.get('/health', async (_req, res) => {
    try {
      // One cheap read of each: the store (its seller row) and the shop (for Vendure, configuration only).
      await Promise.all([runtime.store.seller(), runtime.commerce.seller()]);
      res.json({ status: 'ok' });
    } catch (err) {
      // The cause goes to the log, not to whoever asks.
      console.error(JSON.stringify({ level: 'error', where: 'health', error: (err as Error).message }));
      res.status(503).json({ status: 'unavailable' });
    }
  });

  app.use((_req, res) => {
    res.status(404).json({ error: 'not found', code: 'not_found' });
  });
  // Body-parser failures are the caller's fault: say so in JSON with a code rather than express's HTML page.
  app.use(errorHandler);
  return app;
}
