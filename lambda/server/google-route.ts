// POST /google: the Dialogflow fulfillment webhook. actions-on-google is imported on the first request,
// so the Alexa path (and its first request) never loads it.
import { timingSafeEqual } from 'node:crypto';
import express, { type Request, type Response, type Router } from 'express';
import type { Conversation } from '../core/conversation.js';
import type { Fulfillment } from '../google/fulfillment.js';
import { MAX_BODY, MAX_JSON_DEPTH, nestsDeeperThan, reject, Rejection } from './rejection.js';

export interface GoogleRouteOptions {
  /** Basic-auth credentials Dialogflow must send; unset: no check (a warning is logged at start). */
  user?: string;
  password?: string;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function googleRoute(conversation: Conversation, options: GoogleRouteOptions): Router {
  const router = express.Router();
  let fulfillment: Promise<Fulfillment> | undefined;
  const load = () => (fulfillment ??= import('../google/fulfillment.js').then((m) => m.createGoogleFulfillment(conversation)));
  const expected = options.user !== undefined ? `Basic ${Buffer.from(`${options.user}:${options.password ?? ''}`).toString('base64')}` : undefined;

  router.post('/', (req: Request, res: Response, next) => {
    if (expected && !sameSecret(req.get('authorization') ?? '', expected)) {
      res.status(401).set('WWW-Authenticate', 'Basic realm="dialogflow"').json({ error: 'missing or wrong basic-auth credentials', code: 'unauthorized' });
      return;
    }
    next();
  }, express.json({ limit: MAX_BODY, type: () => true }), async (req: Request, res: Response) => {
    try {
      if (nestsDeeperThan(req.body, MAX_JSON_DEPTH)) {
        reject(res, new Rejection(400, 'body_too_deep', 'the body nests too deeply'));
        return;
      }
      const result = await (await load())(req.body, req.headers);
      res.status(result.status).json(result.body);
    } catch (err) {
      console.error(JSON.stringify({ level: 'error', where: 'google', error: (err as Error).message }));
      reject(res, new Rejection(500, 'internal', 'the fulfillment failed'));
    }
  });
  return router;
}
