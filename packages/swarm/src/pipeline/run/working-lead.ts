import type { CompanyProfile } from '../../domain/company.js';
import type { Evidence } from '../../domain/evidence.js';
import type { Lead } from '../../domain/lead.js';
import type { ScoreResult } from '../../domain/score.js';
import type { IntentSignal } from '../../domain/signal.js';
import type { StoredDraft } from '../../ports/pipeline-store.js';

/** A lead as it moves through one chunk of a run, accumulating what each stage learns. */
export interface WorkingLead {
  lead: Lead;
  company: CompanyProfile;
  signals: readonly IntentSignal[];
  /** Facts gathered by enrichment, with source and time (personalisation and grounding evidence). */
  evidence: Evidence[];
  enrichmentAttempts: number;
  score?: ScoreResult;
  draft?: StoredDraft;
}

/** Lead statuses the pipeline may (re)process; later statuses belong to approval, sending and replies. */
export const pipelineStatuses: ReadonlySet<string> = new Set(['new', 'enriched', 'scored', 'disqualified', 'drafted']);
