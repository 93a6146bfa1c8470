import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyIntent } from './classify-intent.js';
import { detectAutoSignals } from './detect-auto-signals.js';
import { extractVisibleReply } from './extract-visible-reply.js';
import type { AutoSignals } from './auto-signals.js';
import { parseEmail } from './parse-email.js';

// sisimai/set-of-emails (BSD-2-Clause), see __fixtures__/README.md. Categories are our labels (manifest.tsv).
const corpus = join(import.meta.dirname, '__fixtures__', 'sisimai');
const rows = readFileSync(join(corpus, 'manifest.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .filter((columns) => (columns[0] ?? '').endsWith('.eml'))
  .map((columns) => ({ path: columns[0] ?? '', category: columns[1] ?? '' }));
const expected = JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')) as Record<
  string,
  { status: string }[] | string
>;

async function signalsOf(path: string): Promise<AutoSignals> {
  return detectAutoSignals(await parseEmail(readFileSync(join(corpus, path))));
}

async function rate(
  category: string,
  accept: (signals: AutoSignals) => boolean,
): Promise<{ rate: number; misses: string[] }> {
  const selected = rows.filter((row) => row.category === category);
  const misses: string[] = [];
  for (const row of selected) if (!accept(await signalsOf(row.path))) misses.push(row.path);
  const value = (selected.length - misses.length) / selected.length;
  console.info(
    `[sisimai] ${category}: ${selected.length - misses.length}/${selected.length} = ${value.toFixed(3)}`,
    misses,
  );
  return { rate: value, misses };
}

describe('detectAutoSignals on the sisimai corpus', () => {
  it('§6: detects RFC 3464 and non-standard failure notices as bounces (≥ 95 %)', async () => {
    const { rate: detected } = await rate('bounce', (signals) => signals.isBounce);
    expect(detected).toBeGreaterThanOrEqual(0.95);
  });

  it('§6 severity: detects delay notices as transient bounces, not as auto-replies', async () => {
    const { rate: detected } = await rate('delayed', (signals) => signals.isBounce && !signals.isAutoReply);
    expect(detected).toBeGreaterThanOrEqual(0.9);
    const { rate: delayedKind } = await rate('delayed', (signals) => signals.bounce?.kind === 'delayed');
    expect(delayedKind).toBeGreaterThanOrEqual(0.6);
  });

  it('§5–§6 ordering: bounces carrying Auto-Submitted are never reported as auto-replies (§5 ordering)', async () => {
    for (const row of rows.filter((candidate) => candidate.category === 'bounce')) {
      const raw = readFileSync(join(corpus, row.path)).toString('latin1');
      if (!/^auto-submitted:\s*auto-replied/im.test(raw)) continue;
      expect((await signalsOf(row.path)).isAutoReply, row.path).toBe(false);
    }
  });

  it('§6 not bounces: ARF feedback reports are complaints, not bounces', async () => {
    const { rate: detected } = await rate(
      'complaint-arf',
      (signals) => signals.complaint === true && !signals.isBounce,
    );
    expect(detected).toBe(1);
  });

  it('§6 not bounces: success DSNs and a forwarded message attachment are not bounces', async () => {
    expect((await signalsOf('maildir/bsd/rfc3464-28.eml')).isBounce).toBe(false);
    expect((await signalsOf('maildir/not/is-not-bounce-01.eml')).isBounce).toBe(false);
    expect((await signalsOf('maildir/not/is-not-bounce-02.eml')).isBounce).toBe(false);
  });

  it('§6: reports the remaining categories (success DSNs, non-bounces, non-ARF complaints)', async () => {
    const success = await rate('success-dsn', (signals) => !signals.isBounce);
    const notBounce = await rate('not-bounce', (signals) => !signals.isBounce);
    const complaints = await rate('complaint-other', (signals) => signals.complaint === true);
    // JMRP and SES complaints are flagged; iCloud's plain "unsubscribe" mail is an opt-out by its words.
    expect(complaints.misses).toEqual(['maildir/bsd/arf-26.eml']);
    const icloud = await parseEmail(readFileSync(join(corpus, 'maildir/bsd/arf-26.eml')));
    expect(classifyIntent(extractVisibleReply(icloud).text, { parsed: icloud }).intent).toBe('unsubscribe_request');
    expect(success.rate).toBe(1);
    // rb-issue-368-bug is a "mailbox full" notice that sisimai declines to parse; it reads as a bounce to us.
    expect(notBounce.misses.filter((path) => !path.includes('rb-issue-368'))).toEqual([]);
  });

  it('§5 RFC 3834: RFC 3834 auto-replies are auto-replies, not bounces', async () => {
    const { rate: detected } = await rate('auto-reply', (signals) => signals.isAutoReply && !signals.isBounce);
    expect(detected).toBe(1);
  });

  it('§7: classifyIntent labels detected bounces "bounce" and RFC 3834 auto-replies "out_of_office"', async () => {
    const intentOf = async (path: string): Promise<string> => {
      const parsed = await parseEmail(readFileSync(join(corpus, path)));
      return classifyIntent(extractVisibleReply(parsed).text, { parsed }).intent;
    };
    let bounces = 0;
    const failures = rows.filter((row) => row.category === 'bounce' || row.category === 'delayed');
    for (const row of failures) if ((await intentOf(row.path)) === 'bounce') bounces += 1;
    const autoReplies = rows.filter((row) => row.category === 'auto-reply');
    const labels = await Promise.all(autoReplies.map((row) => intentOf(row.path)));
    console.info(`[sisimai] intent "bounce": ${bounces}/${failures.length}; auto-replies:`, labels);
    expect(bounces / failures.length).toBeGreaterThanOrEqual(0.95);
    expect(labels.filter((label) => label === 'out_of_office').length).toBeGreaterThanOrEqual(autoReplies.length - 1);
  });

  it('§6 RFC 3463: recipient status codes agree with sisimai where both have a real code', async () => {
    let compared = 0;
    let agreed = 0;
    for (const row of rows.filter((candidate) => candidate.category === 'bounce')) {
      const answer = expected[row.path];
      const status = Array.isArray(answer) ? (answer[0]?.status ?? '') : '';
      if (!/^[45]\.\d\.\d{1,3}$/.test(status) || /\.0\.9\d\d$/.test(status)) continue;
      const ours = (await signalsOf(row.path)).bounce?.recipients[0]?.status ?? '';
      if (ours === '') continue;
      compared += 1;
      if (ours[0] === status[0]) agreed += 1;
    }
    console.info(`[sisimai] status class agreement: ${agreed}/${compared} = ${(agreed / compared).toFixed(3)}`);
    expect(agreed / compared).toBeGreaterThanOrEqual(0.9);
  });
});
