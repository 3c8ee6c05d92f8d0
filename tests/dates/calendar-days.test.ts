import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, todayIso, weekStartIso } from '../../lib/dates';
import { relativeDay } from '../../components/format';

describe('calendar days', () => {
  it('moves a due date by whole days across month ends, leap days and year ends', () => {
    expect(addDays('2026-11-23', 7)).toBe('2026-11-30');
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-11-23', 0)).toBe('2026-11-23');
  });

  it('keeps a due date on its day across a daylight-saving change (the arithmetic is on dates, not instants)', () => {
    // Europe and the US change clocks on these weekends.
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-10-24', 7)).toBe('2026-10-31');
    expect(addDays('2026-11-01', 1)).toBe('2026-11-02');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('counts whole days between dates, date-times counting by their date', () => {
    expect(daysBetween('2026-11-01', '2026-11-22')).toBe(21);
    expect(daysBetween('2026-11-22', '2026-11-01')).toBe(-21);
    expect(daysBetween('2026-11-01T23:59:00.000Z', '2026-11-02T00:01:00.000Z')).toBe(1);
    expect(relativeDay('2026-11-20T08:00:00.000Z', '2026-11-22')).toBe('2 days ago');
    expect(relativeDay('2026-11-23', '2026-11-22')).toBe('tomorrow');
  });

  it('starts the week on Monday at local midnight', () => {
    for (const day of ['2026-11-23', '2026-11-25', '2026-11-29']) {
      const start = new Date(weekStartIso(day));
      expect([start.getDay(), start.getHours(), start.getMinutes()]).toEqual([1, 0, 0]);
      expect(todayIso(start)).toBe('2026-11-23');
    }
  });

  it('names today by the manager’s own calendar, not UTC’s', () => {
    const lateEvening = new Date(2026, 10, 22, 23, 30);
    expect(todayIso(lateEvening)).toBe('2026-11-22');
  });
});
