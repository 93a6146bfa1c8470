/**
 * Records approval timeouts (SPEC §3.6: "a timeout is recorded as `expired`, never as a rejection").
 */
export interface ApprovalExpiry {
  /**
   * Moves a still-pending approval to `expired` (compare-and-set), its draft to `expired` and its
   * lead back to `drafted` with `lastError = 'approval expired'`, with one audit event, in one
   * transaction. Returns false when the approval was no longer pending (nothing changes).
   */
  expire(approvalId: string, request: { at: Date; actor: string }): Promise<boolean>;
}
