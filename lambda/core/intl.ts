// Cached Intl formatters. Building one costs tens of microseconds and native memory the garbage collector does
// not see; formatting with a built one costs about a microsecond. Each is built once per locale, time zone and
// style, and kept: the keys come from a few supported locales and the time zones and currencies of the store.

/** Enough for every locale × time zone × currency a shop plausibly has; past it the cache starts afresh. */
const MAX_ENTRIES = 2_000;

function cached<T>(build: (...parts: string[]) => T): (...parts: string[]) => T {
  const cache = new Map<string, T>();
  return (...parts) => {
    const key = parts.join('\u0000');
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= MAX_ENTRIES) cache.clear();
      value = build(...parts);
      cache.set(key, value);
    }
    return value;
  };
}

/** YYYY-MM-DD of an instant in a time zone (en-CA writes dates that way). */
export const isoDayFormat = cached((timeZone) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }));

/** "Tuesday" for a calendar day given as UTC midnight. */
export const weekdayFormat = cached((locale) => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }));

/** "November 24" for a calendar day given as UTC midnight. */
export const monthDayFormat = cached((locale) => new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }));

/** A plain number with at most this many fraction digits ("6,032" before 円). */
export const numberFormat = cached((locale, maxFractionDigits) => new Intl.NumberFormat(locale, { maximumFractionDigits: Number(maxFractionDigits) }));

export const moneyFormat = cached((locale, currency) => new Intl.NumberFormat(locale, { style: 'currency', currency }));

export const listFormat = cached((locale, type) => new Intl.ListFormat(locale, { style: 'long', type: type as Intl.ListFormatType }));
