import type { JSONColumnType } from 'kysely';

/** `scheduling_reply_dispatches` (migration 0018): one inbound reply consumed by the scheduling dispatcher. */
export interface SchedulingReplyDispatchesTable {
  reply_id: string;
  kind: 'request' | 'answer';
  status: 'claimed' | 'done' | 'failed' | 'superseded';
  attempts: number;
  first_claimed_at: Date;
  claimed_at: Date;
  outcome: string | null;
  conversation_id: string | null;
  error: string | null;
  finished_at: Date | null;
}

/** `scheduling_host_rotation` (migration 0018): the round-robin state of one host pool (SPEC §7). */
export interface SchedulingHostRotationTable {
  pool: string;
  last_host_id: string | null;
  /** Assignments per host id: JSON text on write (`toJson`); parsed on read. */
  assignments: JSONColumnType<Record<string, number>, string, string>;
  updated_at: Date;
}

/** `scheduling_host_assignments` (migration 0018): the host given to one request key. */
export interface SchedulingHostAssignmentsTable {
  request_key: string;
  pool: string;
  host_id: string;
  assigned_at: Date;
}

/** Migration 0018's tables, for `Kysely#$extendTables`, so `schema.ts` stays untouched. */
export type SchedulingDispatchTables = {
  scheduling_reply_dispatches: SchedulingReplyDispatchesTable;
  scheduling_host_rotation: SchedulingHostRotationTable;
  scheduling_host_assignments: SchedulingHostAssignmentsTable;
};
