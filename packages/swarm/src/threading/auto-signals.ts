/** Kinds of automatic reply (threading spec §5); only `ooo` and `left_company` map onto intents. */
export type AutoReplyKind = 'ooo' | 'left_company' | 'auto_ack' | 'challenge' | 'receipt';

/** One recipient group of a delivery-status notification (RFC 3464 §2.3). */
export interface BounceRecipient {
  address: string;
  /** RFC 3464 `Action`: `failed` or `delayed` (success actions never reach a bounce). */
  action: string;
  /** RFC 3463 `class.subject.detail`, or '' when the bounce carried none. */
  status: string;
  diagnostic?: string;
  /** True for hard failures that should suppress the address (5.x.x except 5.2.2 and 5.7.x). */
  permanent: boolean;
}

/** Severity of a bounce (threading spec §6): suppress on `hard`, alert on `policy`, retry on `transient`. */
export type BounceSeverity = 'hard' | 'soft' | 'policy' | 'transient';

/** Details of a bounce: recipients, severity and the returned original's threading ids. */
export interface BounceDetails {
  recipients: BounceRecipient[];
  /** `delayed` when every recipient is delayed (a 4.x.x warning), else `failed`. */
  kind: 'failed' | 'delayed';
  severity: BounceSeverity;
  originalMessageId?: string;
  originalReferences?: string[];
}

/** Result of {@link detectAutoSignals} (threading spec §8 `AutoSignals`). */
export interface AutoSignals {
  isAutoReply: boolean;
  autoReplyKind: AutoReplyKind | null;
  isBounce: boolean;
  bounce?: BounceDetails;
  /** An ARF spam complaint (RFC 5965): treat as an unsubscribe with suppression (spec §6). */
  complaint?: boolean;
}
