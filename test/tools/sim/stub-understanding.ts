// A fixed understanding for simulator tests that are about requests and sessions, not about language: each
// known sentence maps to an intent and slots, anything else is the fallback. It records what it was asked.
import type { LanguageUnderstanding, SlotFill, Understanding } from '../../../tools/sim/nlu/types.js';

export interface StubUnderstanding extends LanguageUnderstanding {
  /** Every text it was asked to understand, in order. */
  heard: string[];
}

export function stubUnderstanding(
  table: Record<string, { intent: string; slots?: Record<string, SlotFill> }>,
  options: { locale?: string; invocationName?: string } = {},
): StubUnderstanding {
  const heard: string[] = [];
  return {
    locale: options.locale ?? 'en-US',
    invocationName: options.invocationName ?? 'northwind market',
    heard,
    understand(text: string): Understanding {
      heard.push(text);
      const known = table[text.trim().toLowerCase()];
      return known ? { intent: known.intent, slots: known.slots ?? {}, confidence: 1 } : { intent: 'AMAZON.FallbackIntent', slots: {}, confidence: 0 };
    },
  };
}

/** The sentences most tests need, in English. */
export const ENGLISH = {
  'where is my order': { intent: 'OrderStatusIntent' },
  'tell me where my order is': { intent: 'OrderStatusIntent' },
  'reorder the coffee beans': { intent: 'ReorderIntent', slots: { item: { value: 'coffee beans', resolved: { id: 'COFFEE-BEANS', name: 'coffee beans' } } } },
  'what did i order last time': { intent: 'LastOrderIntent' },
  yes: { intent: 'AMAZON.YesIntent' },
  no: { intent: 'AMAZON.NoIntent' },
  help: { intent: 'AMAZON.HelpIntent' },
  stop: { intent: 'AMAZON.StopIntent' },
};
