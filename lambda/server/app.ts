// The express app: POST /alexa through ask-sdk-express-adapter, POST /google (Dialogflow), GET /health. Body parsers stay on their
// routes, because the Alexa adapter must read the raw body to check its signature.
import express, { type Express } from 'express';
import { ExpressAdapter } from 'ask-sdk-express-adapter';
import { buildAlexaSkill } from '../alexa/skill.js';
import type { Runtime } from '../runtime.js';
import type { AccountLinking } from './account-linking/provider.js';
import { EnvelopeShapeVerifier } from './envelope-verifier.js';
import { googleRoute, type GoogleRouteOptions } from './google-route.js';

export interface AppOptions {
  /** Signature and timestamp checks on /alexa; off only for local work. */
  verifyAlexa: boolean;
  alexaSkillId?: string;
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
      if (req.method === 'POST') res.on('finish', () => mail.kick());
      next();
    });
  }

  const skill = buildAlexaSkill(runtime.conversation, options.alexaSkillId);
  const adapter = new ExpressAdapter(skill, options.verifyAlexa, options.verifyAlexa, [new EnvelopeShapeVerifier(options.alexaSkillId)]);
  app.post('/alexa', ...adapter.getRequestHandlers());

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
    res.status(404).json({ error: 'not found' });
  });
  // Body-parser failures are the caller's fault: say so in JSON rather than express's HTML page.
  app.use((err: { type?: string; status?: number; message?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (err.type === 'entity.parse.failed') res.status(400).json({ error: 'the body is not valid JSON' });
    else if (err.type === 'entity.too.large') res.status(413).json({ error: 'the body is too large' });
    else if (err.status && err.status >= 400 && err.status < 500) res.status(err.status).json({ error: err.message ?? 'bad request' });
    else next(err);
  });
  return app;
}
