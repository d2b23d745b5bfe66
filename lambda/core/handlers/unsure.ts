// A hedged or unsure answer ("um okay I guess", "maybe", "ich glaube schon", "たぶん", "应该吧") with no question open
// (every open question reads it first: a purchase or cancel question asks for a clear yes or no, any other asks
// itself again). With nothing asked, it answers nothing the skill said: the fallback's answer.
import type { IntentHandler } from '../handler.js';
import { fallback } from './fallback.js';

export const unsure: IntentHandler = {
  intent: 'UnsureIntent',
  handle: (ctx) => fallback.handle(ctx),
};
