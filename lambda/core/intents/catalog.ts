/**
 * The intent catalogue: every intent and request the skill answers, in one place. The handlers' registry, the
 * router, the model and agent compilers (tools/models), the simulator and the tests derive from it; the public
 * contract is ../shared/contracts/intents.md (a test checks this file against it).
 *
 * Adding an intent starts here: see "Adding an intent" in the README.
 */

/** The slot types an intent may use: the model's custom type, or an Alexa built-in the agent compiler can map. */
export type SlotType = 'PRODUCT' | 'AMAZON.NUMBER' | 'AMAZON.FOUR_DIGIT_NUMBER';

export interface SlotSpec {
  readonly name: string;
  readonly type: SlotType;
  /** The shopper may leave it out; the handler then asks, or does without. */
  readonly optional: boolean;
}

/** The platforms an intent can be served on. */
export type IntentPlatform = 'alexa' | 'google';

export interface IntentSpec {
  /** Slots in the order the interaction models declare them. */
  readonly slots: readonly SlotSpec[];
  /** It reads the shopper's data, so an unlinked shopper is asked to link instead. */
  readonly needsAccount: boolean;
  /** Where it exists: Alexa has AMAZON.* built-ins, Dialogflow an intent of the same name (or `dialogflowName`). */
  readonly platforms: readonly IntentPlatform[];
  /** Dialogflow's own intent for it, when the agent has one (the welcome and fallback intents). */
  readonly dialogflowName?: string;
  /** Its reply can end on a yes/no question: the agent gives it "- yes" / "- no" follow-ups to rank the answer. */
  readonly asksYesNo?: boolean;
}

const BOTH: readonly IntentPlatform[] = ['alexa', 'google'];
const itemSlot = (optional = true): SlotSpec => ({ name: 'item', type: 'PRODUCT', optional });
const quantitySlot = (optional = true): SlotSpec => ({ name: 'quantity', type: 'AMAZON.NUMBER', optional });

/** The intents the language models have, in the order the models list them. */
export const INTENTS = {
  ReorderIntent: {
    // otherItem: a second product in one breath ("the oat milk and the coffee"), otherQuantity: its own quantity ("three
    // coffee beans and two oat milk"); not in the contract, optional.
    slots: [
      itemSlot(), quantitySlot(), { name: 'otherItem', type: 'PRODUCT', optional: true },
      { name: 'otherQuantity', type: 'AMAZON.NUMBER', optional: true },
    ],
    needsAccount: true, platforms: BOTH, asksYesNo: true,
  },
  OrderStatusIntent: { slots: [itemSlot()], needsAccount: true, platforms: BOTH },
  LastOrderIntent: { slots: [], needsAccount: true, platforms: BOTH, asksYesNo: true },
  // item: "cancel the coffee order"; not in the contract, optional.
  CancelOrderIntent: { slots: [itemSlot()], needsAccount: true, platforms: BOTH, asksYesNo: true },
  // The contract marks quantity required; the model cannot enforce it, so the handler asks when it is missing.
  ChangeQuantityIntent: { slots: [quantitySlot(false), itemSlot()], needsAccount: true, platforms: BOTH, asksYesNo: true },
  RemoveItemIntent: { slots: [itemSlot(false)], needsAccount: true, platforms: BOTH, asksYesNo: true },
  VoiceCodeIntent: { slots: [{ name: 'code', type: 'AMAZON.FOUR_DIGIT_NUMBER', optional: false }], needsAccount: true, platforms: BOTH },
  HandoffIntent: { slots: [], needsAccount: true, platforms: BOTH },
  ReturnIntent: { slots: [itemSlot()], needsAccount: true, platforms: BOTH },
  // "How much is that?" while an order waits for its yes: the total, then the question again.
  PriceIntent: { slots: [], needsAccount: true, platforms: BOTH },
  // A hedged or unsure answer ("um okay I guess", "maybe", "ich glaube schon", "たぶん", "应该吧"): never consent. Alexa
  // passes no words with AMAZON.YesIntent, so the hedge must be its own intent for the core to see it.
  UnsureIntent: { slots: [], needsAccount: false, platforms: BOTH },
  'AMAZON.YesIntent': { slots: [], needsAccount: true, platforms: BOTH },
  'AMAZON.NoIntent': { slots: [], needsAccount: true, platforms: BOTH },
  'AMAZON.HelpIntent': { slots: [], needsAccount: false, platforms: BOTH },
  'AMAZON.CancelIntent': { slots: [], needsAccount: false, platforms: BOTH },
  'AMAZON.StopIntent': { slots: [], needsAccount: false, platforms: BOTH },
  'AMAZON.FallbackIntent': {
    slots: [], needsAccount: false, platforms: BOTH, dialogflowName: 'Default Fallback Intent', asksYesNo: true,
  },
  'AMAZON.RepeatIntent': { slots: [], needsAccount: false, platforms: BOTH },
  'AMAZON.NavigateHomeIntent': { slots: [], needsAccount: false, platforms: BOTH },
} as const satisfies Record<string, IntentSpec>;

/** Turns that are requests rather than intents: no model samples, but a handler each. */
export const REQUESTS = {
  // Dialogflow has no launch request: its welcome intent (events WELCOME, GOOGLE_ASSISTANT_WELCOME) stands for it.
  LaunchRequest: { slots: [], needsAccount: true, platforms: BOTH, dialogflowName: 'Default Welcome Intent' },
  // Alexa only: Dialogflow does not say when a conversation ends.
  SessionEndedRequest: { slots: [], needsAccount: false, platforms: ['alexa'] },
} as const satisfies Record<string, IntentSpec>;

/** An intent of the language models. */
export type IntentName = keyof typeof INTENTS;
/** A request that is not an intent (launch, session end). */
export type RequestName = keyof typeof REQUESTS;
/** What a handler answers: every intent and request, exactly one handler each. */
export type HandlerName = IntentName | RequestName;

/** Every catalogued intent and request, with its description. */
export const CATALOG: Readonly<Record<HandlerName, IntentSpec>> = { ...INTENTS, ...REQUESTS };

/** The intent names, in model order. */
export const INTENT_NAMES = Object.keys(INTENTS) as IntentName[];
/** Every name a handler answers: the intents, then the requests. */
export const HANDLER_NAMES = Object.keys(CATALOG) as HandlerName[];

/** What the understanding answers when nothing fits, and what the router falls back to for an unknown name. */
export const FALLBACK_INTENT = 'AMAZON.FallbackIntent' satisfies IntentName;

export function isIntentName(candidate: string): candidate is IntentName {
  return Object.hasOwn(INTENTS, candidate);
}

export function isHandlerName(candidate: string): candidate is HandlerName {
  return Object.hasOwn(CATALOG, candidate);
}

/** The intents a platform's language model must have (the requests come from the platform itself). */
export function intentsOn(platform: IntentPlatform): IntentName[] {
  return INTENT_NAMES.filter((name) => (INTENTS[name].platforms as readonly IntentPlatform[]).includes(platform));
}
