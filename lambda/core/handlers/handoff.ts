// "Talk to a person": the open question is let go (a waiting cart is not placed, and the answer says so).
import { handOff } from '../flows/handoff.js';
import type { IntentHandler } from '../handler.js';
import { behaviourOf } from '../questions/index.js';

export const handoff: IntentHandler = {
  intent: 'HandoffIntent',
  async handle(ctx) {
    const open = ctx.turn.state.pending;
    return handOff(ctx, { dropped: open ? await behaviourOf(open).abandon?.(ctx, open) : undefined });
  },
};
