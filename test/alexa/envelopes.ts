// Alexa request envelopes from test/fixtures/alexa/, with the few fields a test cares about overridden.
// The fixtures are shaped like what Alexa sends; a test says only what differs:
// `envelope('order-status', { locale: 'de-DE', token: customer.accessToken })`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IntentRequest, RequestEnvelope, Slot } from 'ask-sdk-model';

export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'alexa');

export type FixtureName =
  | 'launch'
  | 'launch-unlinked'
  | 'reorder-item'
  | 'reorder-unknown-item'
  | 'order-status'
  | 'yes'
  | 'session-ended';

/** A slot as a test states it: the spoken value, and optionally what entity resolution made of it. */
export interface SlotSpec {
  value: string;
  /** Canonical names for ER_SUCCESS_MATCH; an empty array means ER_SUCCESS_NO_MATCH. Omitted: no resolutions (built-in types). */
  resolved?: string[];
}

export interface EnvelopeOverrides {
  locale?: string;
  timestamp?: string;
  /** The account-linking token in both context.System.user and session.user; null removes it (unlinked). */
  token?: string | null;
  userId?: string;
  /** Only for IntentRequest fixtures. */
  intent?: string;
  /** Merged into the fixture's slots; undefined leaves the slot empty, as Alexa sends an unfilled slot. */
  slots?: Record<string, string | SlotSpec | undefined>;
  /** session.attributes, e.g. a previous response's sessionAttributes. */
  attributes?: Record<string, unknown>;
  newSession?: boolean;
  requestId?: string;
  applicationId?: string;
  supportedInterfaces?: Record<string, unknown>;
}

/** The fixture file as Alexa would post it. */
export function fixtureText(name: FixtureName): string {
  return readFileSync(join(FIXTURES_DIR, `${name}.json`), 'utf8');
}

function slotOf(name: string, spec: string | SlotSpec | undefined, applicationId: string): Slot {
  if (spec === undefined) return { name, confirmationStatus: 'NONE' } as Slot;
  const { value, resolved } = typeof spec === 'string' ? { value: spec, resolved: undefined } : spec;
  const slot: Record<string, unknown> = { name, value, confirmationStatus: 'NONE', source: 'USER' };
  if (resolved) {
    const authority = `amzn1.er-authority.echo-sdk.${applicationId}.PRODUCT`;
    slot.resolutions = {
      resolutionsPerAuthority: [
        resolved.length
          ? { authority, status: { code: 'ER_SUCCESS_MATCH' }, values: resolved.map((n) => ({ value: { name: n, id: n.toUpperCase().replace(/\W+/g, '-') } })) }
          : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } },
      ],
    };
  }
  return slot as unknown as Slot;
}

export function envelope(name: FixtureName, overrides: EnvelopeOverrides = {}): RequestEnvelope {
  const env = JSON.parse(fixtureText(name)) as RequestEnvelope;
  const system = env.context.System;
  const session = env.session!;
  const request = env.request as IntentRequest;
  if (overrides.locale !== undefined) request.locale = overrides.locale;
  if (overrides.timestamp !== undefined) request.timestamp = overrides.timestamp;
  if (overrides.requestId !== undefined) request.requestId = overrides.requestId;
  if (overrides.token === null) {
    delete system.user.accessToken;
    delete session.user.accessToken;
  } else if (overrides.token !== undefined) {
    system.user.accessToken = overrides.token;
    session.user.accessToken = overrides.token;
  }
  if (overrides.userId !== undefined) {
    system.user.userId = overrides.userId;
    session.user.userId = overrides.userId;
  }
  if (overrides.applicationId !== undefined) {
    system.application.applicationId = overrides.applicationId;
    session.application.applicationId = overrides.applicationId;
  }
  if (overrides.attributes !== undefined) session.attributes = overrides.attributes;
  if (overrides.newSession !== undefined) session.new = overrides.newSession;
  if (overrides.supportedInterfaces !== undefined) system.device!.supportedInterfaces = overrides.supportedInterfaces;
  if (overrides.intent !== undefined || overrides.slots !== undefined) {
    if (request.type !== 'IntentRequest') throw new Error(`fixture ${name} is a ${request.type}, not an IntentRequest`);
    if (overrides.intent !== undefined) request.intent.name = overrides.intent;
    if (overrides.slots !== undefined) {
      const slots = { ...(request.intent.slots ?? {}) };
      for (const [slot, spec] of Object.entries(overrides.slots)) slots[slot] = slotOf(slot, spec, system.application.applicationId);
      request.intent.slots = slots;
    }
  }
  return env;
}
