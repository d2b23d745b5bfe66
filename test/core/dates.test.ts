// Calendar days in the shopper's time zone, and the delivery arithmetic on them.
import { expect } from 'chai';
import { addDays, addDeliveryDays, daysBetween, localDate, monthDay, weekdayName } from '../../lambda/core/dates.js';

describe('dates', () => {
  describe('localDate', () => {
    it('gives the calendar day in the shopper\'s zone, not in UTC', () => {
      const instant = new Date('2026-11-22T20:00:00Z');
      expect(localDate(instant, 'UTC')).to.equal('2026-11-22');
      expect(localDate(instant, 'Asia/Tokyo')).to.equal('2026-11-23');
      expect(localDate(instant, 'America/Chicago')).to.equal('2026-11-22');
    });

    it('puts an early-morning UTC instant on the previous day in the Americas', () => {
      expect(localDate(new Date('2026-11-23T03:00:00Z'), 'America/Chicago')).to.equal('2026-11-22');
    });

    it('follows summer time: midnight UTC is already the next day in Berlin in July, and 01:00 in winter', () => {
      expect(localDate(new Date('2026-07-14T22:30:00Z'), 'Europe/Berlin')).to.equal('2026-07-15');
      expect(localDate(new Date('2026-01-14T22:30:00Z'), 'Europe/Berlin')).to.equal('2026-01-14');
    });
  });

  describe('daysBetween and addDays', () => {
    it('counts calendar days across a month and a year end', () => {
      expect(daysBetween('2026-11-30', '2026-12-01')).to.equal(1);
      expect(daysBetween('2026-12-31', '2027-01-02')).to.equal(2);
      expect(daysBetween('2026-11-23', '2026-11-20')).to.equal(-3);
    });

    it('is not thrown off by a daylight-saving change', () => {
      expect(daysBetween('2026-03-28', '2026-03-30')).to.equal(2);
      expect(addDays('2026-10-24', 2)).to.equal('2026-10-26');
    });

    it('adds days across a leap day', () => {
      expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
      expect(addDays('2028-02-28', 2)).to.equal('2028-03-01');
    });
  });

  describe('addDeliveryDays', () => {
    it('counts weekdays and Saturdays as delivery days', () => {
      expect(addDeliveryDays('2026-11-23', 2)).to.equal('2026-11-25'); // Monday -> Wednesday
      expect(addDeliveryDays('2026-11-20', 1)).to.equal('2026-11-21'); // Friday -> Saturday
    });

    it('skips Sunday, when carriers do not deliver', () => {
      expect(addDeliveryDays('2026-11-21', 1)).to.equal('2026-11-23'); // Saturday -> Monday
      expect(addDeliveryDays('2026-11-20', 2)).to.equal('2026-11-23'); // Friday -> Monday
    });

    it('delivers the same day with no delivery days', () => {
      expect(addDeliveryDays('2026-11-22', 0)).to.equal('2026-11-22');
    });
  });

  describe('names of days', () => {
    it('names the weekday of a calendar day in the locale\'s language', () => {
      expect(weekdayName('2026-11-24', 'en-US')).to.equal('Tuesday');
      expect(weekdayName('2026-11-24', 'de-DE')).to.equal('Dienstag');
      expect(weekdayName('2026-11-24', 'it-IT')).to.equal('martedì');
      expect(weekdayName('2026-11-24', 'ja-JP')).to.equal('火曜日');
    });

    it('names the month and day of a calendar day in the locale\'s language', () => {
      expect(monthDay('2026-12-10', 'en-US')).to.equal('December 10');
      expect(monthDay('2026-12-10', 'en-GB')).to.equal('10 December');
      expect(monthDay('2026-12-10', 'de-DE')).to.equal('10. Dezember');
      expect(monthDay('2026-12-10', 'ja-JP')).to.equal('12月10日');
    });
  });
});
