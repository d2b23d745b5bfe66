// One i18next instance for the process; each turn gets its own fixed `t` for its locale, so concurrent
// shoppers never see each other's language.
import { lazyI18next } from './i18next-instance.js';
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

// Escaping happens in translator(), where already-safe fragments can be told apart.
const instance = lazyI18next(RESOURCES);

/**
 * A translator for one locale. With a platform, a key under that platform's group ("alexa.order.placed")
 * wins over the generic one, for the few prompts that name the platform's own app.
 */
export function translator(locale: string, platform?: string): Translate {
  const key = `${locale}|${platform ?? ''}`;
  let made = translators.get(key);
  if (!made) {
    made = makeTranslator(locale, platform);
    // Locales are resolved to supported ones before they get here; the bound only guards a caller that does not.
    if (translators.size >= 100) translators.clear();
    translators.set(key, made);
  }
  return made;
}

/** One translator per locale and platform: it holds no per-turn state, so turns share it. */
const translators = new Map<string, Translate>();

/** i18next's placeholder syntax, `{{name}}`. */
const PLACEHOLDER = /\{\{(.+?)\}\}/g;

/**
 * i18next picks the prompt (the platform's own key, the language fallbacks, the plural form); what it picks
 * depends only on the key and the count's plural category, so it is asked once per key and category and the
 * prompt kept. Filling its `{{placeholders}}` is then a string replace, as i18next does it (a value it was not
 * given stays as written). A lookup through i18next on every call cost more than the rest of a turn.
 */
function makeTranslator(locale: string, platform?: string): Translate {
  const t = instance().getFixedT(locale);
  const plurals = new Intl.PluralRules(locale);
  const prompts = new Map<string, string>();
  return (key, vars = {}) => {
    const count = typeof vars.count === 'number' ? vars.count : undefined;
    // Zero gets its own entry: i18next looks for a `_zero` form before the language's plural rules.
    const category = count === undefined ? '' : count === 0 ? 'zero' : plurals.select(count);
    // A context ("two", "plain", "nextWeek") picks the key's `_context` variant where the language has one.
    const context = typeof vars.context === 'string' && vars.context ? vars.context : undefined;
    const cacheKey = `${key}${context ? `@${context}` : ''}${category ? `#${category}` : ''}`;
    let prompt = prompts.get(cacheKey);
    if (prompt === undefined) {
      const keys = platform ? [`${platform}.${key}`, key] : key;
      prompt = t(keys, { skipInterpolation: true, ...(count === undefined ? {} : { count }), ...(context ? { context } : {}) }) as string;
      prompts.set(cacheKey, prompt);
    }
    if (!prompt.includes('{{')) return prompt;
    return prompt.replace(PLACEHOLDER, (whole, name: string) => {
      const value = vars[name.trim()];
      if (value === undefined) return whole;
      return value instanceof Safe ? value.ssml : typeof value === 'string' ? escapeSsml(value) : String(value);
    });
  };
}

/** Whether a key exists in one language's own resources (no fallback), for the locale-completeness test. */
export function hasOwnKey(lang: string, key: string): boolean {
  return instance().exists(key, { lngs: [lang], fallbackLng: false } as never);
}
