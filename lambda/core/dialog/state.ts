// The dialog state a platform carries between turns, and the schema it must pass before the core trusts it.
// The open question (`pending`) is one object: what was asked and with what data, and how often it was
// misunderstood. Its prompt and reprompt are rendered from that data by the question's own file
// (core/questions/<kind>.ts), so "repeat" and the reprompt always say the question that is open.
import * as z from '../zod-mini.js';
import { SKILL_SSML_TAGS, ssmlProblem } from '../ssml-check.js';

const id = z.string().check(z.minLength(1), z.maxLength(200));
const name = z.string().check(z.maxLength(200));
const count = z.number().check(z.int(), z.gte(0), z.lte(100));
const tries = z.optional(count);
const quantity = z.number().check(z.int(), z.gte(1), z.lte(1000));
const names = z.array(name).check(z.maxLength(50));

export const openQuestionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('confirmOrder'), cartId: id, tries }),
  z.object({ kind: z.literal('voiceCode'), cartId: id, tries }),
  z.object({
    kind: z.literal('chooseItem'), skus: z.array(id).check(z.minLength(1), z.maxLength(50)), quantity: z.optional(quantity),
    cartId: z.optional(id),
    /** The product names offered, in the order they were said, so a re-ask can say them again. */
    options: z.optional(names), tries,
  }),
  z.object({
    kind: z.literal('askQuantity'), sku: id, cartId: z.optional(id),
    /** The product's words for "how many?" (core/flows/how-many.ts), plain text: its name, with its article, its
     * unit's or its own plural, and the gender the question agrees with. */
    said: z.optional(z.object({
      name, item: name, unit: z.optional(name), plural: z.optional(name), gender: z.optional(z.enum(['m', 'f', 'n'])),
    })),
    tries,
  }),
  z.object({
    kind: z.literal('changeWhich'), cartId: id, action: z.enum(['remove', 'quantity']),
    quantity: z.optional(quantity), options: z.optional(names), skus: z.optional(z.array(id).check(z.maxLength(50))), tries,
  }),
  z.object({ kind: z.literal('confirmCancel'), orderId: id, tries }),
  z.object({ kind: z.literal('offerReorder'), tries }),
  z.object({ kind: z.literal('offerHandoff'), tries }),
]);

/** Speech carried for "repeat" must be SSML the skill could have written itself: no other element, nothing malformed. */
const carriedSpeech = z.string().check(z.maxLength(20_000), z.refine((s) => ssmlProblem(s, SKILL_SSML_TAGS) === undefined));

export const dialogStateSchema = z.object({
  pending: z.optional(openQuestionSchema),
  misunderstandings: z.optional(count),
  last: z.optional(z.object({ speech: carriedSpeech, reprompt: z.optional(carriedSpeech) })),
  placedOrderId: z.optional(id),
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
    const part = (schema as z.ZodMiniType).safeParse(source[key]);
    if (part.success && part.data !== undefined) (kept as Record<string, unknown>)[key] = part.data;
  }
  return kept;
}
