import type { ApprovalClass, Mode } from '../domain/agents.js';
import { isCaioError } from '../domain/errors.js';
import type { AuditEvent, AuditLog } from '../ports/audit-log.js';
import type { Clock } from '../ports/clock.js';
import type { ControlFlags, KillSwitchState } from '../ports/control-flags.js';
import type { ActionEffect, ActionRequest, GatewayOutcome } from './action-request.js';
import { decideApproval } from './approval-policy.js';
import type { HourlyRateLimiter } from './hourly-rate-limiter.js';
import type { ActionPermission, PermissionMatrix } from './permission-matrix.js';

/** What the gateway needs. */
export interface ActionGatewayDependencies {
  matrix: PermissionMatrix;
  controlFlags: ControlFlags;
  mode: Mode;
  classOverrides?: Readonly<Record<string, ApprovalClass>>;
  rateLimiter: HourlyRateLimiter;
  audit: AuditLog;
  clock: Clock;
  /** Redacts PII from audit summaries (PII-2). */
  redact: (text: string) => string;
}

/** The one gateway every effect passes (SPEC §1.2, ARCHITECTURE.md "The action gateway"). */
export interface ActionGateway {
  submit<Payload, Result>(
    request: ActionRequest<Payload>,
    effect: ActionEffect<Payload, Result>,
  ): Promise<GatewayOutcome<Result>>;
  /** The same checks for many requests; shadow renders are batched, live effects run one by one. */
  submitMany<Payload, Result>(
    requests: readonly ActionRequest<Payload>[],
    effect: ActionEffect<Payload, Result>,
  ): Promise<GatewayOutcome<Result>[]>;
}

type Path =
  { kind: 'shadow' } | { kind: 'live'; approvalStatus: string } | { kind: 'done'; outcome: GatewayOutcome<never> };

/**
 * Creates the action gateway. Order per request: kill switches → permission matrix → grounding
 * evidence → mode and approval policy (shadow renders; a missing human approval parks) → the
 * action's policy validators → rate limit → kill switches again, immediately before the effect
 * (RES-5) → circuit breaker → effect → one audit event per request.
 */
export function createActionGateway(dependencies: ActionGatewayDependencies): ActionGateway {
  const { matrix, controlFlags, clock, audit, redact } = dependencies;

  function killSwitchRefusal(switches: KillSwitchState): GatewayOutcome<never> | null {
    if (switches.EMERGENCY_STOP)
      return refused('emergency_stop', 'EMERGENCY_STOP is on: no effect leaves (`caio resume` lifts it).');
    if (switches.PAUSE_ALL_SENDS) return refused('sends_paused', 'PAUSE_ALL_SENDS is on.');
    return null;
  }

  async function choosePath<Payload>(
    request: ActionRequest<Payload>,
    permission: ActionPermission | null,
    switches: KillSwitchState,
    effect: ActionEffect<Payload, unknown>,
  ): Promise<Path> {
    if (!permission) {
      return done(
        refused(
          'permission_denied',
          `${request.agent} may not perform ${request.action} (not in the permission matrix).`,
        ),
      );
    }
    if (permission.external) {
      const stop = killSwitchRefusal(switches);
      if (stop) return done(stop);
    }
    if (permission.requiresEvidence && request.evidence.length === 0) {
      return done(
        refused('missing_evidence', `${request.action} needs grounding evidence (SPEC §10); none was attached.`),
      );
    }
    if (!permission.external) return { kind: 'live', approvalStatus: 'not_required' };
    const mode: Mode = switches.SHADOW_MODE_OVERRIDE ? 'shadow' : dependencies.mode;
    const decision = decideApproval({
      mode,
      approvalAction: permission.approvalAction,
      ...(dependencies.classOverrides ? { classOverrides: dependencies.classOverrides } : {}),
      ...request.approvalFacts,
      risk: permission.risk,
      requireManualApproval: switches.REQUIRE_MANUAL_APPROVAL,
    });
    if (decision.verdict === 'shadow_queue') return { kind: 'shadow' };
    let approvalStatus = `auto: ${decision.reason}`;
    if (decision.verdict === 'human' || decision.verdict === 'auto_after_delay') {
      if (!request.approval) {
        return done({ status: 'parked', reason: decision.reason, delayMs: decision.delayMs });
      }
      approvalStatus = `approved by ${request.approval.approvedBy}`;
    }
    for (const validator of effect.validators ?? []) {
      const refusal = await validator(request);
      if (refusal) return done(refused(refusal.reasonCode, refusal.message));
    }
    if (!dependencies.rateLimiter.tryTake(`${request.agent}:${request.action}`, permission.ratePerHour, clock.now())) {
      return done(
        refused(
          'rate_limited',
          `${request.agent}.${request.action} is at its limit of ${permission.ratePerHour}/hour.`,
        ),
      );
    }
    return { kind: 'live', approvalStatus };
  }

  async function runLive<Payload, Result>(
    request: ActionRequest<Payload>,
    permission: ActionPermission,
    effect: ActionEffect<Payload, Result>,
  ): Promise<GatewayOutcome<Result>> {
    if (permission.external) {
      const stop = killSwitchRefusal(await controlFlags.read());
      if (stop) return stop;
    }
    try {
      const call = () => effect.live(request);
      const result = effect.breaker ? await effect.breaker.execute(call) : await call();
      return { status: 'executed', result };
    } catch (error) {
      const code = isCaioError(error) ? error.code : 'effect_failed';
      return { status: 'failed', reasonCode: code, message: error instanceof Error ? error.message : String(error) };
    }
  }

  function auditEvent<Payload, Result>(
    request: ActionRequest<Payload>,
    outcome: GatewayOutcome<Result>,
    approvalStatus: string | null,
    startedAt: number,
    effect: ActionEffect<Payload, Result>,
  ): AuditEvent {
    const resultSummary =
      outcome.status === 'executed' || outcome.status === 'shadowed'
        ? (effect.describe?.(outcome.result) ?? null)
        : outcome.status === 'parked'
          ? outcome.reason
          : outcome.message;
    return {
      at: clock.now(),
      agent: request.agent,
      action: request.action,
      target: redact(request.target),
      actor: request.actor,
      inputSummary: redact(request.summary),
      outputSummary: resultSummary === null ? null : redact(resultSummary),
      approvalStatus,
      evidence: request.evidence,
      durationMs: Math.max(0, clock.now().getTime() - startedAt),
      outcome: outcome.status,
      reasonCode: outcome.status === 'refused' || outcome.status === 'failed' ? outcome.reasonCode : null,
      idempotencyKey: request.idempotencyKey,
      runId: request.runId ?? null,
    };
  }

  async function submitMany<Payload, Result>(
    requests: readonly ActionRequest<Payload>[],
    effect: ActionEffect<Payload, Result>,
  ): Promise<GatewayOutcome<Result>[]> {
    const startedAt = clock.now().getTime();
    const switches = await controlFlags.read();
    const outcomes: GatewayOutcome<Result>[] = new Array(requests.length);
    const approvalStatuses: (string | null)[] = new Array(requests.length).fill(null);
    const shadowIndexes: number[] = [];
    for (const [index, request] of requests.entries()) {
      const permission = matrix.lookup(request.agent, request.action);
      const path = await choosePath(request, permission, switches, effect);
      if (path.kind === 'done') outcomes[index] = path.outcome;
      else if (path.kind === 'shadow') {
        shadowIndexes.push(index);
        approvalStatuses[index] = 'shadow: queued for review';
      } else {
        approvalStatuses[index] = path.approvalStatus;
        outcomes[index] = await runLive(request, permission as ActionPermission, effect);
      }
    }
    if (shadowIndexes.length > 0) {
      const results = await effect.shadow(shadowIndexes.map((index) => requests[index] as ActionRequest<Payload>));
      shadowIndexes.forEach((requestIndex, resultIndex) => {
        outcomes[requestIndex] = { status: 'shadowed', result: results[resultIndex] as Result };
      });
    }
    await audit.record(
      requests.map((request, index) =>
        auditEvent(
          request,
          outcomes[index] as GatewayOutcome<Result>,
          approvalStatuses[index] ?? null,
          startedAt,
          effect,
        ),
      ),
    );
    return outcomes;
  }

  return {
    submitMany,
    async submit(request, effect) {
      const [outcome] = await submitMany([request], effect);
      return outcome as GatewayOutcome<never>;
    },
  };
}

function refused(reasonCode: string, message: string): GatewayOutcome<never> {
  return { status: 'refused', reasonCode, message };
}

function done(outcome: GatewayOutcome<never>): Path {
  return { kind: 'done', outcome };
}
