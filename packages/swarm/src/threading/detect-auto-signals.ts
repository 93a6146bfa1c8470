import type { AutoSignals } from './auto-signals.js';
import { detectAutoReply } from './detect-auto-reply.js';
import { detectBounce } from './detect-bounce.js';
import { detectComplaint } from './detect-complaint.js';
import type { ParsedEmail } from './parsed-email.js';

/**
 * Detects bounces, then spam complaints, then automatic replies, in that order (threading spec §8 pipeline
 * step 2): Postfix and Exchange bounces carry `Auto-Submitted: auto-replied` (spec §5), so bounce detection
 * must win. A bounce or complaint is never also reported as an auto-reply.
 */
export function detectAutoSignals(parsed: ParsedEmail): AutoSignals {
  const bounce = detectBounce(parsed);
  if (bounce) return { isAutoReply: false, autoReplyKind: null, isBounce: true, bounce };
  if (detectComplaint(parsed)) return { isAutoReply: false, autoReplyKind: null, isBounce: false, complaint: true };
  const autoReply = detectAutoReply(parsed);
  return { isAutoReply: autoReply.isAutoReply, autoReplyKind: autoReply.kind, isBounce: false };
}
