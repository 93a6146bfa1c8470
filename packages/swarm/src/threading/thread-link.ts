/** How a message was attached to a thread (threading spec §8), stored for audit as `threadingMethod`. */
export type ThreadingMethod =
  | 'headers'
  | 'in-reply-to-only'
  | 'attached-original'
  | 'bounce-original'
  | 'subject-fallback'
  | 'participant-fallback'
  | 'new-thread';

/**
 * Result of {@link resolveThread}. `threadKey` is always the canonical `messageId` of the thread's root
 * (aliases mapped); `parentId` is the message this one answers; `confidence` is 0..1 (1 = header match).
 */
export interface ThreadLink {
  threadKey: string;
  parentId: string | null;
  method: ThreadingMethod;
  confidence: number;
}
