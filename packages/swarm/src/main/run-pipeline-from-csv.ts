import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCsvLeadRecordSource } from '../adapters/csv/index.js';
import { loadConfig, type ResolvedConfig } from '../config/load-config.js';
import { CaioError } from '../domain/errors.js';
import type { StageProgress } from '../pipeline/run/index.js';
import { runPipeline as runPipelineStages } from '../pipeline/run/index.js';
import type { RunReport } from '../ports/run-log.js';
import { leadStatusPolicy } from '../signals/lead-status-policy.js';
import { createLeadStatusRepository } from '../store/repositories/lead-status-repository.js';
import { openSystem } from './open-system.js';

/** Options of the library entry {@link runPipeline}. */
export interface RunPipelineOptions {
  /** The leads CSV (Apollo-export-style columns, SPEC §3.1). */
  csvPath: string;
  /** A config file path, or an already loaded config; default: the usual lookup (`loadConfig`). */
  config?: string | ResolvedConfig;
  /** Overrides `CAIO_HOME` (embedded data directory). */
  home?: string;
  /** Stop after this many accepted leads. */
  limit?: number;
  /** Freeze "now" (reproducible scoring and reports). */
  now?: Date;
  /** Keep the database in memory. */
  inMemory?: boolean;
  /** Rows per chunk (default from config, 1000). */
  chunkSize?: number;
  /** Who started the run (audit actor); default `cli`. */
  actor?: string;
  onProgress?: (progress: StageProgress) => void;
}

/**
 * Runs the whole lead pipeline on a CSV file and returns the run report (SPEC §3): the library form
 * of `caio run`. Opens the database (and takes the embedded lock), runs, stores the report, closes.
 *
 * @throws ConfigError for an invalid config; CaioError `database_locked` when another process holds
 *   the embedded database; `input_invalid` for a missing or unreadable CSV.
 */
export async function runPipeline(options: RunPipelineOptions): Promise<RunReport> {
  if (!existsSync(options.csvPath)) {
    throw new CaioError('input_invalid', `CSV file ${options.csvPath} does not exist; check the path.`);
  }
  const loaded = typeof options.config === 'object' ? options.config : loadConfig(options.config);
  const config: ResolvedConfig = options.home ? { ...loaded, home: resolve(options.home) } : loaded;
  const fixedNow = options.now;
  const system = await openSystem(config, {
    ...(fixedNow ? { clock: { now: () => new Date(fixedNow.getTime()) } } : {}),
    ...(options.inMemory ? { inMemory: true } : {}),
  });
  try {
    const dependencies = await system.pipelineDependencies({
      actor: options.actor ?? 'cli',
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const report = await runPipelineStages(createCsvLeadRecordSource(options.csvPath), dependencies, {
      ...(options.limit !== undefined ? { limit: options.limit } : {}),
      chunkSize: options.chunkSize ?? config.pipeline.chunkSize,
    });
    // The pipeline writes statuses in bulk, outside the incremental funnel counters (SPEC §4): repair
    // them once per run so the funnel reads O(1) counters that match the leads.
    await createLeadStatusRepository(system.database.db, {
      clock: system.clock,
      policy: leadStatusPolicy,
    }).recountFunnel();
    return report;
  } finally {
    await system.close();
  }
}
