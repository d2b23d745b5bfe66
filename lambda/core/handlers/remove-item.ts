// "Remove the oat milk": drops a line; an emptied cart is discarded, so nothing can be placed by mistake.
import { editLine } from '../flows/cart-edit.js';
import type { IntentHandler } from '../handler.js';

export const removeItem: IntentHandler = {
  intent: 'RemoveItemIntent',
  handle: (ctx) => editLine(ctx, 'remove'),
};
