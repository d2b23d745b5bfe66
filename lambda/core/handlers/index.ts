// The one registry the router looks intents up in, by exact name.
import type { IntentHandler } from '../handler.js';
import { cancel } from './cancel.js';
import { cancelOrder } from './cancel-order.js';
import { changeQuantity } from './change-quantity.js';
import { fallback } from './fallback.js';
import { handoff } from './handoff.js';
import { help } from './help.js';
import { lastOrder } from './last-order.js';
import { launch } from './launch.js';
import { navigateHome } from './navigate-home.js';
import { no } from './no.js';
import { orderStatus } from './order-status.js';
import { removeItem } from './remove-item.js';
import { reorder } from './reorder.js';
import { repeat } from './repeat.js';
import { returnItem } from './return.js';
import { sessionEnded } from './session-ended.js';
import { stop } from './stop.js';
import { voiceCode } from './voice-code.js';
import { yes } from './yes.js';

export const HANDLERS: readonly IntentHandler[] = [
  launch, reorder, changeQuantity, removeItem, yes, no, voiceCode, orderStatus, lastOrder, cancelOrder, handoff, returnItem,
  help, repeat, stop, cancel, navigateHome, fallback, sessionEnded,
];

export const REGISTRY: ReadonlyMap<string, IntentHandler> = new Map(HANDLERS.map((h) => [h.intent, h]));

export { fallback };
