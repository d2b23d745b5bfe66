// What a test expects to hear, computed independently of the handlers: texts from the locale's own
// resources, money and weekdays from Intl in the shopper's locale and time zone.
import { translator, type TranslateValue } from '../../lambda/core/i18n.js';
import { ssmlToText } from '../../lambda/core/ssml.js';

/** The platform a locale's shopper talks through in these tests: zh-CN only has Dialogflow, the rest Alexa. */
export function platformOf(locale: string): string {
  return locale.startsWith('zh') ? 'google' : 'alexa';
}

/** Plain text of a translated prompt as the shopper hears it on the locale's platform (FakeShopper.speech). */
export function phrase(locale: string, key: string, vars: Record<string, TranslateValue> = {}, platform = platformOf(locale)): string {
  return ssmlToText(translator(locale, platform)(key, vars));
}

/** `phrase` bound to one locale and platform: what a shopper on that platform hears for a key. */
export function phrasesOn(locale: string, platform: string): (key: string, vars?: Record<string, TranslateValue>) => string {
  return (key, vars = {}) => phrase(locale, key, vars, platform);
}

/** An amount as the shopper hears it (plain text: narrow and no-break spaces become plain spaces). */
export function money(locale: string, currency: string, amount: number): string {
  return ssmlToText(new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount));
}

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

export function weekdayOf(locale: string, day: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(utcDay(day));
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export function calendarDay(instant: string | Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return `${get('year')}-${String(get('month')).padStart(2, '0')}-${String(get('day')).padStart(2, '0')}`;
}

/** How the skill should name a day relative to now in the shopper's zone: today, tomorrow, the day after (a word in
 * some languages, the weekday in others), a weekday within the week, else the date. */
export function dayPhrase(locale: string, timeZone: string, day: string, now: string | Date): string {
  const diff = Math.round((utcDay(day).getTime() - utcDay(calendarDay(now, timeZone)).getTime()) / 86_400_000);
  if (diff === 0) return phrase(locale, 'day.today');
  if (diff === 1) return phrase(locale, 'day.tomorrow');
  if (diff === -1) return phrase(locale, 'day.yesterday');
  if (diff === 2) return phrase(locale, 'day.dayAfterTomorrow', { weekday: weekdayOf(locale, day) });
  if (diff > 1 && diff < 7) return phrase(locale, 'day.weekday', { weekday: weekdayOf(locale, day) });
  if (diff < -1 && diff > -7) return phrase(locale, 'day.lastWeekday', { weekday: weekdayOf(locale, day) });
  const date = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(utcDay(day));
  return phrase(locale, 'day.date', { date });
}
