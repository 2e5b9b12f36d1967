import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { addDays, daysBetween, dueDigestPeriod, localDate, parseDigestSchedule } from '../../src/core/schedule';

describe('the newsroom calendar', () => {
  it('reads PLEDGEWATCH_DIGEST: a day and a 24-hour time, daily, or off', () => {
    expect(parseDigestSchedule('mon 09:00')).toEqual({ every: 'week', day: 1, hour: 9, minute: 0 });
    expect(parseDigestSchedule('Sun 7:30')).toEqual({ every: 'week', day: 0, hour: 7, minute: 30 });
    expect(parseDigestSchedule('daily 18:05')).toEqual({ every: 'day', hour: 18, minute: 5 });
    expect(parseDigestSchedule('off')).toEqual({ every: 'off' });
    for (const bad of ['monday', 'mon 25:00', 'mon 9', 'weekly']) expect(typeof parseDigestSchedule(bad)).toBe('string');
    expect(loadConfig({}).PLEDGEWATCH_DIGEST).toEqual({ every: 'week', day: 1, hour: 9, minute: 0 });
    expect(() => loadConfig({ PLEDGEWATCH_DIGEST: 'mon 9am' })).toThrow(/PLEDGEWATCH_DIGEST: “mon 9am” is not a schedule/);
    expect(() => loadConfig({ PLEDGEWATCH_TIMEZONE: 'Mars/Olympus' })).toThrow(/PLEDGEWATCH_TIMEZONE: must be an IANA time zone/);
    expect(() => loadConfig({ PLEDGEWATCH_REMINDER_DAYS: '0' })).toThrow(/PLEDGEWATCH_REMINDER_DAYS/);
    expect(loadConfig({}).PLEDGEWATCH_TIMEZONE).toBe('UTC');
    expect(loadConfig({}).PLEDGEWATCH_REMINDER_DAYS).toBe(30);
  });

  it('dates are the zone’s: late evening in New York is already tomorrow in UTC', () => {
    const at = new Date('2026-11-24T03:30:00Z');
    expect(localDate(at, 'UTC')).toBe('2026-11-24');
    expect(localDate(at, 'America/New_York')).toBe('2026-11-23');
    expect(localDate(at, 'Asia/Tokyo')).toBe('2026-11-24');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-11-23', '2026-12-22')).toBe(29);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('a digest period starts at its local time and is due for a day; the key is the same on every instance', () => {
    const weekly = parseDigestSchedule('mon 09:00');
    if (typeof weekly === 'string') throw new Error(weekly);
    // Monday 09:00 in London is 09:00 UTC in winter, 08:00 UTC in summer
    expect(dueDigestPeriod(new Date('2026-11-23T08:59:00Z'), 'Europe/London', weekly)).toBeNull();
    expect(dueDigestPeriod(new Date('2026-11-23T09:00:00Z'), 'Europe/London', weekly)).toBe('2026-11-23 09:00 Europe/London');
    expect(dueDigestPeriod(new Date('2026-11-24T08:59:00Z'), 'Europe/London', weekly)).toBe('2026-11-23 09:00 Europe/London');
    expect(dueDigestPeriod(new Date('2026-11-24T09:00:00Z'), 'Europe/London', weekly)).toBeNull();
    expect(dueDigestPeriod(new Date('2026-06-01T08:00:00Z'), 'Europe/London', weekly)).toBe('2026-06-01 09:00 Europe/London');
    // Monday 09:00 in New York is 14:00 UTC in winter
    expect(dueDigestPeriod(new Date('2026-11-23T13:59:00Z'), 'America/New_York', weekly)).toBeNull();
    expect(dueDigestPeriod(new Date('2026-11-23T14:01:00Z'), 'America/New_York', weekly)).toBe('2026-11-23 09:00 America/New_York');
    const daily = parseDigestSchedule('daily 07:00');
    if (typeof daily === 'string') throw new Error(daily);
    expect(dueDigestPeriod(new Date('2026-11-25T06:00:00Z'), 'UTC', daily)).toBe('2026-11-24 07:00 UTC');
    expect(dueDigestPeriod(new Date('2026-11-25T07:00:00Z'), 'UTC', daily)).toBe('2026-11-25 07:00 UTC');
    expect(dueDigestPeriod(new Date('2026-11-25T07:00:00Z'), 'UTC', { every: 'off' })).toBeNull();
  });
});
