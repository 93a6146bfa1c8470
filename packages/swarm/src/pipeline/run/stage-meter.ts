import type { StageName, StageReport } from '../../ports/run-log.js';

/** Accumulates one stage's counts and time over all chunks of a run. */
export interface StageMeter {
  readonly name: StageName;
  input: number;
  output: number;
  failed: number;
  skipped: boolean;
  durationMs: number;
  errors: string[];
  /** Times `work` and adds its duration; an exception is recorded and rethrown. */
  time<T>(work: () => Promise<T>): Promise<T>;
  report(): StageReport;
}

const maxErrorsKept = 20;

/** Creates a stage meter; `now` is a monotonic millisecond clock. */
export function createStageMeter(name: StageName, now: () => number): StageMeter {
  const meter: StageMeter = {
    name,
    input: 0,
    output: 0,
    failed: 0,
    skipped: true,
    durationMs: 0,
    errors: [],
    async time(work) {
      meter.skipped = false;
      const started = now();
      try {
        return await work();
      } finally {
        meter.durationMs += now() - started;
      }
    },
    report() {
      // FAIL means an internal error (SPEC §3.1 report semantics); rejected rows and disqualifications are outcomes.
      const status = meter.failed > 0 ? 'FAIL' : meter.skipped ? 'SKIPPED' : 'PASS';
      return {
        name,
        status,
        input: meter.input,
        output: meter.output,
        failed: meter.failed,
        durationMs: Math.round(meter.durationMs),
        errors: meter.errors.slice(0, maxErrorsKept),
      };
    },
  };
  return meter;
}

/** Records an internal error against a stage, keeping the first few messages for the report. */
export function recordStageError(meter: StageMeter, count: number, error: unknown): void {
  meter.failed += count;
  if (meter.errors.length < maxErrorsKept) meter.errors.push(error instanceof Error ? error.message : String(error));
}
