import { z } from 'zod';

const positiveIntegers = z
  .string()
  .regex(/^\d+(,\d+)*$/, 'must be comma-separated whole numbers')
  .transform((value) => value.split(',').map(Number));

const benchSettingsSchema = z.object({
  CAIO_BENCH_SIZES: positiveIntegers.default([1000, 10_000, 100_000]),
  CAIO_BENCH_SUITES: z
    .string()
    .default('pipeline,approvals,send-queue,scheduling,webhooks,inbox')
    .transform((value) => new Set(value.split(',').map((name) => name.trim()))),
  CAIO_BENCH_APPROVAL_LEADS: z.coerce.number().int().positive().default(3000),
  CAIO_BENCH_APPROVAL_SECONDS: z.coerce.number().int().positive().default(10),
  CAIO_BENCH_SEND_JOBS: z.coerce.number().int().positive().default(100_000),
  CAIO_BENCH_INBOX_LEADS: z.coerce.number().int().positive().default(1_000_000),
});

/** Benchmark settings (`npm run bench`), from environment variables; documented in AGENTS.md. */
export interface BenchSettings {
  /** Lead counts of the pipeline suite (`CAIO_BENCH_SIZES`, default 1000,10000,100000). */
  sizes: number[];
  /** Suites to run (`CAIO_BENCH_SUITES`, default `pipeline,approvals,send-queue,scheduling,webhooks,inbox`). */
  suites: Set<string>;
  /** Leads seeded for the approval-queue suite (`CAIO_BENCH_APPROVAL_LEADS`, default 3000). */
  approvalLeads: number;
  /** Seconds per endpoint in the approval-queue suite (`CAIO_BENCH_APPROVAL_SECONDS`, default 10). */
  approvalSeconds: number;
  /** Send jobs in the send-queue suite (`CAIO_BENCH_SEND_JOBS`, default 100000; issue 4). */
  sendQueueJobs: number;
  /** Leads seeded for the inbox suite's funnel-count benchmark (`CAIO_BENCH_INBOX_LEADS`, default 1000000; issue 6). */
  inboxLeads: number;
}

/**
 * Parses the benchmark settings once (STYLE.md §10: only `config/` reads the environment).
 * @throws ZodError naming the variable when a value is malformed.
 */
export function loadBenchSettings(env: Readonly<Record<string, string | undefined>> = process.env): BenchSettings {
  const parsed = benchSettingsSchema.parse({
    CAIO_BENCH_SIZES: env.CAIO_BENCH_SIZES || undefined,
    CAIO_BENCH_SUITES: env.CAIO_BENCH_SUITES || undefined,
    CAIO_BENCH_APPROVAL_LEADS: env.CAIO_BENCH_APPROVAL_LEADS || undefined,
    CAIO_BENCH_APPROVAL_SECONDS: env.CAIO_BENCH_APPROVAL_SECONDS || undefined,
    CAIO_BENCH_SEND_JOBS: env.CAIO_BENCH_SEND_JOBS || undefined,
    CAIO_BENCH_INBOX_LEADS: env.CAIO_BENCH_INBOX_LEADS || undefined,
  });
  return {
    sizes: parsed.CAIO_BENCH_SIZES,
    suites: parsed.CAIO_BENCH_SUITES,
    approvalLeads: parsed.CAIO_BENCH_APPROVAL_LEADS,
    approvalSeconds: parsed.CAIO_BENCH_APPROVAL_SECONDS,
    sendQueueJobs: parsed.CAIO_BENCH_SEND_JOBS,
    inboxLeads: parsed.CAIO_BENCH_INBOX_LEADS,
  };
}
