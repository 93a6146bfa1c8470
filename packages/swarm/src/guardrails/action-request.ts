import type { AgentName } from '../domain/agents.js';
import type { Evidence } from '../domain/evidence.js';

/**
 * A request for an effect (ARCHITECTURE.md "The action gateway"):
 * `{agent, action, target, payload, evidence, idempotencyKey}` plus who asked and what for.
 */
export interface ActionRequest<Payload> {
  agent: AgentName;
  action: string;
  /** What the action touches, e.g. `lead:<id>` or a recipient address (redacted in the audit). */
  target: string;
  payload: Payload;
  /** Grounding evidence (SPEC §10): required when the matrix says so. */
  evidence: readonly Evidence[];
  /** Makes a retried effect a no-op once it happened (SPEC §1.3). */
  idempotencyKey: string;
  /** `system`, a CLI user, or an API token's name. */
  actor: string;
  /** A one-line description of the input for the audit trail; PII is redacted before storing. */
  summary: string;
  /** A human approval already recorded for this exact content, if any. */
  approval?: { approvalId: string; approvedBy: string };
  /** Inputs to the approval policy (SPEC §3.6). */
  approvalFacts?: { templateSimilarity?: number; intentScore?: number; warmConnection?: boolean };
  runId?: string | null;
}

/** A one-rule policy validator (STYLE.md §9): null to pass, or a refusal with a stable reason code. */
export type PolicyValidator<Payload> = (
  request: ActionRequest<Payload>,
) => Promise<{ reasonCode: string; message: string } | null> | { reasonCode: string; message: string } | null;

/** How to perform one kind of effect, for real and in shadow mode. */
export interface ActionEffect<Payload, Result> {
  /** Performs the effect; called only after every check passed, one request at a time. */
  live(request: ActionRequest<Payload>): Promise<Result>;
  /** Shadow mode: renders what would happen (e.g. an outbox row with status `shadow`); nothing leaves. */
  shadow(requests: readonly ActionRequest<Payload>[]): Promise<Result[]>;
  /** The action's send-time policy, in order (SPEC §3.7). */
  validators?: readonly PolicyValidator<Payload>[];
  /** The vendor's circuit breaker (RES-1), if the effect calls one. */
  breaker?: { execute<T>(call: () => Promise<T>): Promise<T> };
  /** A one-line audit summary of a result. */
  describe?(result: Result): string;
}

/** What the gateway did with a request. */
export type GatewayOutcome<Result> =
  | { status: 'executed'; result: Result }
  | { status: 'shadowed'; result: Result }
  | { status: 'parked'; reason: string; delayMs: number }
  | { status: 'refused'; reasonCode: string; message: string }
  | { status: 'failed'; reasonCode: string; message: string };
