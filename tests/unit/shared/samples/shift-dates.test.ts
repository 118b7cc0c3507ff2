import { describe, expect, it } from 'vitest';
import { daysSince, shiftDay } from '../../../../shared/samples/shift-dates';

describe('moving a sample workshop to another day', () => {
  it('moves the day and keeps the time and offset as written, across months, years and 29 February', () => {
    expect(shiftDay('2026-03-18T09:24:00+08:00', 256)).toBe('2026-11-29T09:24:00+08:00');
    expect(shiftDay('2026-12-30', 3)).toBe('2027-01-02');
    expect(shiftDay('2028-02-27', 2)).toBe('2028-02-29');
    expect(shiftDay('2026-04-20', -30)).toBe('2026-03-21');
  });

  it('leaves anything that is not a date alone', () => {
    expect(shiftDay('', 10)).toBe('');
    expect(shiftDay('下周一', 10)).toBe('下周一');
    expect(shiftDay('Q3 2026', 10)).toBe('Q3 2026');
  });

  it('counts whole days from the day it was held to today, on the local calendar', () => {
    expect(daysSince('2026-03-18T08:45:00+08:00', new Date(2026, 10, 29, 23, 59))).toBe(256);
    expect(daysSince('2026-11-29T08:45:00+08:00', new Date(2026, 10, 29, 0, 1))).toBe(0);
    expect(daysSince('not a date', new Date())).toBe(0);
  });
});
