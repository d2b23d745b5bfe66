// Calendar arithmetic in the shopper's time zone. Dates are local calendar days written YYYY-MM-DD.
import { isoDayFormat, monthDayFormat, weekdayFormat } from './intl.js';

export function localDate(instant: Date, timeZone: string): string {
  return isoDayFormat(timeZone).format(instant);
}

function toUtc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

export function addDays(day: string, n: number): string {
  const d = toUtc(day);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Adds delivery days, skipping Sundays, when carriers do not deliver. */
export function addDeliveryDays(day: string, n: number): string {
  let out = day;
  for (let left = n; left > 0;) {
    out = addDays(out, 1);
    if (toUtc(out).getUTCDay() !== 0) left--;
  }
  return out;
}

export function weekdayName(day: string, locale: string): string {
  return weekdayFormat(locale).format(toUtc(day));
}

/** 1 for Monday … 7 for Sunday. */
export function isoWeekday(day: string): number {
  return toUtc(day).getUTCDay() || 7;
}

export function monthDay(day: string, locale: string): string {
  const text = monthDayFormat(locale).format(toUtc(day));
  // Italian says the first of the month as an ordinal: "1º novembre", read "primo novembre".
  return locale.startsWith('it') ? text.replace(/^1 /, '1º ') : text;
}
