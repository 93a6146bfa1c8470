/**
 * Public entry `caio-swarm` (ARCHITECTURE.md "Public programmatic API"): run the lead pipeline and load
 * configuration. Side-effect free: importing it opens no database and reads no configuration.
 */
export { runPipeline, type RunPipelineOptions } from '../main/run-pipeline-from-csv.js';
export { loadConfig, type ResolvedConfig } from '../config/load-config.js';
export type { CaioConfigInput } from '../config/caio-config-schema.js';
export type { RunReport, RunCounts, StageReport, StageName, StageStatus } from '../ports/run-log.js';
export type { Lead, LeadCandidate, LeadStatus, Tier } from '../domain/lead.js';
export type { ScoreResult, ScoreComponents, Disqualification } from '../domain/score.js';
export type { DraftProposal, DraftStatus } from '../domain/draft.js';
export { isCaioError, type CaioError, type CaioErrorCode } from '../domain/errors.js';
