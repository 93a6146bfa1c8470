/** Stage names of the lead pipeline, in order (SPEC §3). */
export const stageNames = ['discover', 'enrich', 'segment', 'craft', 'approve', 'send'] as const;
export type StageName = (typeof stageNames)[number];

export type StageStatus = 'PASS' | 'FAIL' | 'SKIPPED';

/** One stage's line in the run report (issue "Foundation" §5 JSON shape). */
export interface StageReport {
  name: StageName;
  status: StageStatus;
  input: number;
  output: number;
  failed: number;
  durationMs: number;
  errors: string[];
}

export interface RunCounts {
  rowsRead: number;
  imported: number;
  rejected: number;
  duplicates: number;
  enriched: number;
  scored: number;
  disqualified: number;
  drafted: number;
  blocked: number;
  queuedForApproval: number;
  approved: number;
  outboxed: number;
}

/** The report of one pipeline run (printed by `caio run`, returned by `runPipeline`). */
export interface RunReport {
  runId: string;
  mode: 'shadow' | 'assisted' | 'full';
  source: string;
  status: 'PASS' | 'FAIL';
  startedAt: string;
  finishedAt: string;
  stages: StageReport[];
  counts: RunCounts;
  rejectedRows: { row: number; reason: string }[];
  tierDistribution: Record<'tier_1' | 'tier_2' | 'tier_3' | 'disqualified', number>;
  topDisqualificationReasons: { rule: string; count: number }[];
  blockedByRule: { rule: string; count: number }[];
  enrichmentProviders: {
    provider: string;
    attempts: number;
    hits: number;
    hitRate: number;
    p50Ms: number | null;
    p95Ms: number | null;
    credits: number;
  }[];
}

export interface RunSummary {
  id: string;
  mode: string;
  source: string;
  status: string;
  startedAt: Date;
  finishedAt: Date | null;
  counts: RunCounts | null;
}

/** Persists runs, their stage results and rejected rows. */
export interface RunLog {
  start(run: { id: string; mode: string; source: string; startedAt: Date }): Promise<void>;
  recordRejectedRows(
    runId: string,
    rows: readonly { row: number; reason: string; record: Record<string, string> }[],
  ): Promise<void>;
  finish(report: RunReport): Promise<void>;
  list(filter: {
    limit: number;
    cursor?: string;
  }): Promise<{ items: RunSummary[]; total: number; nextCursor: string | null }>;
}
