import { goodbye } from '../flows/goodbye.js';
import type { IntentHandler } from '../handler.js';

export const stop: IntentHandler = {
  intent: 'AMAZON.StopIntent',
  handle: goodbye,
};
