// Email threading, reply extraction and intent (SPEC §6; shared/specs/threading.md). Pure slice: no I/O.
export { parseEmail } from './parse-email.js';
export type { ParseEmailOptions } from './parse-email.js';
export type { EmailAddress, EmailAttachment, ParsedEmail } from './parsed-email.js';
export { resolveThread } from './resolve-thread.js';
export type { ResolveThreadOptions } from './resolve-thread.js';
export type { ThreadLink, ThreadingMethod } from './thread-link.js';
export { createInMemoryThreadLedger } from './create-in-memory-thread-ledger.js';
export type { KnownMessage, LedgerEntry, ThreadLedger, ThreadLedgerRecord } from './thread-ledger.js';
export { extractVisibleReply } from './extract-visible-reply.js';
export type { ForwardedBlock, VisibleReply } from './visible-reply.js';
export { detectAutoSignals } from './detect-auto-signals.js';
export type { AutoReplyKind, AutoSignals, BounceDetails, BounceRecipient, BounceSeverity } from './auto-signals.js';
export { classifyIntent } from './classify-intent.js';
export type { ClassifyIntentContext } from './classify-intent.js';
export { intentPrecedence } from './intent-result.js';
export type { Intent, IntentExtraction, IntentResult, ObjectionType } from './intent-result.js';
export { baseSubject, subjectMatchKey } from './base-subject.js';
export { normalizeMessageId } from './message-id.js';
