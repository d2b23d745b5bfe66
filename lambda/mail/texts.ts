// The e-mail texts: their own i18next namespace ("mail", locales/<lang>/mail.json), in their own instance so that
// the spoken prompts' SSML escaping and the e-mail's HTML escaping never meet. en-GB overrides en, like the prompts.
import type { TFunction } from 'i18next';
import { lazyI18next } from '../core/i18next-instance.js';
import en from '../../locales/en/mail.json' with { type: 'json' };
import enGB from '../../locales/en-GB/mail.json' with { type: 'json' };
import de from '../../locales/de/mail.json' with { type: 'json' };
import it from '../../locales/it/mail.json' with { type: 'json' };
import ja from '../../locales/ja/mail.json' with { type: 'json' };
import zh from '../../locales/zh/mail.json' with { type: 'json' };

export const MAIL_NAMESPACE = 'mail';

export const MAIL_RESOURCES = {
  en: { mail: en },
  'en-GB': { mail: enGB },
  de: { mail: de },
  it: { mail: it },
  ja: { mail: ja },
  zh: { mail: zh },
} as const;

const instance = lazyI18next(MAIL_RESOURCES, MAIL_NAMESPACE);

/** The e-mail texts of one locale: `text` leaves values as they are, `html` escapes every value for HTML. */
export interface MailTexts {
  text: (key: string, vars?: Record<string, string | number>) => string;
  html: (key: string, vars?: Record<string, string | number>) => string;
}

export function mailTexts(locale: string): MailTexts {
  const t: TFunction = instance().getFixedT(locale, MAIL_NAMESPACE);
  return {
    text: (key, vars = {}) => t(key, { ...vars, interpolation: { escapeValue: false } }) as string,
    html: (key, vars = {}) => t(key, { ...vars, interpolation: { escapeValue: true } }) as string,
  };
}
