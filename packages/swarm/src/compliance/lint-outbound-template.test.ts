import { describe, expect, it } from 'vitest';
import { isCaioError } from '../domain/errors.js';
import { composeClosing } from '../pipeline/craft/index.js';
import { assertOutboundTemplateCompliant } from './assert-outbound-template-compliant.js';
import { lintOutboundTemplate, type OutboundTemplateLintInput } from './lint-outbound-template.js';

const postalAddress = '12 Harbour Road, Bristol BS1 4QA, United Kingdom';
const unsubscribeUrl = 'https://caio.example.com/u/AQAAAABzb21lLXRva2Vu';
const sender = { name: 'Dana', title: 'Partner', company: 'Northwind Ltd', postalAddress };
const body = composeClosing(
  'Hi Grace,\n\nOne idea for Contoso.',
  sender,
  'https://cal.example.com/dana',
  unsubscribeUrl,
);
const good: OutboundTemplateLintInput = {
  subject: 'One idea for Contoso',
  body,
  sequenceStep: 1,
  postalAddress,
  unsubscribeUrl,
};
const rules = (input: Partial<OutboundTemplateLintInput>) =>
  lintOutboundTemplate({ ...good, ...input }).map((f) => f.rule);

describe('EM-1 template lint', () => {
  it('EM-1: a crafted message with footer, honest subject and opt-out passes', () => {
    expect(lintOutboundTemplate(good)).toEqual([]);
  });

  it('EM-1: a first touch may not fake a thread (Re:/Fwd:/RE:/FW: and localised forms)', () => {
    for (const subject of [
      'Re: your question',
      'RE: Contoso',
      'Fwd: idea',
      'FW: idea',
      'Fw : idea',
      'AW: Angebot',
      'WG: Info',
      'SV: hej',
      'Re[2]: again',
      '[External] RE: idea',
      'TR: idée',
      '回复：你好',
    ]) {
      expect(rules({ subject }), subject).toEqual(['subject_fake_thread']);
    }
    expect(rules({ subject: 'Re: your question', sequenceStep: 3, inThread: false })).toEqual(['subject_fake_thread']);
    expect(rules({ subject: 'Re: your question', sequenceStep: 3, inThread: true })).toEqual([]);
    expect(rules({ subject: 'Re: your question', sequenceStep: 1, inThread: true })).toEqual(['subject_fake_thread']);
    for (const subject of [
      'Regarding Contoso',
      'Reading list for Contoso',
      'Free time at Contoso?',
      'Trial: two weeks',
    ]) {
      expect(rules({ subject }), subject).toEqual([]);
    }
  });

  it('EM-1: an all-caps, empty or multi-line subject is refused', () => {
    expect(rules({ subject: 'LAST CHANCE FOR CONTOSO' })).toEqual(['subject_all_caps']);
    expect(rules({ subject: 'ROI?' })).toEqual([]);
    expect(rules({ subject: '  ' })).toEqual(['subject_empty']);
    expect(rules({ subject: 'Hello\r\nBcc: x@example.com' })).toEqual(['subject_header_unsafe']);
  });

  it('EM-1: a missing, placeholder or absent-from-body postal address is refused', () => {
    expect(rules({ postalAddress: '' })).toEqual(['postal_address_missing']);
    expect(rules({ postalAddress: '123 Placeholder Street, Nowhere, ZZ 00000 — set sender.postalAddress' })).toContain(
      'postal_address_invalid',
    );
    expect(rules({ postalAddress: 'Bristol, United Kingdom' })).toContain('postal_address_invalid');
    expect(rules({ body: body.replace(postalAddress, 'Bristol') })).toEqual(['postal_address_not_in_body']);
  });

  it('EM-1: a missing opt-out sentence or unsubscribe link is refused', () => {
    const noFooterLine = body.replace(/If you would rather.*\n/, `${unsubscribeUrl}\n`);
    expect(rules({ body: noFooterLine })).toEqual(['opt_out_sentence_missing']);
    expect(rules({ body: body.replace(unsubscribeUrl, 'https://caio.example.com/') })).toEqual([
      'opt_out_link_missing',
    ]);
    const { unsubscribeUrl: _omitted, ...withoutExactLink } = good;
    expect(lintOutboundTemplate(withoutExactLink)).toEqual([]);
    expect(
      lintOutboundTemplate({ ...withoutExactLink, body: body.replace(unsubscribeUrl, 'https://x.example.com/a') }).map(
        (f) => f.rule,
      ),
    ).toEqual(['opt_out_link_missing']);
  });

  it('EM-1: From and Reply-To must be verified sending identities when those are given', () => {
    const verifiedSenders = ['dana@mail.example.com'];
    expect(rules({ from: 'dana@mail.example.com', replyTo: 'sales@mail.example.com', verifiedSenders })).toEqual([]);
    expect(rules({ from: 'ceo@other.example.net', verifiedSenders })).toEqual(['from_unverified']);
    expect(rules({ from: 'dana@mail.example.com', replyTo: 'x@other.example.net', verifiedSenders })).toEqual([
      'reply_to_unverified',
    ]);
  });

  it('EM-1: missing any element blocks the send with policy_refused', () => {
    expect(() => assertOutboundTemplateCompliant(good)).not.toThrow();
    try {
      assertOutboundTemplateCompliant({ ...good, subject: 'Fwd: idea' });
      expect.unreachable();
    } catch (error) {
      expect(isCaioError(error) && error.code).toBe('policy_refused');
      expect(isCaioError(error) && error.isRetryable).toBe(false);
      expect(isCaioError(error) && error.details['findings']).toHaveLength(1);
    }
  });
});
