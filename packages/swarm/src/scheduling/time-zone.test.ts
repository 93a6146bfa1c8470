import { describe, expect, it } from 'vitest';
import { civilDayNumber } from './civil-date.js';
import { formatOffset, isValidTimeZone, offsetAt, resolveLocalTime } from './time-zone.js';

const resolve = (zone: string, date: string, time: string): string => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(resolveLocalTime(zone, civilDayNumber(year, month, day), hours * 60 + minutes)).toISOString();
};
const offset = (zone: string, instant: string): string => formatOffset(offsetAt(zone, Date.parse(instant)));

describe('§6.2 time-zone validation', () => {
  it('§6.2: accepts IANA ids and rejects unknown ids, offsets and empty strings (no UTC fallback)', () => {
    expect(isValidTimeZone('America/St_Johns')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('+05:30')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(undefined)).toBe(false);
  });
});

describe('§6.3 rule 5 local → instant, compatible disambiguation (RFC 5545 §3.3.5)', () => {
  it('§6.3 rule 5: America/New_York March gap moves 02:30 forward by the gap to 03:30 EDT', () => {
    expect(resolve('America/New_York', '2026-03-08', '02:30')).toBe('2026-03-08T07:30:00.000Z');
    expect(resolve('America/New_York', '2026-03-08', '03:00')).toBe('2026-03-08T07:00:00.000Z');
  });
  it('§6.3 rule 5: America/New_York November overlap takes the earlier instant (EDT)', () => {
    expect(resolve('America/New_York', '2026-11-01', '01:30')).toBe('2026-11-01T05:30:00.000Z');
    expect(resolve('America/New_York', '2026-11-01', '02:00')).toBe('2026-11-01T07:00:00.000Z');
  });
  it('§6.3 rule 5: Europe/London gap (01:30 → 02:30 BST) and overlap (01:30 BST)', () => {
    expect(resolve('Europe/London', '2026-03-29', '01:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(resolve('Europe/London', '2026-10-25', '01:30')).toBe('2026-10-25T00:30:00.000Z');
  });
  it('§6.3 rule 5: Australia/Lord_Howe 30-minute DST: 02:15 moves 30 min forward; 01:45 takes +11:00', () => {
    expect(resolve('Australia/Lord_Howe', '2026-10-04', '02:15')).toBe('2026-10-03T15:45:00.000Z');
    expect(offset('Australia/Lord_Howe', '2026-10-03T15:45:00Z')).toBe('+11:00');
    expect(resolve('Australia/Lord_Howe', '2026-04-05', '01:45')).toBe('2026-04-04T14:45:00.000Z');
    expect(offset('Australia/Lord_Howe', '2026-04-04T15:15:00Z')).toBe('+10:30');
  });
  it('§6.3 rule 5: Pacific/Chatham +12:45/+13:45: gap at 02:45 and overlap at 02:45–03:45', () => {
    expect(resolve('Pacific/Chatham', '2026-09-27', '03:00')).toBe('2026-09-26T14:15:00.000Z');
    expect(offset('Pacific/Chatham', '2026-09-26T14:15:00Z')).toBe('+13:45');
    expect(resolve('Pacific/Chatham', '2026-04-05', '03:00')).toBe('2026-04-04T13:15:00.000Z');
    expect(offset('Pacific/Chatham', '2026-04-04T14:15:00Z')).toBe('+12:45');
  });
  it('§6.3 rule 5: Asia/Kathmandu is +05:45 all year; UTC formats as +00:00', () => {
    expect(resolve('Asia/Kathmandu', '2026-06-01', '09:00')).toBe('2026-06-01T03:15:00.000Z');
    expect(offset('Asia/Kathmandu', '2026-01-01T00:00:00Z')).toBe('+05:45');
    expect(offset('UTC', '2026-01-01T00:00:00Z')).toBe('+00:00');
    expect(offset('America/St_Johns', '2026-01-01T00:00:00Z')).toBe('-03:30');
  });
});
