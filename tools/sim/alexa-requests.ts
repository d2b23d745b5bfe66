// Alexa request envelopes as a device sends them: session (new, id, attributes, user), context (System with the
// linked token, the device and its interfaces, a screen's viewport), and the request (LaunchRequest,
// IntentRequest with slots and entity resolutions, SessionEndedRequest), stamped with the simulated time.
import { randomUUID } from 'node:crypto';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { SlotFill, Understanding } from './nlu/types.js';
import type { SlotDeclaration } from './skill-models.js';

/** The skill id the simulator's requests carry when none is configured. */
export const SIM_SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-00000000051f';
const DEVICE_ID = 'amzn1.ask.device.SIMULATOR';

export interface AlexaCaller {
  applicationId: string;
  userId: string;
  /** The account-linking token; absent for a shopper who has not linked. */
  accessToken?: string;
  locale: string;
}

export interface AlexaSessionState {
  sessionId: string;
  /** True only for the session's first request. */
  isNew: boolean;
  attributes: Record<string, unknown>;
}

export interface AlexaRequestOptions {
  caller: AlexaCaller;
  session: AlexaSessionState;
  now: Date;
  requestId?: string;
}

export function newAlexaSessionId(): string {
  return `amzn1.echo-api.session.${randomUUID()}`;
}

export function newAlexaRequestId(): string {
  return `amzn1.echo-api.request.${randomUUID()}`;
}

/** Alexa's timestamps have whole seconds: 2026-11-22T10:00:00Z. */
export function alexaTimestamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function envelope(options: AlexaRequestOptions, request: Record<string, unknown>): RequestEnvelope {
  const { caller, session } = options;
  const user = { userId: caller.userId, ...(caller.accessToken ? { accessToken: caller.accessToken } : {}) };
  const application = { applicationId: caller.applicationId };
  return {
    version: '1.0',
    session: { new: session.isNew, sessionId: session.sessionId, application, attributes: { ...session.attributes }, user },
    context: {
      System: {
        application,
        user,
        device: {
          deviceId: DEVICE_ID,
          // An Echo Show: cards and APL, so replies with a screen part show it.
          supportedInterfaces: { AudioPlayer: {}, 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.1' } } },
        },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'simulator-api-access-token',
      },
      Viewport: {
        experiences: [{ arcMinuteWidth: 346, arcMinuteHeight: 216, canRotate: false, canResize: false }],
        mode: 'HUB', shape: 'RECTANGLE', pixelWidth: 1280, pixelHeight: 800, dpi: 213, currentPixelWidth: 1280, currentPixelHeight: 800,
        touch: ['SINGLE'],
      },
    },
    request: {
      ...request,
      requestId: options.requestId ?? newAlexaRequestId(),
      timestamp: alexaTimestamp(options.now),
      locale: caller.locale,
    },
  } as unknown as RequestEnvelope;
}

export function launchRequest(options: AlexaRequestOptions): RequestEnvelope {
  return envelope(options, { type: 'LaunchRequest', shouldLinkResultBeReturned: false });
}

export function sessionEndedRequest(options: AlexaRequestOptions, reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS' | 'ERROR' = 'USER_INITIATED'): RequestEnvelope {
  return envelope(options, { type: 'SessionEndedRequest', reason });
}

/** Slot types Alexa resolves against the model's values (custom types); built-ins carry no resolutions. */
function isCustomType(type: string): boolean {
  return !type.startsWith('AMAZON.');
}

/** One slot as Alexa sends it: empty when unfilled, the value (a built-in's reading), and entity resolutions. */
export function alexaSlot(declaration: SlotDeclaration, fill: SlotFill | undefined, applicationId: string): Record<string, unknown> {
  const { name, type } = declaration;
  if (!fill || !fill.value) return { name, confirmationStatus: 'NONE' };
  const custom = isCustomType(type);
  // AMAZON.NUMBER "drei" arrives as "3", FOUR_DIGIT_NUMBER "vier drei zwei eins" as "4321".
  const value = custom ? fill.value : fill.normalized ?? fill.value;
  const slot: Record<string, unknown> = { name, value, confirmationStatus: 'NONE', source: 'USER' };
  if (custom) {
    const authority = `amzn1.er-authority.echo-sdk.${applicationId}.${type}`;
    const resolution = fill.resolved
      ? { authority, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: fill.resolved.name, id: fill.resolved.id } }] }
      : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } };
    slot.resolutions = { resolutionsPerAuthority: [resolution] };
    slot.slotValue = { type: 'Simple', value, resolutions: slot.resolutions };
  } else {
    slot.slotValue = { type: 'Simple', value };
  }
  return slot;
}

export interface IntentRequestOptions extends AlexaRequestOptions {
  understanding: Understanding;
  /** The intent's slots in the interaction model: Alexa sends every declared slot, filled or not. */
  declarations: SlotDeclaration[];
  /** The dialog model manages this intent: Alexa then sends dialogState (COMPLETED: no prompt is delegated). */
  inDialogModel?: boolean;
}

export function intentRequest(options: IntentRequestOptions): RequestEnvelope {
  const { understanding, declarations, caller } = options;
  const slots: Record<string, unknown> = {};
  for (const declaration of declarations) slots[declaration.name] = alexaSlot(declaration, understanding.slots[declaration.name], caller.applicationId);
  // Slots the understanding filled that the model does not declare for the intent: Alexa would never send them.
  const intent: Record<string, unknown> = { name: understanding.intent, confirmationStatus: 'NONE' };
  if (declarations.length) intent.slots = slots;
  return envelope(options, {
    type: 'IntentRequest',
    ...(options.inDialogModel ? { dialogState: 'COMPLETED' } : {}),
    intent,
  });
}
