import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { leadStatuses } from '../domain/lead.js';
import { leadStatusPolicy } from '../signals/lead-status-policy.js';
import { openDatabase } from '../store/index.js';
import { createLeadStatusRepository } from '../store/repositories/lead-status-repository.js';
import { classifyIntent, extractVisibleReply, parseEmail } from '../threading/index.js';

/** The issue-6 inbox benchmarks: funnel counters on many leads, and reply understanding throughput. */
export interface InboxBenchMeasurement {
  funnel: {
    leads: number;
    /** Median of `funnelCounts()` (reads the five `funnel_counters` rows), milliseconds. */
    countersMs: number;
    /** Median of one `SELECT count(*) FROM leads WHERE status = 'sent'` on the `(status, tier)` index, ms. */
    indexedCountMs: number;
    /** countersMs ÷ indexedCountMs (target ≤ 1.5, issue 6). */
    ratio: number;
    /** One `recountFunnel()` (the GROUP BY repair over every lead), milliseconds. */
    recountMs: number;
    /** The counters match a GROUP BY over the leads table. */
    countsMatch: boolean;
  };
  replies: {
    /** Messages in the corpus (the real samples under `src/threading/__fixtures__`). */
    messages: number;
    passes: number;
    /** parseEmail + extractVisibleReply + classifyIntent, messages per second (one core). */
    messagesPerSecond: number;
    p50Ms: number;
    p99Ms: number;
    /** Messages per intent in one pass (a sanity check, not an accuracy figure). */
    intents: Record<string, number>;
  };
}

const repetitions = 200;

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

async function medianMs(work: () => Promise<unknown>): Promise<number> {
  for (let warm = 0; warm < 10; warm += 1) await work();
  const timings: number[] = [];
  for (let index = 0; index < repetitions; index += 1) {
    const started = performance.now();
    await work();
    timings.push(performance.now() - started);
  }
  return percentile(
    timings.sort((left, right) => left - right),
    0.5,
  );
}

/**
 * Funnel counts on `leads` leads (issue 6: "within 1.5× of one indexed count"): seeds an in-memory
 * PGlite with leads spread over every status, recounts the counters once, then compares reading the
 * counters with one index-only `count(*)` for a single status on the same database in the same run.
 */
async function measureFunnel(leads: number): Promise<InboxBenchMeasurement['funnel']> {
  const database = await openDatabase({ home: '', databaseUrl: undefined, inMemory: true });
  try {
    const { db } = database;
    await sql`INSERT INTO leads (id, dedup_key, source, status, tier)
      SELECT gen_random_uuid(), 'bench:' || i, 'bench', (${[...leadStatuses]}::text[])[1 + i % ${leadStatuses.length}],
        (ARRAY['tier_1','tier_2','tier_3'])[1 + i % 3]
      FROM generate_series(1, ${leads}) AS i`.execute(db);
    await sql`VACUUM ANALYZE leads`.execute(db);
    const store = createLeadStatusRepository(db, { clock: { now: () => new Date(0) }, policy: leadStatusPolicy });
    const recountStarted = performance.now();
    const counted = await store.recountFunnel();
    const recountMs = performance.now() - recountStarted;
    const countersMs = await medianMs(() => store.funnelCounts());
    const indexedCountMs = await medianMs(() =>
      sql`SELECT count(*) AS count FROM leads WHERE status = 'sent'`.execute(db),
    );
    const total = Object.values(await store.funnelCounts()).reduce((sum, count) => sum + count, 0);
    return {
      leads,
      countersMs,
      indexedCountMs,
      ratio: countersMs / indexedCountMs,
      recountMs,
      countsMatch: total === leads && JSON.stringify(counted) === JSON.stringify(await store.funnelCounts()),
    };
  } finally {
    await database.close();
  }
}

/** Wraps a bare reply body (email_reply_parser's `.txt` samples) in a minimal RFC 5322 message. */
function wrapBody(body: Buffer): Buffer {
  const head = [
    'From: Pat Prospect <pat@prospect.example.com>',
    'To: Sam Seller <sam@seller.example.net>',
    'Subject: Re: Quick question',
    'Date: Tue, 03 Mar 2026 10:00:00 +0000',
    'Message-ID: <bench@prospect.example.com>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), body]);
}

/** Every real sample message of the threading fixtures: `.eml` as stored, `.txt` bodies wrapped. */
export function loadReplyCorpus(fixturesDirectory: string): Buffer[] {
  const files = readdirSync(fixturesDirectory, { recursive: true, encoding: 'utf8' }).sort();
  const corpus: Buffer[] = [];
  for (const file of files) {
    if (file.endsWith('.eml')) corpus.push(readFileSync(join(fixturesDirectory, file)));
    else if (file.startsWith('email_reply_parser') && file.endsWith('.txt'))
      corpus.push(wrapBody(readFileSync(join(fixturesDirectory, file))));
  }
  return corpus;
}

async function understand(raw: Buffer): Promise<string> {
  const parsed = await parseEmail(raw);
  const visible = extractVisibleReply(parsed);
  return classifyIntent(visible.text, { parsed }).intent;
}

/** Reply understanding throughput on the corpus, for at least `seconds` seconds after one warm-up pass. */
async function measureReplies(corpus: readonly Buffer[], seconds: number): Promise<InboxBenchMeasurement['replies']> {
  const intents: Record<string, number> = {};
  for (const raw of corpus) {
    const intent = await understand(raw);
    intents[intent] = (intents[intent] ?? 0) + 1;
  }
  const timings: number[] = [];
  let passes = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    for (const raw of corpus) {
      const messageStarted = performance.now();
      await understand(raw);
      timings.push(performance.now() - messageStarted);
    }
    passes += 1;
  }
  const elapsedMs = performance.now() - started;
  timings.sort((left, right) => left - right);
  return {
    messages: corpus.length,
    passes,
    messagesPerSecond: (timings.length / elapsedMs) * 1000,
    p50Ms: percentile(timings, 0.5),
    p99Ms: percentile(timings, 0.99),
    intents,
  };
}

/**
 * Runs both inbox benchmarks and writes `inbox.json` to `outputDir`. `leads` is the funnel size
 * (issue 6: 1,000,000); `replySeconds` bounds the throughput loop.
 */
export async function measureInboxBenchmarks(options: {
  packageRoot: string;
  outputDir: string;
  leads: number;
  replySeconds: number;
}): Promise<InboxBenchMeasurement> {
  const funnel = await measureFunnel(options.leads);
  const corpus = loadReplyCorpus(join(options.packageRoot, 'src/threading/__fixtures__'));
  const replies = await measureReplies(corpus, options.replySeconds);
  const result = { funnel, replies };
  writeFileSync(join(options.outputDir, 'inbox.json'), JSON.stringify(result, null, 2));
  return result;
}

/** The benchmark's report lines. */
export function describeInboxBenchmarks(result: InboxBenchMeasurement): string {
  const { funnel, replies } = result;
  return (
    `funnel counts on ${funnel.leads} leads: counters ${funnel.countersMs.toFixed(3)} ms (median) vs one indexed count(*) ` +
    `${funnel.indexedCountMs.toFixed(3)} ms; ratio ${funnel.ratio.toFixed(3)} (target ≤ 1.5); recount (GROUP BY repair) ` +
    `${funnel.recountMs.toFixed(0)} ms; counters match ${funnel.countsMatch}\n` +
    `reply understanding (parseEmail + extractVisibleReply + classifyIntent) on ${replies.messages} real sample messages: ` +
    `${replies.messagesPerSecond.toFixed(0)} messages/s, p50 ${replies.p50Ms.toFixed(2)} ms, p99 ${replies.p99Ms.toFixed(2)} ms ` +
    `(${replies.passes} passes); intents ${JSON.stringify(replies.intents)}\n`
  );
}
