// A fake platform for core tests: it carries the dialog state between turns the way a device session does,
// so a test reads like the conversation: `await shopper.says('ReorderIntent', { item: 'coffee' })`.
// With `via: 'alexa' | 'google'` every turn goes through that platform's real adapter (test/support/transports.ts).
import { randomUUID } from 'node:crypto';
import type { Policy } from '../../lambda/core/context.js';
import { EmbeddedCommerce } from '../../lambda/commerce/embedded.js';
import { createConversation, type Conversation } from '../../lambda/core/conversation.js';
import { ssmlToText } from '../../lambda/core/ssml.js';
import type { DialogState, Reply, SlotValue, Turn } from '../../lambda/core/types.js';
import type { Store } from '../../lambda/store/port.js';
import type { Seed } from '../../lambda/store/seed.js';
import { SqliteStore } from '../../lambda/store/sqlite.js';
import { transport, type Via } from './transports.js';
import { record } from './voice-lint.js';

export function memoryStore(seed: Seed): SqliteStore {
  const store = new SqliteStore(':memory:');
  store.loadSeed(seed);
  return store;
}

export interface ShopperOptions {
  locale?: string;
  accessToken?: string;
  userId?: string;
  now?: string;
  /** The core's platform name when the shopper talks to the core directly; an adapter sets its own. */
  platform?: string;
  /** Straight to the core (default), or through the Alexa or Dialogflow adapter. */
  via?: Via;
  /** The deployment's rules (purchase limit); the default policy when unset. */
  policy?: Policy;
  /** false: this shopper's answers stay out of the voice lint (fuzz data). */
  voiceLint?: boolean;
}

export class FakeShopper {
  private state: DialogState = {};
  private sessionId = randomUUID();
  private newSession = true;
  last!: Reply;
  now: Date;
  /** The conversation as this shopper reaches it: the core itself or through a platform adapter. */
  readonly conversation: Conversation;

  constructor(core: Conversation, readonly options: ShopperOptions = {}) {
    this.now = new Date(options.now ?? '2026-11-22T15:00:00Z');
    this.conversation = transport(core, options.via);
  }

  get via(): Via {
    return this.options.via ?? 'core';
  }

  /** Plain text of the last answer. */
  get speech(): string {
    return ssmlToText(this.last.speech);
  }

  get ended(): boolean {
    return this.last.endSession;
  }

  turn(kind: Turn['kind'], intent: string, slots: Record<string, string | SlotValue | undefined> = {}, requestId = randomUUID()): Turn {
    return {
      requestId,
      platform: this.via === 'core' ? this.options.platform ?? 'alexa' : this.via,
      sessionId: this.sessionId,
      newSession: this.newSession,
      now: this.now,
      locale: this.options.locale ?? 'en-US',
      kind,
      intent,
      slots: Object.fromEntries(Object.entries(slots).map(([k, v]) => [k, typeof v === 'string' ? { spoken: v } : v])),
      user: { accessToken: this.options.accessToken, userId: this.options.userId },
      capabilities: { screen: true, accountLinkingCard: true },
      state: this.state,
    };
  }

  async send(turn: Turn): Promise<Reply> {
    this.last = await this.conversation(turn);
    if (this.options.voiceLint !== false) record({ locale: turn.locale, platform: turn.platform, reply: this.last, question: this.last.state.pending?.kind });
    this.newSession = false;
    if (this.last.endSession) this.endSession();
    else this.state = this.last.state;
    return this.last;
  }

  async opens(): Promise<Reply> {
    return this.send(this.turn('launch', 'LaunchRequest'));
  }

  async says(intent: string, slots: Record<string, string | SlotValue | undefined> = {}): Promise<Reply> {
    return this.send(this.turn('intent', intent, slots));
  }

  /** Sends the same request twice, as a platform retry does, and returns both replies. */
  async saysTwice(intent: string, slots: Record<string, string> = {}): Promise<[Reply, Reply]> {
    const turn = this.turn('intent', intent, slots);
    const first = await this.conversation(turn);
    const second = await this.conversation(turn);
    this.last = second;
    if (second.endSession) this.endSession();
    else this.state = second.state;
    return [first, second];
  }

  endSession(): void {
    this.state = {};
    this.sessionId = randomUUID();
    this.newSession = true;
  }
}

export function shopperOn(store: Store, options: ShopperOptions = {}): FakeShopper {
  return new FakeShopper(createConversation({ store, commerce: new EmbeddedCommerce(store), policy: options.policy }), options);
}
