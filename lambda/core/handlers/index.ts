// The one registry the router looks intents up in, by exact name. The registry itself (registry.ts) is written by
// `npm run models` from the intent catalogue and the handler files, one file per catalogued name.
import type { IntentHandler } from '../handler.js';
import { isHandlerName } from '../intents/catalog.js';
import { fallback } from './fallback.js';
import { REGISTRY } from './registry.js';

export { REGISTRY };

/** The handler for a turn's name, or undefined when the name is not in the catalogue. */
export function handlerFor(name: string): IntentHandler | undefined {
  return isHandlerName(name) ? REGISTRY[name] : undefined;
}

export { fallback };
