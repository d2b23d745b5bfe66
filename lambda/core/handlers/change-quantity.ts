// "Make it three", "only two of the coffee": changes one line of the waiting cart and reads the cart back.
import { editLine } from '../flows/cart-edit.js';
import type { IntentHandler } from '../handler.js';

export const changeQuantity: IntentHandler = {
  intent: 'ChangeQuantityIntent',
  handle: (ctx) => editLine(ctx, 'quantity'),
};
