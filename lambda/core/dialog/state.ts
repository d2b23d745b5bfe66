// The dialog state a platform carries between turns, and the schema it must pass before the core trusts it.
// The open question (`pending`) is one object: what was asked and with what data, and how often it was
// misunderstood. Its prompt and reprompt are rendered from that data by the question's own file
// (core/questions/<kind>.ts), so "repeat" and the reprompt always say the question that is open.
import { z } from 'zod';
import { SKILL_SSML_TAGS, ssmlProblem } from '../ssml-check.js';

const id = z.string().min(1).max(200);
const name = z.string().max(200);
const tries = z.number().int().min(0).max(100).optional();
const quantity = z.number().int().min(1).max(1000);

export const openQuestionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('confirmOrder'), cartId: id, tries }),
  z.object({ kind: z.literal('voiceCode'), cartId: id, tries }),
  z.object({
    kind: z.literal('chooseItem'), skus: z.array(id).min(1).max(50), quantity: quantity.optional(), cartId: id.optional(),
    /** The product names offered, in the order they were said, so a re-ask can say them again. */
    options: z.array(name).max(50).optional(), tries,
  }),
  z.object({ kind: z.literal('askQuantity'), sku: id, cartId: id.optional(), tries }),
  z.object({
    kind: z.literal('changeWhich'), cartId: id, action: z.enum(['remove', 'quantity']),
    quantity: quantity.optional(), options: z.array(name).max(50).optional(), tries,
  }),
  z.object({ kind: z.literal('confirmCancel'), orderId: id, tries }),
  z.object({ kind: z.literal('offerReorder'), tries }),
  z.object({ kind: z.literal('offerHandoff'), tries }),
]);

/** Speech carried for "repeat" must be SSML the skill could have written itself: no other element, nothing malformed. */
const carriedSpeech = z.string().max(20_000).refine((s) => ssmlProblem(s, SKILL_SSML_TAGS) === undefined);

export const dialogStateSchema = z.object({
  pending: openQuestionSchema.optional(),
  misunderstandings: z.number().int().min(0).max(100).optional(),
  last: z.object({ speech: carriedSpeech, reprompt: carriedSpeech.optional() }).optional(),
  placedOrderId: id.optional(),
});

/** The open question: one at a time, and it travels in the dialog state. */
export type OpenQuestion = z.infer<typeof openQuestionSchema>;
export type QuestionKind = OpenQuestion['kind'];
export type DialogState = z.infer<typeof dialogStateSchema>;

/**
 * The carried state as the core may use it: a malformed open question is dropped (never trusted), and so is
 * anything else that does not fit; what does fit is kept (a forged "last" loses "repeat", not the cart). Both
 * adapters read the carried state through this, and the router again, so no path skips it.
 */
export function trustedState(raw: unknown): DialogState {
  // A new session carries nothing: no schema error to build for it.
  if (raw === undefined || raw === null) return remember({});
  // What this function returned already passed: the router need not check again what an adapter just checked.
  if (typeof raw === 'object' && checked.has(raw)) return raw as DialogState;
  return remember(check(raw));
}

/** States trustedState returned (fresh objects zod built, or parts of them): checked once, not on every pass. */
const checked = new WeakSet<object>();

function remember(state: DialogState): DialogState {
  checked.add(state);
  return state;
}

function check(raw: unknown): DialogState {
  const whole = dialogStateSchema.safeParse(raw);
  if (whole.success) return whole.data;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const kept: DialogState = {};
  const source = raw as Record<string, unknown>;
  for (const [key, schema] of Object.entries(dialogStateSchema.shape)) {
    if (!Object.hasOwn(source, key)) continue;
    const part = (schema as z.ZodType).safeParse(source[key]);
    if (part.success && part.data !== undefined) (kept as Record<string, unknown>)[key] = part.data;
  }
  return kept;
}
