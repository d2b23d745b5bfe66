import { goodbye } from '../flows/goodbye.js';
import type { IntentHandler } from '../handler.js';

export const navigateHome: IntentHandler = {
  intent: 'AMAZON.NavigateHomeIntent',
  handle: goodbye,
};
