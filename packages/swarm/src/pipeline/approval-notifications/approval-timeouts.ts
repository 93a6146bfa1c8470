/** How long an approval may wait before it escalates, in milliseconds (SPEC §3.6 "Timeouts"). */
export interface ApprovalTimeouts {
  /** Default 2 h. */
  defaultMs: number;
  /** For urgent items. Default 30 min. */
  urgentMs: number;
}

/** SPEC §3.6: "Timeouts: default 2 h, urgent 30 min". */
export const defaultApprovalTimeouts: ApprovalTimeouts = Object.freeze({
  defaultMs: 2 * 60 * 60_000,
  urgentMs: 30 * 60_000,
});
