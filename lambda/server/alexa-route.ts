// POST /alexa: the raw body is read once, checked (JSON, depth, envelope schema, skill id, then Amazon's
// signature and timestamp), and only then handed to the ask-sdk skill. Every refusal is JSON with a code.
import express, { type Request, type Response, type Router } from 'express';
import type { Skill } from 'ask-sdk-core';
import { envelopeProblem, type ParsedEnvelope } from '../alexa/request.js';
import { AlexaSignatureVerifier, signatureHeaders } from './alexa-signature.js';
import { MAX_BODY, MAX_JSON_DEPTH, nestsDeeperThan, reject, Rejection } from './rejection.js';

export interface AlexaRouteOptions {
  /** Signature and timestamp checks; off only for local work. */
  verify: boolean;
  skillId?: string;
  /** The signature checker (tests pass one that trusts a locally made root). */
  verifier?: AlexaSignatureVerifier;
}

function parse(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new Rejection(400, 'bad_json', 'the body is not valid JSON');
  }
}

export function alexaRoute(skill: Skill, options: AlexaRouteOptions): Router {
  const router = express.Router();
  const verifier = options.verify ? options.verifier ?? new AlexaSignatureVerifier() : undefined;
  // Any content type: the body is read as bytes, because the signature covers the bytes as sent.
  router.post('/', express.raw({ type: () => true, limit: MAX_BODY }), async (req: Request, res: Response) => {
    try {
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      // Missing signature headers are refused before the body is even read.
      if (verifier) signatureHeaders(req.headers);
      const body = parse(raw);
      if (nestsDeeperThan(body, MAX_JSON_DEPTH)) throw new Rejection(400, 'body_too_deep', 'the body nests too deeply');
      if (body && typeof body === 'object' && !Array.isArray(body) && 'queryResult' in body && !('request' in body)) {
        throw new Rejection(400, 'wrong_platform', 'the body is a Dialogflow webhook request, not an Alexa request envelope');
      }
      const problem = envelopeProblem(body);
      if (problem) throw new Rejection(400, 'invalid_request', problem);
      const envelope = body as ParsedEnvelope;
      if (options.skillId) {
        const id = envelope.context?.System?.application?.applicationId ?? envelope.session?.application?.applicationId;
        if (id !== options.skillId) throw new Rejection(400, 'wrong_skill', 'the request is for another skill');
      }
      if (verifier) await verifier.verify(raw, envelope.request.timestamp, req.headers);
      res.json(await skill.invoke(body as never));
    } catch (err) {
      if (err instanceof Rejection) {
        reject(res, err);
        return;
      }
      console.error(JSON.stringify({ level: 'error', where: 'alexa', error: (err as Error).message }));
      reject(res, new Rejection(500, 'internal', 'the skill failed'));
    }
  });
  return router;
}
