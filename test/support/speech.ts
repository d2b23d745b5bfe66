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

/**
 * An amount as the shopper hears it (plain text: narrow and no-break spaces become plain spaces). Japanese says
 * yen and Chinese says yuan as a word after the number: 6,032円, 254.6元, 68元.
 */
export function money(locale: string, currency: string, amount: number): string {
  if (locale.startsWith('ja') && currency === 'JPY') return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(amount)}円`;
  if (locale.startsWith('zh') && currency === 'CNY') return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount)}元`;
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
  const today = calendarDay(now, timeZone);
  const diff = Math.round((utcDay(day).getTime() - utcDay(today).getTime()) / 86_400_000);
  const vars = { weekday: weekdayOf(locale, day), date: monthDayOf(locale, day) };
  // Monday-based weekday numbers: 1 … 7.
  const dow = (d: string) => utcDay(d).getUTCDay() || 7;
  if (diff === 0) return phrase(locale, 'day.today');
  if (diff === 1) return phrase(locale, 'day.tomorrow');
  if (diff === -1) return phrase(locale, 'day.yesterday');
  if (diff === 2) return phrase(locale, 'day.dayAfterTomorrow', vars);
  if (diff === -2) return phrase(locale, 'day.dayBeforeYesterday', vars);
  if (diff > 1 && diff < 7) return phrase(locale, dow(day) < dow(today) ? 'day.weekday_nextWeek' : 'day.weekday', vars);
  if (diff < -1 && diff > -7) return phrase(locale, dow(day) === 7 ? 'day.lastWeekday_sunday' : 'day.lastWeekday', vars);
  return phrase(locale, 'day.date', vars);
}

const CHINESE_COUNTS = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * A quantity of a product without grammar in the catalog, as the shopper hears it: "2 coffee beans",
 * "zweimal Kaffeebohnen", "コーヒー豆2個", "咖啡豆两件" (Chinese counts up to ten in words, 两 for 2).
 */
export function counted(locale: string, count: number, name: string, platform = platformOf(locale)): string {
  const lang = locale.slice(0, 2);
  if (lang === 'zh') return phrase(locale, 'product.noUnit', { count: CHINESE_COUNTS[count] ?? String(count), name }, platform);
  if (lang === 'ja') return phrase(locale, 'product.noUnit', { count, name }, platform);
  return phrase(locale, 'product.unknown', { count, name }, platform);
}

/** A product with its definite article, for a catalog without grammar: English always says "the". */
export function theName(locale: string, name: string): string {
  return locale.startsWith('en') ? `the ${name}` : name;
}

export function monthDayOf(locale: string, day: string): string {
  const text = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(utcDay(day));
  return locale.startsWith('it') ? text.replace(/^1 /, '1º ') : text;
}
