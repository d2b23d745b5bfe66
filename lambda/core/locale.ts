// Which locales the skill speaks, and how an unknown one falls back.

/** Every locale the core speaks; Alexa serves the first five, zh-CN comes through Dialogflow only. */
export const SUPPORTED_LOCALES = ['en-US', 'en-GB', 'de-DE', 'it-IT', 'ja-JP', 'zh-CN'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: SupportedLocale = 'en-US';

/** Exact match first, then the same language, then English (US). */
export function resolveLocale(requested: unknown): SupportedLocale {
  if (typeof requested !== 'string' || !requested) return DEFAULT_LOCALE;
  const norm = requested.replace('_', '-').toLowerCase();
  const exact = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === norm);
  if (exact) return exact;
  const lang = norm.split('-')[0];
  return SUPPORTED_LOCALES.find((l) => l.toLowerCase().startsWith(`${lang}-`)) ?? DEFAULT_LOCALE;
}

export function languageOf(locale: string): string {
  return locale.split('-')[0];
}
