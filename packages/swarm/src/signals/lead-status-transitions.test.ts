import { describe, expect, it } from 'vitest';
import { leadStatuses, terminalLeadStatuses, type LeadStatus } from '../domain/lead.js';
import { funnelStageOfStatus, funnelStages } from './lead-funnel-stage.js';
import { leadStatusTransitions, leadTransitionReasons, transitionLeadStatus } from './lead-status-transitions.js';

type Move = readonly [from: LeadStatus, to: LeadStatus, reason: string, where: string];

/**
 * Every status write the pipeline and the approval desk make today (read from
 * `pipeline/run/*-chunk.ts`, `pipeline/approval/*.ts`, `store/repositories/approval-expiry-repository.ts`).
 * X is the status a lead had when a run loaded it: one of `pipelineStatuses`.
 */
const loaded: readonly LeadStatus[] = ['new', 'enriched', 'scored', 'disqualified', 'drafted'];
const pipelineMoves: readonly Move[] = [
  ...loaded.map((x) => [x, 'enriched', 're_import', 'enrich-chunk: every loaded lead is (re)enriched'] as const),
  ['enriched', 'scored', 'score', 'segment-chunk'],
  ['enriched', 'disqualified', 'score', 'segment-chunk'],
  ...loaded.flatMap((x) => [
    [x, 'scored', x === 'disqualified' ? 're_import' : 'score', 'segment-chunk after a failed enrichment'] as const,
    [x, 'disqualified', 'score', 'segment-chunk after a failed enrichment'] as const,
    ['enriched', x, 'stage_failed', 'segment-chunk failure restores the loaded status'] as const,
    ['scored', x, 'stage_failed', 'craft-chunk failure restores the loaded status'] as const,
  ]),
  ['scored', 'drafted', 'craft', 'craft-chunk'],
  ['drafted', 'pending_approval', 'request_approval', 'approve-chunk'],
  ['drafted', 'drafted', 'guard_blocked', 'approve-chunk: blocked or failed'],
  ['drafted', 'enriched', 'enrich', 'approve-chunk: GUARD-003 second enrichment'],
  ['enriched', 'drafted', 'craft', 'approve-chunk: re-craft after second enrichment'],
  ['pending_approval', 'approved', 'approve', 'decide-approval: approve'],
  ['pending_approval', 'scored', 'reject', 'decide-approval: reject'],
  ['approved', 'pending_approval', 'edit_reopen', 'edit-queued-draft: reopen'],
  ['pending_approval', 'drafted', 'approval_expired', 'approval-expiry-repository'],
];

describe('lead status transition table', () => {
  it('SPEC 4: every move the pipeline and approval desk make today is legal', () => {
    for (const [from, to, reason, where] of pipelineMoves) {
      expect({ from, to, where, result: transitionLeadStatus(from, to, reason) }).toEqual({
        from,
        to,
        where,
        result: { ok: true },
      });
    }
  });

  it('SPEC 4: the table covers all 21 statuses, targets are statuses and reasons are known', () => {
    expect(Object.keys(leadStatusTransitions).sort()).toEqual([...leadStatuses].sort());
    for (const moves of Object.values(leadStatusTransitions)) {
      for (const move of moves) {
        expect(leadStatuses).toContain(move.to);
        for (const reason of move.reasons) expect(leadTransitionReasons).toContain(reason);
      }
    }
  });

  it('SPEC 4: terminal statuses have no exits except bounce reversal and re-import', () => {
    expect(transitionLeadStatus('unsubscribed', 'sent', 'send')).toEqual({ ok: false, reason: 'terminal' });
    expect(transitionLeadStatus('unsubscribed', 'replied', 'reply')).toEqual({ ok: false, reason: 'terminal' });
    expect(transitionLeadStatus('bounced', 'sent', 'send')).toEqual({ ok: false, reason: 'terminal' });
    expect(transitionLeadStatus('bounced', 'sent', 'reverse_bounce')).toEqual({ ok: true });
    expect(transitionLeadStatus('bounced', 'opened', 'reverse_bounce')).toEqual({ ok: false, reason: 'terminal' });
    expect(transitionLeadStatus('disqualified', 'enriched', 're_import')).toEqual({ ok: true });
    expect(transitionLeadStatus('disqualified', 'enriched', 'enrich')).toEqual({ ok: false, reason: 'terminal' });
    expect(transitionLeadStatus('disqualified', 'sent', 're_import')).toEqual({ ok: false, reason: 'terminal' });
    expect(leadStatusTransitions.unsubscribed).toEqual([]);
    for (const terminal of terminalLeadStatuses)
      expect(transitionLeadStatus(terminal, terminal, 'any')).toEqual({ ok: true });
  });

  it('SPEC 4: illegal transitions are refused', () => {
    expect(transitionLeadStatus('new', 'sent', 'send')).toEqual({ ok: false, reason: 'illegal_transition' });
    expect(transitionLeadStatus('drafted', 'approved', 'approve')).toEqual({ ok: false, reason: 'illegal_transition' });
    expect(transitionLeadStatus('sent', 'hesitant', 'decay_hesitant')).toEqual({
      ok: false,
      reason: 'illegal_transition',
    });
    expect(transitionLeadStatus('replied', 'ghosted', 'decay_ghosted')).toEqual({
      ok: false,
      reason: 'illegal_transition',
    });
  });

  it('SPEC 4: the signal loop moves are legal (send, open, click, reply, meeting, decay, revival, bounce, unsubscribe)', () => {
    const moves: readonly Move[] = [
      ['approved', 'queued', 'enqueue_send', ''],
      ['queued', 'sent', 'send', ''],
      ['sent', 'opened', 'open', ''],
      ['opened', 'clicked', 'click', ''],
      ['clicked', 'replied', 'reply', ''],
      ['replied', 'meeting_booked', 'meeting_booked', ''],
      ['sent', 'ghosted', 'decay_ghosted', ''],
      ['opened', 'stalled', 'decay_stalled', ''],
      ['opened', 'hesitant', 'decay_hesitant', ''],
      ['ghosted', 'revival_candidate', 'revival', ''],
      ['revival_candidate', 'revival_sent', 'revival_sent', ''],
      ['revival_sent', 'replied', 'reply', ''],
      ['sent', 'bounced', 'bounce', ''],
      ['stalled', 'unsubscribed', 'unsubscribe', ''],
    ];
    for (const [from, to, reason] of moves)
      expect([from, to, transitionLeadStatus(from, to, reason)]).toEqual([from, to, { ok: true }]);
  });

  it('SPEC 4: every status counts in exactly one funnel stage, with the issue grouping', () => {
    const byStage = Object.fromEntries(funnelStages.map((stage) => [stage, [] as LeadStatus[]]));
    for (const status of leadStatuses) byStage[funnelStageOfStatus[status]]?.push(status);
    expect(byStage).toEqual({
      pipeline: ['new', 'enriched', 'scored', 'drafted', 'pending_approval', 'approved', 'queued'],
      outreach: ['sent', 'revival_sent'],
      engaged: ['opened', 'clicked', 'replied', 'meeting_booked'],
      at_risk: ['not_interested', 'ghosted', 'stalled', 'hesitant', 'revival_candidate'],
      terminal: ['disqualified', 'bounced', 'unsubscribed'],
    });
  });
});
