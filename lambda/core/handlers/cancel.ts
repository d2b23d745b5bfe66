import { goodbye } from '../flows/goodbye.js';
import type { IntentHandler } from '../handler.js';

export const cancel: IntentHandler = {
  intent: 'AMAZON.CancelIntent',
  handle: goodbye,
};
