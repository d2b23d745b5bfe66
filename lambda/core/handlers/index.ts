// The one registry the router looks intents up in, by exact name: one handler for every name of the intent
// catalogue, checked by the compiler (a missing or unknown key does not type-check).
import type { IntentHandler } from '../handler.js';
import { isHandlerName, type HandlerName } from '../intents/catalog.js';
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

export const REGISTRY: Readonly<Record<HandlerName, IntentHandler>> = {
  LaunchRequest: launch,
  ReorderIntent: reorder,
  OrderStatusIntent: orderStatus,
  LastOrderIntent: lastOrder,
  CancelOrderIntent: cancelOrder,
  ChangeQuantityIntent: changeQuantity,
  RemoveItemIntent: removeItem,
  VoiceCodeIntent: voiceCode,
  HandoffIntent: handoff,
  ReturnIntent: returnItem,
  'AMAZON.YesIntent': yes,
  'AMAZON.NoIntent': no,
  'AMAZON.HelpIntent': help,
  'AMAZON.CancelIntent': cancel,
  'AMAZON.StopIntent': stop,
  'AMAZON.FallbackIntent': fallback,
  'AMAZON.RepeatIntent': repeat,
  'AMAZON.NavigateHomeIntent': navigateHome,
  SessionEndedRequest: sessionEnded,
};

/** The handler for a turn's name, or undefined when the name is not in the catalogue. */
export function handlerFor(name: string): IntentHandler | undefined {
  return isHandlerName(name) ? REGISTRY[name] : undefined;
}

export { fallback };
