import type { SendCapReasonCode } from '../../domain/send-caps.js';

/**
 * Every reason code the send policy returns, grouped by validator in SPEC §3.7 order. Stable: they
 * are audit `reasonCode`s, run-report keys and API values.
 *
 * - kill switches: `emergency_stop`, `sends_paused`, `manual_approval_required`
 * - mode: `shadow_mode`, `approval_required`
 * - ramp: `ramp_tier`, `ramp_limit`
 * - suppression: `suppressed`, `no_recipient`
 * - exclusion lists: `excluded_domain`, `excluded_email`
 * - dedup: `already_contacted`
 * - channel routing: `channel_not_allowed`
 * - send window: `outside_send_window`, `holiday`, `recipient_zone_unknown`
 * - mailbox pick: `no_mailbox`
 * - limits: `limit_monthly`, `limit_daily`, `ramp_limit`, `limit_hourly`, `limit_recipient_domain`,
 *   `mailbox_spacing`, `mailbox_daily`
 * - circuit breaker: `circuit_open`
 */
export type SendPolicyReasonCode =
  | 'emergency_stop'
  | 'sends_paused'
  | 'manual_approval_required'
  | 'shadow_mode'
  | 'approval_required'
  | 'ramp_tier'
  | 'suppressed'
  | 'no_recipient'
  | 'excluded_domain'
  | 'excluded_email'
  | 'already_contacted'
  | 'channel_not_allowed'
  | 'outside_send_window'
  | 'holiday'
  | 'recipient_zone_unknown'
  | 'no_mailbox'
  | 'circuit_open'
  | SendCapReasonCode;
