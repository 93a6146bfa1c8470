import type { BounceDetails, BounceRecipient, BounceSeverity } from './auto-signals.js';
import { isForwardSubject } from './base-subject.js';
import {
  bounceBodyPattern,
  bounceSenderNamePattern,
  bounceSenderPattern,
  bounceSubjectPattern,
  delayPattern,
  enhancedStatusPattern,
  smtpReplyPattern,
} from './bounce-patterns.js';
import { findReturnedOriginal } from './find-returned-original.js';
import { parseDeliveryStatus } from './parse-delivery-status.js';
import type { DeliveryStatusGroup } from './parse-delivery-status.js';
import type { ParsedEmail } from './parsed-email.js';

const successActions = new Set(['delivered', 'relayed', 'expanded', 'deliverable']);
const deliveryStatusTypes = new Set(['message/delivery-status', 'message/global-delivery-status']);

function isPermanent(status: string, action: string): boolean {
  if (action === 'delayed' || status.startsWith('4')) return false;
  if (status === '5.2.2' || status.startsWith('5.7')) return false;
  return true;
}

function severityOf(recipients: BounceRecipient[]): BounceSeverity {
  if (recipients.every((recipient) => recipient.action === 'delayed')) return 'transient';
  if (recipients.some((recipient) => recipient.permanent)) return 'hard';
  if (recipients.some((recipient) => recipient.status.startsWith('5.7'))) return 'policy';
  return recipients.every((recipient) => recipient.status.startsWith('4')) ? 'transient' : 'soft';
}

function deliveryStatusText(parsed: ParsedEmail): string {
  const parts = parsed.attachments.filter((attachment) => deliveryStatusTypes.has(attachment.contentType));
  if (parts.length > 0) return parts.map((part) => part.content.toString('utf8')).join('\n');
  // Truncated or defective MIME hides the part from the parser; its fields are still in the source.
  return parsed.source.slice(0, 200_000);
}

function statusFromText(text: string): string {
  const enhanced = enhancedStatusPattern.exec(text);
  if (enhanced) return `${enhanced[1]}.${enhanced[2]}.${enhanced[3]}`;
  const reply = smtpReplyPattern.exec(text);
  return reply ? `${reply[1]?.[0] ?? '5'}.0.0` : '';
}

function noticeText(parsed: ParsedEmail): string {
  // Defective MIME (an unfolded boundary parameter, sisimai lhost-verizon-02) leaves no parsed body: read
  // the raw body instead, as sisimai does.
  const text = parsed.text ?? parsed.source.slice(Math.max(0, parsed.source.search(/\r?\n\r?\n/)));
  // The returned original pasted below the notice must not feed recipient or code extraction.
  const cut =
    /^(?:-+ ?(?:this is a copy|below this line|original message|the original message|original message follows|returned message|undelivered message)|content-type: message\/rfc822)/im.exec(
      text,
    );
  return (cut ? text.slice(0, cut.index) : text).slice(0, 20_000);
}

function recipientsFromGroups(groups: DeliveryStatusGroup[]): BounceRecipient[] {
  return groups
    .filter((group) => !successActions.has(group.action) && !group.status.startsWith('2'))
    .map((group) => {
      const action =
        group.action === 'delayed' || (group.action === '' && group.status.startsWith('4')) ? 'delayed' : 'failed';
      return {
        address: group.finalRecipient,
        action,
        status: group.status,
        ...(group.diagnostic ? { diagnostic: group.diagnostic } : {}),
        permanent: isPermanent(group.status, action),
      };
    });
}

function recipientsFromNotice(parsed: ParsedEmail, delayed: boolean): BounceRecipient[] {
  const text = noticeText(parsed);
  const failed = (parsed.headers.get('x-failed-recipients') ?? []).flatMap((value) => value.split(','));
  const found = failed.length > 0 ? failed : [...text.matchAll(/[\w.+=-]+@[\w-]+(?:\.[\w-]+)+/g)].map((m) => m[0]);
  const sender = parsed.from.address;
  const addresses = [...new Set(found.map((address) => address.trim().toLowerCase()))].filter(
    (address) => address !== '' && address !== sender && !bounceSenderPattern.test(address),
  );
  const status = statusFromText(text) || (delayed ? '4.0.0' : '');
  const action = delayed && !status.startsWith('5') ? 'delayed' : 'failed';
  return addresses.slice(0, 20).map((address) => ({ address, action, status, permanent: isPermanent(status, action) }));
}

function looksLikeNonStandardBounce(parsed: ParsedEmail): boolean {
  const subject = parsed.subject.replace(/^(?:\[[^\]]*\]\s*)+/, '');
  const subjectSignal =
    !isForwardSubject(subject) && !/^(?:re|aw|sv)\s*:/i.test(subject) && bounceSubjectPattern.test(subject);
  const senderSignal = bounceSenderPattern.test(parsed.from.address) || bounceSenderNamePattern.test(parsed.from.name);
  const nullReturnPath = (parsed.headers.get('return-path') ?? []).some((value) => /^<\s*>$/.test(value.trim()));
  const failedHeader = parsed.headers.has('x-failed-recipients');
  const text = noticeText(parsed);
  const bodySignal = bounceBodyPattern.test(text) || enhancedStatusPattern.test(text) || smtpReplyPattern.test(text);
  if (failedHeader) return true;
  if (subjectSignal && senderSignal) return true;
  return (subjectSignal || senderSignal || nullReturnPath) && bodySignal;
}

/**
 * Detects a delivery-status notification (threading spec §6): RFC 3464/6522 `multipart/report` DSNs (and
 * RFC 6533 global DSNs) first, then non-standard MTA notices (null Return-Path, `MAILER-DAEMON`, bounce
 * subjects, SMTP codes). Success DSNs, read receipts and ARF complaints return null, as do human forwards
 * of a message. Severity follows spec §6: 5.1.x hard, 5.2.2 soft, 5.7.x policy, 4.x.x / delayed transient.
 */
export function detectBounce(parsed: ParsedEmail): BounceDetails | null {
  if (parsed.reportType === 'feedback-report' || parsed.reportType === 'disposition-notification') return null;
  const isReport =
    (parsed.contentType === 'multipart/report' && (parsed.reportType ?? '').includes('delivery-status')) ||
    parsed.attachments.some((attachment) => deliveryStatusTypes.has(attachment.contentType));
  const delayedWording = delayPattern.test(parsed.subject);
  let recipients: BounceRecipient[];
  if (isReport) {
    const groups = parseDeliveryStatus(deliveryStatusText(parsed));
    if (
      groups.length > 0 &&
      groups.every((group) => successActions.has(group.action) || group.status.startsWith('2'))
    ) {
      return null;
    }
    recipients = recipientsFromGroups(groups);
    if (recipients.length === 0) recipients = recipientsFromNotice(parsed, delayedWording);
  } else {
    if (!looksLikeNonStandardBounce(parsed)) return null;
    const groups = parseDeliveryStatus(parsed.source.slice(0, 200_000));
    recipients = groups.length > 0 ? recipientsFromGroups(groups) : [];
    if (groups.length > 0 && recipients.length === 0) return null;
    if (recipients.length === 0)
      recipients = recipientsFromNotice(parsed, delayedWording || delayPattern.test(noticeText(parsed).slice(0, 600)));
  }
  const original = findReturnedOriginal(parsed);
  const allDelayed = recipients.every((recipient) => recipient.action === 'delayed');
  const kind = (recipients.length > 0 ? allDelayed : delayedWording) ? 'delayed' : 'failed';
  return {
    recipients,
    kind,
    severity: recipients.length === 0 ? (kind === 'delayed' ? 'transient' : 'hard') : severityOf(recipients),
    ...(original?.messageId ? { originalMessageId: original.messageId } : {}),
    ...(original && original.references.length > 0 ? { originalReferences: original.references } : {}),
  };
}
