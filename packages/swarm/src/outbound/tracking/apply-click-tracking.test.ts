import { describe, expect, it } from 'vitest';
import { applyClickTracking } from './apply-click-tracking.js';
import { verifyTrackingToken } from './tracking-token.js';

const settings = {
  baseUrl: 'https://track.example.com/',
  secret: 'tracking-secret-0123456789-abcdefghij',
  outboxId: 'outbox-1',
};
const unsubscribe = 'https://mail.example.com/u/AQAAAAB1c2VyQGV4YW1wbGUuY29t';

function destinationOf(trackedUrl: string): string | null {
  const token = trackedUrl.replace('https://track.example.com/t/c/', '');
  const check = verifyTrackingToken(settings.secret, token);
  return check.valid && check.claims.kind === 'click' ? check.claims.url : null;
}

const body = [
  'Hi Grace,',
  'Here is the case study (https://www.example.com/case?id=7&ref=mail).',
  'Pick a time: https://cal.example.org/dana/30min.',
  'Questions? mailto:dana@example.com or dana@example.com',
  '--',
  `If you would rather not hear from me again, unsubscribe here: ${unsubscribe}`,
  '',
].join('\n');

describe('applyClickTracking (SPEC §4 click redirect)', () => {
  it('rewrites http(s) links to /t/c/{token} bound to the exact original URL, keeping surrounding punctuation', () => {
    const tracked = applyClickTracking(body, settings);
    const links = [...tracked.matchAll(/https:\/\/track\.example\.com\/t\/c\/[A-Za-z0-9_-]+/g)].map(
      (match) => match[0],
    );
    expect(links.map(destinationOf)).toEqual([
      'https://www.example.com/case?id=7&ref=mail',
      'https://cal.example.org/dana/30min',
    ]);
    expect(tracked).toContain(`(${links[0]}).`);
    expect(tracked).toContain(`${links[1]}.\n`);
    expect(tracked).not.toContain('www.example.com');
  });

  it('EM-1: never rewrites the unsubscribe link or mailto addresses', () => {
    const tracked = applyClickTracking(body, settings);
    expect(tracked).toContain(`unsubscribe here: ${unsubscribe}\n`);
    expect(tracked).toContain('mailto:dana@example.com or dana@example.com');
  });

  it('is idempotent and leaves text without links unchanged', () => {
    const once = applyClickTracking(body, settings);
    expect(applyClickTracking(once, settings)).toBe(once);
    expect(applyClickTracking('No links here.\n', settings)).toBe('No links here.\n');
  });
});
