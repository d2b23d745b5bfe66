// Alexa request envelope -> the core's Turn. Only translation here, no decisions.
import { getAccountLinkingAccessToken, getRequestType, getSupportedInterfaces, getUserId } from 'ask-sdk-core';
import type { IntentRequest, RequestEnvelope, Slot } from 'ask-sdk-model';
import type { DialogState, SlotValue, Turn, TurnKind } from '../core/types.js';

export const STATE_ATTRIBUTE = 'dialog';

function slotValue(slot: Slot): SlotValue | undefined {
  if (!slot.value) return undefined;
  const resolved = (slot.resolutions?.resolutionsPerAuthority ?? [])
    .filter((r) => r.status.code === 'ER_SUCCESS_MATCH')
    .flatMap((r) => (r.values ?? []).map((v) => v.value.name));
  return { spoken: slot.value, ...(resolved.length ? { resolved } : {}) };
}

function kindOf(type: string): TurnKind {
  if (type === 'LaunchRequest') return 'launch';
  if (type === 'SessionEndedRequest') return 'sessionEnded';
  return 'intent';
}

export function toTurn(envelope: RequestEnvelope): Turn {
  const type = getRequestType(envelope);
  const request = envelope.request;
  const slots: Turn['slots'] = {};
  let intent = type;
  if (type === 'IntentRequest') {
    const intentRequest = request as IntentRequest;
    intent = intentRequest.intent?.name ?? 'AMAZON.FallbackIntent';
    for (const [name, slot] of Object.entries(intentRequest.intent?.slots ?? {})) slots[name] = slot ? slotValue(slot) : undefined;
  }
  const interfaces = envelope.context ? getSupportedInterfaces(envelope) : {};
  const timestamp = request.timestamp ? new Date(request.timestamp) : new Date();
  const attributes = (envelope.session?.attributes ?? {}) as Record<string, unknown>;
  return {
    requestId: request.requestId ?? '',
    platform: 'alexa',
    sessionId: envelope.session?.sessionId ?? request.requestId ?? '',
    newSession: envelope.session?.new ?? true,
    now: Number.isNaN(timestamp.getTime()) ? new Date() : timestamp,
    locale: request.locale ?? 'en-US',
    kind: kindOf(type),
    intent,
    slots,
    user: {
      accessToken: (envelope.context ? getAccountLinkingAccessToken(envelope) : envelope.session?.user?.accessToken) ?? undefined,
      userId: envelope.context ? getUserId(envelope) : envelope.session?.user?.userId,
    },
    capabilities: {
      screen: Boolean(interfaces['Alexa.Presentation.APL'] || interfaces.Display),
      accountLinkingCard: true,
    },
    state: (attributes[STATE_ATTRIBUTE] ?? {}) as DialogState,
  };
}
