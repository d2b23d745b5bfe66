// Dialogflow ES webhook request -> the core's Turn. Only translation here, no decisions.
import { trustedState } from '../core/dialog/state.js';
import type { DialogState, SlotValue, Turn } from '../core/types.js';
import { catalogueNameOf, LANGUAGE_LOCALES } from './dialogflow-names.js';
import type { DialogflowContext, WebhookRequest } from './webhook-types.js';

/** The output context that carries the dialog state between turns. */
export const STATE_CONTEXT = 'skill_dialog';

export function contextId(context: DialogflowContext): string {
  return context.name.split('/contexts/').pop()?.toLowerCase() ?? '';
}

/** Locale from queryResult.languageCode: other channels do not send the Assistant's payload.user.locale. */
export function localeOf(request: WebhookRequest): string {
  const code = request.queryResult.languageCode.toLowerCase().replace('_', '-');
  const assistant = request.originalDetectIntentRequest?.payload?.user?.locale;
  // The Assistant's own locale only refines the region of the same language (en-GB rather than en-US).
  if (typeof assistant === 'string' && assistant.toLowerCase().startsWith(code.split('-')[0])) return assistant;
  const known = LANGUAGE_LOCALES.get(code);
  if (known) return known;
  const [lang, region] = code.split('-');
  return region ? `${lang}-${region.toUpperCase()}` : LANGUAGE_LOCALES.get(lang) ?? code;
}

/** How deep a parameter's value is read: Dialogflow nests a list of amounts at most; deeper is not speech. */
const MAX_VALUE_DEPTH = 4;

function text(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return value.trim() || undefined;
  if (depth >= MAX_VALUE_DEPTH) return undefined;
  if (Array.isArray(value)) {
    const parts = value.map((v) => text(v, depth + 1)).filter((v): v is string => Boolean(v));
    return parts.length ? parts.join(', ') : undefined;
  }
  if (value && typeof value === 'object' && Object.hasOwn(value, 'amount')) return text((value as { amount: unknown }).amount, depth + 1);
  return undefined;
}

const own = (object: Record<string, unknown> | undefined, key: string): unknown => (object && Object.hasOwn(object, key) ? object[key] : undefined);

/** Parameters, with the words actually said (the context's "<name>.original") as the spoken value. */
/** The same parameter value (JSON.stringify of a deeply nested value would overflow the stack). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

function slotsOf(request: WebhookRequest): Record<string, SlotValue | undefined> {
  const params = request.queryResult.parameters ?? {};
  const originals = new Map<string, unknown>();
  for (const context of request.queryResult.outputContexts ?? []) {
    for (const [key, value] of Object.entries(context.parameters ?? {})) {
      if (!key.endsWith('.original') || originals.get(key) !== undefined) continue;
      // A context an earlier turn left alive (a follow-up context) keeps that turn's words: only one holding
      // this turn's value says what was said now.
      const name = key.slice(0, -'.original'.length);
      if (sameValue(own(context.parameters, name), own(params, name))) originals.set(key, value);
    }
  }
  // No prototype: a parameter called "constructor" or "__proto__" is just a name the core does not know.
  const slots: Record<string, SlotValue | undefined> = Object.create(null) as Record<string, SlotValue | undefined>;
  for (const [name, value] of Object.entries(params)) {
    if (name.endsWith('.original')) continue;
    const resolved = text(value);
    if (!resolved) continue;
    // Numbers and codes: the platform's reading ("4321", 3) is what counts, not the words ("four three two one").
    const numeric = typeof value === 'number' || /^\d+$/.test(resolved);
    const spoken = numeric ? resolved : text(originals.get(`${name}.original`)) ?? resolved;
    slots[name] = spoken === resolved ? { spoken } : { spoken, resolved: [resolved] };
  }
  return slots;
}

function stateOf(request: WebhookRequest): DialogState {
  const context = request.queryResult.outputContexts?.find((c) => contextId(c) === STATE_CONTEXT);
  const raw = own(context?.parameters, 'state');
  if (typeof raw !== 'string' || raw.length > 20_000) return {};
  try {
    return trustedState(JSON.parse(raw));
  } catch {
    return {};
  }
}

export function intentName(displayName: string): string {
  const own = catalogueNameOf(displayName);
  if (own !== displayName) return own;
  // Follow-up intents ("ReorderIntent - yes") answer the question their parent asked.
  const followUp = / - (yes|no)$/i.exec(displayName);
  if (followUp) return followUp[1].toLowerCase() === 'yes' ? 'AMAZON.YesIntent' : 'AMAZON.NoIntent';
  return displayName;
}

export function toTurn(request: WebhookRequest): Turn {
  const payload = request.originalDetectIntentRequest?.payload ?? {};
  const intent = intentName(request.queryResult.intent.displayName);
  const stamp = payload.timestamp ? new Date(payload.timestamp) : new Date();
  const capabilities = payload.surface?.capabilities;
  const state = stateOf(request);
  return {
    requestId: request.responseId ?? '',
    platform: 'google',
    sessionId: request.session,
    newSession: Object.keys(state).length === 0,
    now: Number.isNaN(stamp.getTime()) ? new Date() : stamp,
    locale: localeOf(request),
    kind: intent === 'LaunchRequest' ? 'launch' : 'intent',
    intent,
    slots: slotsOf(request),
    user: { accessToken: payload.user?.accessToken || undefined, userId: payload.user?.userId || undefined },
    capabilities: {
      // The Assistant says what its surface has; a phone call shows nothing; other channels (web demo, messaging) show text.
      screen: Array.isArray(capabilities) ? capabilities.some((c) => c?.name === 'actions.capability.SCREEN_OUTPUT') : !payload.telephony,
      accountLinkingCard: false,
      // The Assistant's accounts are linked in the Google Home app; other Dialogflow channels have no app to name.
      ...(request.originalDetectIntentRequest?.source === 'google' ? { linkingApp: 'googleHome' as const } : {}),
    },
    state,
    // The words as heard: the core tells a plain yes from a yes with a number or a product in it.
    ...(request.queryResult.queryText ? { utterance: request.queryResult.queryText } : {}),
  };
}
