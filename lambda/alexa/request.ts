// Alexa request envelope -> the core's Turn. Only translation here, no decisions. The envelope is read through a
// schema first: a field of the wrong type is a bad request, never a shopper's token or a crash further in.
import type { RequestEnvelope } from 'ask-sdk-model';
import * as z from '../core/zod-mini.js';
import { trustedState } from '../core/dialog/state.js';
import type { SlotValue, Turn, TurnKind } from '../core/types.js';

export const STATE_ATTRIBUTE = 'dialog';

const text = (max: number) => z.string().check(z.maxLength(max));
/** A JSON object, kept as it is: a zod record would copy a "__proto__" key into the prototype. */
const plainObject = z.custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
const userSchema = z.object({ userId: z.optional(text(1024)), accessToken: z.optional(text(4096)) });
const applicationSchema = z.object({ applicationId: z.optional(text(256)) });

const slotSchema = z.object({
  // No bound of its own: the body limit bounds it, and the core shortens what it echoes.
  value: z.optional(z.string()),
  resolutions: z.optional(z.object({
    resolutionsPerAuthority: z.optional(z.array(z.object({
      status: z.object({ code: text(64) }),
      values: z.optional(z.array(z.object({ value: z.object({ name: text(1000) }) })).check(z.maxLength(50))),
    })).check(z.maxLength(20))),
  })),
});

/** The parts of an envelope the skill reads; everything else Amazon sends passes through unread. */
export const envelopeSchema = z.object({
  version: text(16),
  session: z.optional(z.object({
    new: z.optional(z.boolean()),
    sessionId: z.optional(text(512)),
    application: z.optional(applicationSchema),
    attributes: z.nullish(plainObject),
    user: z.optional(userSchema),
  })),
  context: z.optional(z.object({
    System: z.optional(z.object({
      application: z.optional(applicationSchema),
      user: z.optional(userSchema),
      device: z.optional(z.object({ supportedInterfaces: z.optional(plainObject) })),
    })),
  })),
  request: z.object({
    type: text(128),
    requestId: text(512),
    timestamp: z.optional(text(64)),
    locale: z.optional(text(32)),
    intent: z.optional(z.object({
      name: text(256),
      // Slot names are read one by one below (a record would let "__proto__" through as a key).
      slots: z.optional(plainObject),
    })),
  }),
});

export type ParsedEnvelope = z.infer<typeof envelopeSchema>;

/** Envelopes the HTTP route has already checked, with what the schema made of them: toTurn, which the skill
 * calls on the same object, does not check them a second time. */
const checked = new WeakMap<object, ParsedEnvelope>();

/** Why a body is not an envelope the skill can read (first problem, with its path), or undefined. */
export function envelopeProblem(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'the body is not an Alexa request envelope (expected a JSON object)';
  const parsed = envelopeSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.map(String).join('.');
    if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `the envelope has no "${path}"`;
    return `"${path}": ${issue.message.replace(/^Invalid input: /, '')}`;
  }
  const slots = (body as RequestEnvelope & { request: { intent?: { slots?: Record<string, unknown> } } }).request.intent?.slots;
  for (const [name, slot] of Object.entries(slots ?? {})) {
    if (slot !== null && !slotSchema.safeParse(slot).success) return `request.intent.slots.${name.slice(0, 64)}: not a slot`;
  }
  checked.set(body, parsed.data);
  return undefined;
}

export class InvalidEnvelope extends Error {}

function slotValue(slot: z.infer<typeof slotSchema>): SlotValue | undefined {
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

/** The Turn of an envelope; throws InvalidEnvelope when the envelope does not fit the schema. */
export function toTurn(raw: RequestEnvelope): Turn {
  let envelope = checked.get(raw);
  if (!envelope) {
    const parsed = envelopeSchema.safeParse(raw);
    if (!parsed.success) throw new InvalidEnvelope(`not an Alexa request envelope: ${parsed.error.issues[0]?.path.join('.')}`);
    envelope = parsed.data;
  }
  const request = envelope.request;
  // No prototype: a slot called "constructor" or "__proto__" is just a name the core does not know.
  const slots: Turn['slots'] = Object.create(null) as Turn['slots'];
  let intent = request.type;
  if (request.type === 'IntentRequest') {
    intent = request.intent?.name ?? 'AMAZON.FallbackIntent';
    for (const [name, value] of Object.entries(request.intent?.slots ?? {})) {
      const slot = value === null ? undefined : slotSchema.safeParse(value);
      if (slot && !slot.success) throw new InvalidEnvelope(`slot ${name.slice(0, 64)} is not a slot`);
      slots[name] = slot ? slotValue(slot.data) : undefined;
    }
  }
  const interfaces = envelope.context?.System?.device?.supportedInterfaces ?? {};
  const timestamp = request.timestamp ? new Date(request.timestamp) : new Date();
  const user = envelope.context?.System?.user ?? envelope.session?.user;
  const attributes = envelope.session?.attributes;
  return {
    requestId: request.requestId,
    platform: 'alexa',
    sessionId: envelope.session?.sessionId ?? request.requestId,
    newSession: envelope.session?.new ?? true,
    now: Number.isNaN(timestamp.getTime()) ? new Date() : timestamp,
    locale: request.locale ?? 'en-US',
    kind: kindOf(request.type),
    intent,
    slots,
    user: { accessToken: user?.accessToken || undefined, userId: user?.userId || undefined },
    capabilities: {
      screen: Boolean(Object.hasOwn(interfaces, 'Alexa.Presentation.APL') || Object.hasOwn(interfaces, 'Display')),
      accountLinkingCard: true,
    },
    state: trustedState(attributes && Object.hasOwn(attributes, STATE_ATTRIBUTE) ? attributes[STATE_ATTRIBUTE] : undefined),
  };
}
