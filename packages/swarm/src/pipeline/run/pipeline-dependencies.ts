import type { Art14NoticeSettings } from '../../compliance/art14-notice.js';
import type { Mode } from '../../domain/agents.js';
import type { AngleLibrary } from '../../ports/angle-library.js';
import type { Clock } from '../../ports/clock.js';
import type { MessageRenderer } from '../../ports/message-renderer.js';
import type { Store } from '../../ports/pipeline-store.js';
import type { JobQueue } from '../../ports/job-queue.js';
import type { RunLog, StageName } from '../../ports/run-log.js';
import type { SenderIdentity } from '../craft/index.js';
import type { EnrichmentWaterfall } from '../enrich/index.js';
import type { GuardConfig } from '../guard/index.js';
import type { CompiledIcp } from '../segment/index.js';
import type { ActionGateway } from '../../guardrails/action-gateway.js';

/** The sending identity plus the address mail is sent from. */
export interface PipelineSender extends SenderIdentity {
  email: string;
  replyTo?: string;
}

/** Progress of one stage, emitted after every chunk (the CLI draws bars from it). */
export interface StageProgress {
  stage: StageName;
  /** Leads (or rows, for discover) this stage has handled so far in the run. */
  processed: number;
}

/** Everything a pipeline run needs, wired by the composition root (`main/`). */
export interface PipelineDependencies {
  store: Store;
  runLog: RunLog;
  jobs: JobQueue;
  gateway: ActionGateway;
  enrichment: EnrichmentWaterfall;
  icp: CompiledIcp;
  angles: AngleLibrary;
  guard: Partial<GuardConfig>;
  renderer: MessageRenderer;
  sender: PipelineSender;
  bookingLink: string;
  unsubscribe: { baseUrl: string; mailto?: string; secret: string };
  /** EM-8: the GDPR Art. 14 notice settings; first touches to EU/EEA/UK (or unknown) recipients carry it. */
  privacyNotice?: Omit<Art14NoticeSettings, 'optOutUrl'>;
  /** Open/click tracking (SPEC §4; off by default). `secret` is the unsubscribe secret (a derived key signs). */
  tracking?: { opens: boolean; clicks: boolean; baseUrl?: string | undefined; secret: string };
  /** Minutes before a pending approval escalates (SPEC §3.6; default 120). */
  approvalTimeoutMinutes: number;
  mode: Mode;
  clock: Clock;
  /** Random UUIDs for new rows and Message-IDs. */
  newId: () => string;
  /** Who started the run, recorded as the audit actor. */
  actor: string;
  onProgress?: (progress: StageProgress) => void;
}

/** Per-run options. */
export interface PipelineRunOptions {
  /** Stop importing after this many accepted leads (`caio run --limit`). */
  limit?: number;
  /** Rows per chunk (default 1000). */
  chunkSize?: number;
}
