import { simpleParser } from 'mailparser';
import { beforeAll, expect, it } from 'vitest';
import { createUnsubscribeToken, unsubscribeUrl, verifyUnsubscribeToken } from '../../compliance/index.js';
import type { AngleLibrary } from '../../ports/angle-library.js';
import { followUpKinds } from '../../ports/angle-library.js';
import { craftFirstTouch, craftFollowUp } from '../../pipeline/craft/index.js';
import { craftInputFor, sampleLeads, sampleSender } from '../../pipeline/craft/__fixtures__/sample-leads.js';
import { loadAngleLibrary } from '../templates/index.js';
import { createMessageId } from './create-message-id.js';
import { createMimeMessageRenderer } from './mime-message-renderer.js';

const secret = 'outbox-test-secret-0123456789abcdef';
let library: AngleLibrary;
beforeAll(async () => {
  library = await loadAngleLibrary();
});

it('EM-1 / EM-2: every template renders to a message with postal address, opt-out link and both unsubscribe headers', async () => {
  const renderer = createMimeMessageRenderer();
  let rendered = 0;
  for (const [index, sample] of sampleLeads.entries()) {
    const recipient = `lead${index}@${sample.company.domain?.split('.')[0] ?? 'lead'}.test`;
    const token = createUnsubscribeToken(secret, recipient, 'cold-outreach', {
      issuedAt: new Date('2026-02-01T00:00:00Z'),
    });
    const link = unsubscribeUrl('https://mail.example.com', token);
    const input = craftInputFor(sample, { unsubscribeUrl: link });
    const drafts = [
      ...library.angles
        .filter((angle) => angle.tier === sample.tier)
        .map((angle) =>
          craftFirstTouch(
            {
              ...input,
              previouslyRejected: {
                angleIds: library.angles.filter((other) => other !== angle).map((other) => other.id),
                reasons: [],
              },
            },
            library,
          ),
        ),
      ...followUpKinds.map((kind) => craftFollowUp(kind, input, library)),
    ];
    for (const draft of drafts) {
      const messageId = createMessageId(
        `00000000-0000-4000-8000-${String(rendered).padStart(12, '0')}`,
        'mail.example.com',
      );
      const { raw } = await renderer.render({
        from: { name: sampleSender.name, address: 'dana@mail.example.com' },
        to: recipient,
        subject: draft.subjectA,
        text: draft.body,
        messageId,
        listUnsubscribeUrl: link,
        listUnsubscribeMailto: 'unsubscribe@mail.example.com',
        date: new Date('2026-02-02T15:00:00Z'),
      });
      const parsed = await simpleParser(raw);
      expect(parsed.text).toContain(sampleSender.postalAddress);
      expect(parsed.text).toContain(`unsubscribe here: ${link}`);
      expect(parsed.subject).toBe(draft.subjectA);
      const header = parsed.headerLines
        .find((line) => line.key === 'list-unsubscribe')
        ?.line.replace(/\r?\n[ \t]+/g, ' ');
      expect(header).toBe(`List-Unsubscribe: <${link}>, <mailto:unsubscribe@mail.example.com>`);
      expect(parsed.headerLines.some((line) => line.line === 'List-Unsubscribe-Post: List-Unsubscribe=One-Click')).toBe(
        true,
      );
      rendered++;
    }
    expect(verifyUnsubscribeToken(secret, token)).toMatchObject({ valid: true, recipient, list: 'cold-outreach' });
  }
  expect(rendered).toBeGreaterThan(30);
});
