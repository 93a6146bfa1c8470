import type { SendCapReasonCode } from '../../domain/send-caps.js';

/**
 * Every reason code the send policy returns, grouped by validator in SPEC §3.7 order. Stable: they
 * are audit `reasonCode`s, run-report keys and API values.
 *
 * - kill switches: `emergency_stop`, `sends_paused`, `manual_approval_required`
 * - mode: `shadow_mode`, `approval_required`
 * - ramp: `ramp_tier`, `ramp_limit`
 * - suppression: `suppressed`, `no_recipient`
 * - automation pauses (issue 6): `automation_paused` (out-of-office until the return date, a colleague
 *   replied in the thread)
 * - exclusion lists: `excluded_domain`, `excluded_email`
 * - dedup: `already_contacted`
 * - channel routing: `channel_not_allowed`
 * - send window: `outside_send_window`, `holiday`, `recipient_zone_unknown`
 * - mailbox pick: `no_mailbox`
 * - limits: `limit_monthly`, `limit_daily`, `ramp_limit`, `limit_hourly`, `limit_recipient_domain`,
 *   `mailbox_spacing`, `mailbox_daily`
 * - circuit breaker: `circuit_open`
 * - reputation breakers (EM-6, between mailbox pick and limits): `reputation_breaker` (every picked
 *   sending domain is paused until human review), `reputation_volume_halved` (every usable domain is
 *   at its halved daily volume after a warning)
 * - LinkedIn warm-up (HeyReach, SPEC §3.7): `linkedin_warmup_limit` (5/day during the first 4
 *   weeks), `linkedin_daily_ceiling` (20/day after); both with `retryAt` = next 00:00 UTC
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
  | 'automation_paused'
  | 'excluded_domain'
  | 'excluded_email'
  | 'already_contacted'
  | 'channel_not_allowed'
  | 'outside_send_window'
  | 'holiday'
  | 'recipient_zone_unknown'
  | 'no_mailbox'
  | 'circuit_open'
  | 'reputation_breaker'
  | 'reputation_volume_halved'
  | 'linkedin_warmup_limit'
  | 'linkedin_daily_ceiling'
  | SendCapReasonCode;
