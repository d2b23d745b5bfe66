// Locale-aware wording for money, lists and days, all through Intl in the shopper's locale and time zone.
import { daysBetween, isoWeekday, localDate, monthDay, weekdayName } from './dates.js';
import { listFormat, moneyFormat, numberFormat } from './intl.js';
import type { Translate } from './i18n.js';

/** Currencies a language says with a word after the number instead of a symbol: 6,032円, 254.6元. */
const SPOKEN_SUFFIX: Record<string, string> = { 'ja:JPY': '円', 'zh:CNY': '元' };

/** What joins two sentences: a space, none in Japanese and Chinese (。 ends the sentence). */
export function sentenceGapOf(locale: string): string {
  return /^(ja|zh)/.test(locale) ? '' : ' ';
}

export class Formatter {
  constructor(
    readonly locale: string,
    readonly timeZone: string,
    readonly currency: string,
    private readonly t: Translate,
  ) {}

  /** An amount as it is said: "$29.98", "35,96 €", "6,032円", "68元" (not "￥6,032" or "¥68.00"). */
  money(amount: number): string {
    const suffix = SPOKEN_SUFFIX[`${this.locale.slice(0, 2)}:${this.currency}`];
    if (suffix) {
      const digits = this.currency === 'JPY' ? 0 : 2;
      return `${numberFormat(this.locale, String(digits)).format(amount)}${suffix}`;
    }
    return moneyFormat(this.locale, this.currency).format(amount);
  }

  /** What joins two sentences in this locale (see sentenceGapOf). */
  get sentenceGap(): string {
    return sentenceGapOf(this.locale);
  }

  list(items: string[]): string {
    return listFormat(this.locale, 'conjunction').format(items);
  }

  /**
   * Items already in the language's quotes. Japanese and Chinese set quoted items side by side without 、
   * (「A」「B」, “A”“B”和“C”; GB/T 15834), and offer two options with と / 还是.
   */
  quotedList(quoted: string[], joiner: 'and' | 'or'): string {
    const lang = this.locale.slice(0, 2);
    if (lang === 'ja') return joiner === 'or' && quoted.length === 2 ? quoted.join('と') : quoted.join('');
    if (lang === 'zh' && quoted.length > 1) return `${quoted.slice(0, -1).join('')}${joiner === 'or' ? '还是' : '和'}${quoted.at(-1)}`;
    return joiner === 'or' ? this.disjunction(quoted) : this.list(quoted);
  }

  disjunction(items: string[]): string {
    return listFormat(this.locale, 'disjunction').format(items);
  }

  today(now: Date): string {
    return localDate(now, this.timeZone);
  }

  /**
   * "today", "tomorrow", "on Tuesday", "on Monday, November 30": the day relative to now, as a shopper says it.
   * A past day is named as past ("last Friday", "venerdì scorso"), beyond a week with its weekday and date.
   */
  day(day: string, now: Date): string {
    const today = this.today(now);
    const diff = daysBetween(today, day);
    const vars = { weekday: weekdayName(day, this.locale), date: monthDay(day, this.locale) };
    if (diff === 0) return this.t('day.today');
    if (diff === 1) return this.t('day.tomorrow');
    if (diff === -1) return this.t('day.yesterday');
    // Some languages have a word for these (übermorgen, dopodomani, 明後日, 后天; vorgestern, 前天).
    if (diff === 2) return this.t('day.dayAfterTomorrow', vars);
    if (diff === -2) return this.t('day.dayBeforeYesterday', vars);
    // Monday starts the week: a weekday before today's is in the next week (下周一) or was in this one.
    const nextWeek = isoWeekday(day) < isoWeekday(today);
    if (diff > 1 && diff < 7) return this.t('day.weekday', { ...vars, context: nextWeek ? 'nextWeek' : undefined });
    // Italian says "domenica scorsa" but "lunedì scorso".
    if (diff < -1 && diff > -7) return this.t('day.lastWeekday', { ...vars, context: isoWeekday(day) === 7 ? 'sunday' : undefined });
    return this.t('day.date', vars);
  }

  /**
   * Days said side by side in one answer, all in one manner: when one of them is too far off for a relative word
   * and needs its date, the others not today, tomorrow or yesterday get their dates too ("on Monday, November 23"
   * beside "on Tuesday, November 24", never beside "the day before yesterday").
   */
  days(days: string[], now: Date): string[] {
    const today = this.today(now);
    const dated = days.map((d) => this.t('day.date', { weekday: weekdayName(d, this.locale), date: monthDay(d, this.locale) }));
    const said = days.map((d) => this.day(d, now));
    // A language may date a day of last week too (Japanese has no "last Monday"): what is said decides, not the distance.
    const anyDated = said.some((s, i) => s === dated[i]);
    return days.map((d, i) => (anyDated && Math.abs(daysBetween(today, d)) > 1 ? dated[i] : said[i]));
  }

  /** A calendar day with its weekday, for cards that are read later: "Tuesday, November 24", "11月24日（火曜日）". */
  date(day: string): string {
    return this.t('day.absolute', { weekday: weekdayName(day, this.locale), date: monthDay(day, this.locale) });
  }

  /** The local day of an instant, relative to now. */
  dayOf(instant: string, now: Date): string {
    return this.day(localDate(new Date(instant), this.timeZone), now);
  }
}
