import { describe, expect, it } from 'vitest';
import { linkedinUrlProblem, normaliseLinkedinUrl } from './linkedin-url.js';

describe('normaliseLinkedinUrl', () => {
  it('SPEC 3.1: trims and strips the query, fragment and trailing slash', () => {
    expect(normaliseLinkedinUrl('  https://linkedin.example.com/in/Jane-Doe/?trk=abc#top ')).toBe(
      'https://linkedin.example.com/in/Jane-Doe',
    );
    expect(normaliseLinkedinUrl('https://linkedin.example.com/in/jane//')).toBe('https://linkedin.example.com/in/jane');
  });

  it('adds https:// when the scheme is missing, and gives null for blank values', () => {
    expect(normaliseLinkedinUrl('linkedin.example.com/in/jane')).toBe('https://linkedin.example.com/in/jane');
    expect(normaliseLinkedinUrl('   ')).toBeNull();
    expect(normaliseLinkedinUrl(null)).toBeNull();
  });
});

describe('linkedinUrlProblem', () => {
  it('accepts an http(s) profile URL and names what is wrong with a placeholder', () => {
    expect(linkedinUrlProblem('https://linkedin.example.com/in/jane')).toBeNull();
    expect(linkedinUrlProblem('https://n/a')).toContain('no dot');
    expect(linkedinUrlProblem('https://linkedin.example.com/in/jane doe')).toContain('space');
    expect(linkedinUrlProblem('ftp://linkedin.example.com/in/jane')).toContain('http(s)');
  });
});
