// What the simulator's understanding hands to the request builders: the intent the platform would
// choose and its slots, or the fallback intent when nothing fits well enough.

export interface SlotFill {
  /** The words as heard (Alexa's slot.value; Dialogflow's "<name>.original"). */
  value: string;
  /** Entity resolution: the canonical value the words resolved to, when they did. */
  resolved?: { id: string; name: string };
  /** The value the platform's system entity reads (AMAZON.NUMBER "3", FOUR_DIGIT_NUMBER "4321"). */
  normalized?: string;
}

export interface Understanding {
  /** A contract intent name, or AMAZON.FallbackIntent. */
  intent: string;
  slots: Record<string, SlotFill>;
  /** 0..1: how well the best sample fitted. */
  confidence: number;
}

export interface LanguageUnderstanding {
  readonly locale: string;
  readonly invocationName: string;
  /** Never throws: anything that fits no intent well enough is AMAZON.FallbackIntent. */
  understand(text: string): Understanding;
}

/** The intent catalogue's fallback (not Dialogflow's display name for it). */
export { FALLBACK_INTENT } from '../../../lambda/core/intents/catalog.js';
