// "Talk to a person".
import { handOff } from '../flows/handoff.js';
import type { IntentHandler } from '../handler.js';

export const handoff: IntentHandler = {
  intent: 'HandoffIntent',
  needsAccount: true,
  handle: handOff,
};
