// Everything one turn's handler needs: the turn, its translator and formatter, the shopper, the shop (commerce port)
// and the skill's own state (conversation store).
import type { Commerce } from '../commerce/port.js';
import type { ConversationStore } from '../store/port.js';
import type { Customer, Seller } from '../store/types.js';
import { Formatter } from './format.js';
import { safe, type Safe, type Translate, type TranslateValue } from './i18n.js';
import { escapeSsml, ssmlToText } from './ssml.js';
import { languageOf, type SupportedLocale } from './locale.js';
import { writtenInScriptOf } from './language/script.js';
import type { Card, DialogState, Reply, Turn } from './types.js';

const digits = (d: string) => `<say-as interpret-as="digits">${d}</say-as>`;

/** Time zones and currencies for a shopper the store does not know (not linked). */
const LOCALE_DEFAULTS: Record<string, { timeZone: string; currency: string }> = {
  'en-US': { timeZone: 'America/New_York', currency: 'USD' },
  'en-GB': { timeZone: 'Europe/London', currency: 'GBP' },
  'de-DE': { timeZone: 'Europe/Berlin', currency: 'EUR' },
  'it-IT': { timeZone: 'Europe/Rome', currency: 'EUR' },
  'ja-JP': { timeZone: 'Asia/Tokyo', currency: 'JPY' },
  'zh-CN': { timeZone: 'Asia/Shanghai', currency: 'CNY' },
};

/** Rules a deployment sets (from the environment), the same for every turn. */
export interface Policy {
  /** Orders one shopper may place by voice within an hour; past it the skill hands over to a person. */
  purchaseLimitPerHour: number;
}

export const DEFAULT_POLICY: Policy = { purchaseLimitPerHour: 5 };

/** The seller's name as said in this locale: its own name for the locale, else for the language, else the name. */
export function sellerIn(seller: Seller, locale: string): Seller {
  const name = seller.names?.[locale] ?? seller.names?.[languageOf(locale)] ?? seller.name;
  return { ...seller, name };
}

export class TurnContext {
  readonly lang: string;
  /** The seller, its name in the shopper's locale. */
  readonly seller: Seller;
  readonly format: Formatter;
  /** The dialog state the reply will carry; handlers change it. */
  state: DialogState;

  constructor(
    readonly turn: Turn,
    readonly locale: SupportedLocale,
    readonly t: Translate,
    readonly store: ConversationStore,
    readonly commerce: Commerce,
    seller: Seller,
    readonly customer: Customer | undefined,
    /** Whether this deployment delivers order e-mails (a transport is configured). */
    readonly orderMail = false,
    readonly policy: Policy = DEFAULT_POLICY,
  ) {
    this.lang = languageOf(locale);
    this.seller = sellerIn(seller, locale);
    const defaults = LOCALE_DEFAULTS[locale];
    this.format = new Formatter(locale, customer?.timeZone ?? defaults.timeZone, customer?.currency ?? defaults.currency, t);
    this.state = { ...turn.state, pending: undefined };
  }

  get now(): Date {
    return this.turn.now;
  }

  /** The linked shopper; handlers that read order data are only reached when there is one. */
  get shopper(): Customer {
    if (!this.customer) throw new Error('handler needs a linked account');
    return this.customer;
  }

  /** The pending question from the previous turn, if it was this kind. */
  pending<K extends NonNullable<DialogState['pending']>['kind']>(kind: K): Extract<NonNullable<DialogState['pending']>, { kind: K }> | undefined {
    const p = this.turn.state.pending;
    return p && p.kind === kind ? (p as Extract<NonNullable<DialogState['pending']>, { kind: K }>) : undefined;
  }

  /** The shopper's delivery address as spoken: short, never the whole address on a shared speaker. */
  shortAddress(): Safe {
    const { label, line1, city } = this.shopper.address;
    // A label the voice cannot read in this language ("home" to a Japanese voice) gives way to the city.
    const key = label.trim() && writtenInScriptOf(label, this.locale) ? 'address.short' : 'address.shortWithoutLabel';
    return safe(this.t(key, { label, line1, city }));
  }

  /** The whole delivery address, for cards. */
  fullAddress(): Safe {
    const { line1, city, postalCode } = this.shopper.address;
    return safe(this.t('address.full', { line1, city, postalCode }));
  }

  /** The card on file: brand and last four digits, the digits spoken one by one. */
  payment(): Safe {
    const { brand, last4, label } = this.shopper.paymentMethod;
    if (brand && last4) return safe(this.t('payment.card', { brand, digits: safe(digits(last4)) }));
    // An old seed's label ("Visa ending in 4242"): the same, with the four digits read one by one.
    return safe(escapeSsml(label ?? '').replace(/\d{4}(?!.*\d)/, (d) => digits(d)));
  }

  /** Product names, each quoted the locale's way, joined with "and" (or "or"). */
  quotedList(names: string[], joiner: 'and' | 'or' = 'and'): Safe {
    const quoted = names.map((name) => this.t('quote', { name }));
    return safe(this.format.quotedList(quoted, joiner));
  }

  /** A card from prompt keys: plain text (cards show no SSML), line breaks kept in the body. */
  card(titleKey: string, textKey: string, vars: Record<string, TranslateValue> = {}): Card {
    return { kind: 'summary', title: ssmlToText(this.t(titleKey, vars)), text: ssmlToText(this.t(textKey, vars), { keepLines: true }) };
  }

  /** An answer that waits for the shopper. */
  ask(speech: string, reprompt: string, extra: Partial<Reply> = {}): Reply {
    return { speech, reprompt, endSession: false, state: this.state, ...extra };
  }

  /** An answer that ends the conversation. */
  tell(speech: string, extra: Partial<Reply> = {}): Reply {
    this.state.pending = undefined;
    return { speech, endSession: true, state: this.state, ...extra };
  }
}
