// Dialogflow ES webhook request -> the core's Turn. Only translation here, no decisions.
import type { DialogState, SlotValue, Turn } from '../core/types.js';
import type { DialogflowContext, WebhookRequest } from './webhook-types.js';

/** The output context that carries the dialog state between turns. */
export const STATE_CONTEXT = 'skill_dialog';

/** Dialogflow's own names for the turns Alexa calls LaunchRequest and AMAZON.FallbackIntent. */
const INTENT_ALIASES: Record<string, string> = {
  'Default Welcome Intent': 'LaunchRequest',
  'Default Fallback Intent': 'AMAZON.FallbackIntent',
};

/** Dialogflow language codes ("en", "de", "zh-cn") -> the skill's locales. */
const LANGUAGE_LOCALES: Record<string, string> = {
  en: 'en-US', de: 'de-DE', it: 'it-IT', ja: 'ja-JP', zh: 'zh-CN', 'zh-cn': 'zh-CN', 'zh-hans': 'zh-CN',
};

export function contextId(context: DialogflowContext): string {
  return context.name.split('/contexts/').pop()?.toLowerCase() ?? '';
}

/** Locale from queryResult.languageCode: other channels do not send the Assistant's payload.user.locale. */
export function localeOf(request: WebhookRequest): string {
  const code = request.queryResult.languageCode.toLowerCase().replace('_', '-');
  const assistant = request.originalDetectIntentRequest?.payload?.user?.locale;
  // The Assistant's own locale only refines the region of the same language (en-GB rather than en-US).
  if (typeof assistant === 'string' && assistant.toLowerCase().startsWith(code.split('-')[0])) return assistant;
  if (LANGUAGE_LOCALES[code]) return LANGUAGE_LOCALES[code];
  const [lang, region] = code.split('-');
  return region ? `${lang}-${region.toUpperCase()}` : LANGUAGE_LOCALES[lang] ?? code;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const parts = value.map(text).filter((v): v is string => Boolean(v));
    return parts.length ? parts.join(', ') : undefined;
  }
  if (value && typeof value === 'object' && 'amount' in value) return text((value as { amount: unknown }).amount);
  return undefined;
}

/** Parameters, with the words actually said (the context's "<name>.original") as the spoken value. */
function slotsOf(request: WebhookRequest): Record<string, SlotValue | undefined> {
  const params = request.queryResult.parameters ?? {};
  const originals: Record<string, unknown> = {};
  for (const context of request.queryResult.outputContexts ?? []) {
    for (const [key, value] of Object.entries(context.parameters ?? {})) {
      if (!key.endsWith('.original') || originals[key] !== undefined) continue;
      // A context an earlier turn left alive (a follow-up context) keeps that turn's words: only one holding
      // this turn's value says what was said now.
      const name = key.slice(0, -'.original'.length);
      if (JSON.stringify(context.parameters?.[name]) === JSON.stringify(params[name])) originals[key] = value;
    }
  }
  const slots: Record<string, SlotValue | undefined> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name.endsWith('.original')) continue;
    const resolved = text(value);
    if (!resolved) continue;
    // Numbers and codes: the platform's reading ("4321", 3) is what counts, not the words ("four three two one").
    const numeric = typeof value === 'number' || /^\d+$/.test(resolved);
    const spoken = numeric ? resolved : text(originals[`${name}.original`]) ?? resolved;
    slots[name] = spoken === resolved ? { spoken } : { spoken, resolved: [resolved] };
  }
  return slots;
}

function stateOf(request: WebhookRequest): DialogState {
  const context = request.queryResult.outputContexts?.find((c) => contextId(c) === STATE_CONTEXT);
  const raw = context?.parameters?.state;
  if (typeof raw !== 'string') return {};
  try {
    const state = JSON.parse(raw) as unknown;
    return state && typeof state === 'object' && !Array.isArray(state) ? (state as DialogState) : {};
  } catch {
    return {};
  }
}

export function intentName(displayName: string): string {
  if (INTENT_ALIASES[displayName]) return INTENT_ALIASES[displayName];
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
    },
    state,
    // The words as heard: the core tells a plain yes from a yes with a number or a product in it.
    ...(request.queryResult.queryText ? { utterance: request.queryResult.queryText } : {}),
  };
}
