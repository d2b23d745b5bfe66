// Locale-aware wording for money, lists and days, all through Intl in the shopper's locale and time zone.
import { daysBetween, localDate, monthDay, weekdayName } from './dates.js';
import { listFormat, moneyFormat } from './intl.js';
import type { Translate } from './i18n.js';

export class Formatter {
  constructor(
    readonly locale: string,
    readonly timeZone: string,
    readonly currency: string,
    private readonly t: Translate,
  ) {}

  money(amount: number): string {
    return moneyFormat(this.locale, this.currency).format(amount);
  }

  list(items: string[]): string {
    return listFormat(this.locale, 'conjunction').format(items);
  }

  disjunction(items: string[]): string {
    return listFormat(this.locale, 'disjunction').format(items);
  }

  today(now: Date): string {
    return localDate(now, this.timeZone);
  }

  /** "today", "tomorrow", "on Tuesday", "on November 24": the day relative to now, as a shopper says it. */
  day(day: string, now: Date): string {
    const diff = daysBetween(this.today(now), day);
    if (diff === 0) return this.t('day.today');
    if (diff === 1) return this.t('day.tomorrow');
    if (diff === -1) return this.t('day.yesterday');
    // Some languages have a word for it (übermorgen, dopodomani, 明後日, 后天); English says the weekday.
    if (diff === 2) return this.t('day.dayAfterTomorrow', { weekday: weekdayName(day, this.locale) });
    if (diff > 1 && diff < 7) return this.t('day.weekday', { weekday: weekdayName(day, this.locale) });
    if (diff < -1 && diff > -7) return this.t('day.lastWeekday', { weekday: weekdayName(day, this.locale) });
    return this.t('day.date', { date: monthDay(day, this.locale) });
  }

  /** The local day of an instant, relative to now. */
  dayOf(instant: string, now: Date): string {
    return this.day(localDate(new Date(instant), this.timeZone), now);
  }
}
