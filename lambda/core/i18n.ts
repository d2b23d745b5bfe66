// One i18next instance for the process; each turn gets its own fixed `t` for its locale, so concurrent
// shoppers never see each other's language.
import i18next, { type i18n } from 'i18next';
import { escapeSsml } from './ssml.js';
import en from '../../locales/en/translation.json' with { type: 'json' };
import enGB from '../../locales/en-GB/translation.json' with { type: 'json' };
import de from '../../locales/de/translation.json' with { type: 'json' };
import it from '../../locales/it/translation.json' with { type: 'json' };
import ja from '../../locales/ja/translation.json' with { type: 'json' };
import zh from '../../locales/zh/translation.json' with { type: 'json' };

export const RESOURCES = {
  en: { translation: en },
  'en-GB': { translation: enGB },
  de: { translation: de },
  it: { translation: it },
  ja: { translation: ja },
  zh: { translation: zh },
} as const;

/** A fragment that is already SSML-safe (the output of another `t`), passed through unescaped. */
export class Safe {
  constructor(readonly ssml: string) {}
}

export const safe = (ssml: string): Safe => new Safe(ssml);

export type TranslateValue = string | number | Safe | undefined;

/** A translator bound to one locale; it returns SSML-safe text: every string value is escaped, Safe ones pass. */
export type Translate = (key: string, vars?: Record<string, TranslateValue>) => string;

let shared: i18n | undefined;

function instance(): i18n {
  if (!shared) {
    shared = i18next.createInstance();
    void shared.init({
      resources: RESOURCES,
      fallbackLng: { 'en-GB': ['en'], default: ['en'] },
      initAsync: false,
      returnNull: false,
      // Escaping happens in translator(), where already-safe fragments can be told apart.
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    } as Parameters<i18n['init']>[0]);
  }
  return shared;
}

/**
 * A translator for one locale. With a platform, a key under that platform's group ("alexa.order.placed")
 * wins over the generic one, for the few prompts that name the platform's own app.
 */
export function translator(locale: string, platform?: string): Translate {
  const t = instance().getFixedT(locale);
  return (key, vars = {}) => {
    const values: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(vars)) {
      if (value === undefined) continue;
      values[name] = value instanceof Safe ? value.ssml : typeof value === 'string' ? escapeSsml(value) : value;
    }
    return t(platform ? [`${platform}.${key}`, key] : key, values) as string;
  };
}

/** Whether a key exists in one language's own resources (no fallback), for the locale-completeness test. */
export function hasOwnKey(lang: string, key: string): boolean {
  return instance().exists(key, { lngs: [lang], fallbackLng: false } as never);
}
