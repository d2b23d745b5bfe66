// Money and days as the shopper hears them: Intl in their locale, currency and time zone.
import { expect } from 'chai';
import { Formatter } from '../../lambda/core/format.js';
import { translator } from '../../lambda/core/i18n.js';
import { ssmlToText } from '../../lambda/core/ssml.js';
import { phrase } from '../support/speech.js';

const formatter = (locale: string, timeZone: string, currency: string) => new Formatter(locale, timeZone, currency, translator(locale));
const plain = (s: string) => ssmlToText(s);

describe('Formatter', () => {
  describe('money', () => {
    it('formats dollars, pounds, euros and yen the way each locale writes them', () => {
      expect(plain(formatter('en-US', 'America/Chicago', 'USD').money(1234.5))).to.equal('$1,234.50');
      expect(plain(formatter('en-GB', 'Europe/London', 'GBP').money(9.5))).to.equal('£9.50');
      expect(plain(formatter('de-DE', 'Europe/Berlin', 'EUR').money(1234.5))).to.equal('1.234,50 €');
      expect(plain(formatter('it-IT', 'Europe/Rome', 'EUR').money(32.9))).to.equal('32,90 €');
      expect(plain(formatter('en-US', 'America/Chicago', 'USD').money(29.98))).to.equal('$29.98');
      expect(plain(formatter('en-GB', 'Europe/London', 'GBP').money(18.49))).to.equal('£18.49');
      expect(plain(formatter('de-DE', 'Europe/Berlin', 'EUR').money(35.96))).to.equal('35,96 €');
    });

    it('says yen and yuan as Japanese and Chinese say them: 6,032円, 68元 and 254.6元, never ￥ or ¥68.00', () => {
      expect(formatter('ja-JP', 'Asia/Tokyo', 'JPY').money(6032)).to.equal('6,032円');
      expect(formatter('zh-CN', 'Asia/Shanghai', 'CNY').money(68)).to.equal('68元');
      expect(formatter('zh-CN', 'Asia/Shanghai', 'CNY').money(254.6)).to.equal('254.6元');
      expect(formatter('zh-CN', 'Asia/Shanghai', 'CNY').money(15.95)).to.equal('15.95元');
    });

    it('rounds yen to whole yen', () => {
      expect(formatter('ja-JP', 'Asia/Tokyo', 'JPY').money(1580.4)).to.equal('1,580円');
    });

    it('uses the shopper\'s currency, not the one of the locale', () => {
      expect(plain(formatter('en-US', 'Europe/Berlin', 'EUR').money(5))).to.equal('€5.00');
    });
  });

  describe('lists', () => {
    it('joins items the way each language does', () => {
      expect(formatter('en-US', 'UTC', 'USD').list(['a', 'b', 'c'])).to.equal('a, b, and c');
      expect(formatter('en-GB', 'UTC', 'GBP').list(['a', 'b', 'c'])).to.equal('a, b and c');
      expect(formatter('de-DE', 'UTC', 'EUR').list(['a', 'b'])).to.equal('a und b');
      expect(formatter('en-US', 'UTC', 'USD').disjunction(['a', 'b'])).to.equal('a or b');
    });
  });

  describe('day', () => {
    const now = new Date('2026-11-22T15:00:00Z'); // Sunday afternoon in Europe, Monday 00:00 in Tokyo

    it('says today, tomorrow and yesterday relative to the shopper\'s local date', () => {
      const f = formatter('en-US', 'America/Chicago', 'USD');
      expect(f.day('2026-11-22', now)).to.equal(phrase('en-US', 'day.today'));
      expect(f.day('2026-11-23', now)).to.equal(phrase('en-US', 'day.tomorrow'));
      expect(f.day('2026-11-21', now)).to.equal(phrase('en-US', 'day.yesterday'));
    });

    it('names the day after tomorrow the way the language does: "übermorgen", but "on Tuesday" in English', () => {
      expect(plain(formatter('de-DE', 'Europe/Berlin', 'EUR').day('2026-11-24', now))).to.equal('übermorgen');
      expect(plain(formatter('en-US', 'America/Chicago', 'USD').day('2026-11-24', now))).to.equal(phrase('en-US', 'day.weekday', { weekday: 'Tuesday' }));
    });

    it('names the weekday within the coming week and the date beyond it', () => {
      const f = formatter('de-DE', 'Europe/Berlin', 'EUR');
      expect(plain(f.day('2026-11-25', now))).to.equal(phrase('de-DE', 'day.weekday', { weekday: 'Mittwoch' }));
      expect(plain(f.day('2026-11-28', now))).to.equal(phrase('de-DE', 'day.weekday', { weekday: 'Samstag' }));
      expect(plain(f.day('2026-11-29', now))).to.equal('am Sonntag, 29. November');
    });

    it('names a day of the past week as last weekday', () => {
      const f = formatter('en-GB', 'Europe/London', 'GBP');
      expect(plain(f.day('2026-11-19', now))).to.equal(phrase('en-GB', 'day.lastWeekday', { weekday: 'Thursday' }));
    });

    it('counts from Tokyo\'s date when it is already the next day there', () => {
      const f = formatter('ja-JP', 'Asia/Tokyo', 'JPY');
      expect(f.day('2026-11-23', now)).to.equal(phrase('ja-JP', 'day.today'));
      expect(f.day('2026-11-24', now)).to.equal(phrase('ja-JP', 'day.tomorrow'));
      expect(f.day('2026-11-22', now)).to.equal(phrase('ja-JP', 'day.yesterday'));
    });

    it('counts from Chicago\'s date when it is still the previous day there', () => {
      const late = new Date('2026-11-23T03:00:00Z'); // 21:00 on the 22nd in Chicago
      const f = formatter('en-US', 'America/Chicago', 'USD');
      expect(f.day('2026-11-23', late)).to.equal(phrase('en-US', 'day.tomorrow'));
    });

    it('names the local day of an instant: a delivery at 16:00 UTC was already the next day in Tokyo', () => {
      const f = formatter('ja-JP', 'Asia/Tokyo', 'JPY');
      expect(f.dayOf('2026-11-22T16:00:00Z', new Date('2026-11-22T20:00:00Z'))).to.equal(phrase('ja-JP', 'day.today'));
      const us = formatter('en-US', 'America/Chicago', 'USD');
      expect(us.dayOf('2026-11-22T16:00:00Z', new Date('2026-11-22T20:00:00Z'))).to.equal(phrase('en-US', 'day.today'));
    });
  });

  describe('today', () => {
    it('is the local calendar date of the request', () => {
      expect(formatter('ja-JP', 'Asia/Tokyo', 'JPY').today(new Date('2026-11-22T20:00:00Z'))).to.equal('2026-11-23');
      expect(formatter('en-US', 'America/Chicago', 'USD').today(new Date('2026-11-23T03:00:00Z'))).to.equal('2026-11-22');
    });
  });
});
