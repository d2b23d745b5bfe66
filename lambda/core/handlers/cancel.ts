import { goodbye } from '../flows/goodbye.js';
import type { IntentHandler } from '../handler.js';

export const cancel: IntentHandler = {
  intent: 'AMAZON.CancelIntent',
  needsAccount: false,
  handle: goodbye,
};
