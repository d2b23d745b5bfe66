// The dialog state a platform carries between turns (Alexa session attributes, a Dialogflow output context) comes
// back from outside: it is read through one schema, and anything that does not fit is dropped, never trusted.
import { z } from 'zod';
import { SKILL_SSML_TAGS, ssmlProblem } from './ssml-check.js';
import type { DialogState } from './types.js';

const id = z.string().min(1).max(100);
const sku = z.string().min(1).max(100);
const quantity = z.number().int().min(1).max(1000);

const pendingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('confirmOrder'), cartId: id }),
  z.object({ kind: z.literal('voiceCode'), cartId: id }),
  z.object({ kind: z.literal('chooseItem'), skus: z.array(sku).min(1).max(20), quantity: quantity.optional(), cartId: id.optional() }),
  z.object({ kind: z.literal('askQuantity'), sku, cartId: id.optional() }),
  z.object({ kind: z.literal('confirmCancel'), orderId: id }),
  z.object({ kind: z.literal('offerReorder') }),
  z.object({ kind: z.literal('offerHandoff') }),
]);

/** Speech carried for "repeat" must be SSML the skill could have written itself: no other element, nothing malformed. */
const carriedSpeech = z.string().max(8000).refine((s) => ssmlProblem(s, SKILL_SSML_TAGS) === undefined);

export const dialogStateSchema = z.object({
  pending: pendingSchema.optional(),
  misunderstandings: z.number().int().min(0).max(100).optional(),
  last: z.object({ speech: carriedSpeech, reprompt: carriedSpeech.optional() }).optional(),
  placedOrderId: id.optional(),
});

/** Each part of the state is kept only when it is valid on its own: a forged "last" loses "repeat", not the cart. */
export function parseDialogState(raw: unknown): DialogState {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const source = raw as Record<string, unknown>;
  const state: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(dialogStateSchema.shape)) {
    if (!Object.hasOwn(source, key) || source[key] === undefined) continue;
    const parsed = schema.safeParse(source[key]);
    if (parsed.success && parsed.data !== undefined) state[key] = parsed.data;
  }
  return state as DialogState;
}
