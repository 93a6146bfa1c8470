import type { ApprovalQueueEntry } from '../../ports/approval-desk-store.js';
import { dashboardApprovalUrl } from './dashboard-approval-url.js';
import { escapeAndTruncate } from './escape-and-truncate.js';

/**
 * The text of an escalation (SPEC §3.6) for Slack and SMS: level, lead, company, how long it has
 * waited (whole minutes) and, when a dashboard URL is configured, the review link. Lead text is
 * escaped for Slack mrkdwn; the SMS sender redacts PII before sending (PII-2). Pure.
 *
 * @throws CaioError `input_invalid` for a dashboard URL that is not http(s).
 */
export function escalationMessage(
  entry: ApprovalQueueEntry,
  level: 1 | 2 | 3,
  now: Date,
  dashboardUrl: string | undefined,
): string {
  const waitedMinutes = Math.max(0, Math.floor((now.getTime() - entry.approval.createdAt.getTime()) / 60_000));
  const waited = waitedMinutes >= 120 ? `${Math.floor(waitedMinutes / 60)} h` : `${waitedMinutes} min`;
  const lead = escapeAndTruncate(`${entry.lead.firstName ?? ''} ${entry.lead.lastName ?? ''}`.trim() || 'a lead', 120);
  const company = entry.lead.companyName ? ` at ${escapeAndTruncate(entry.lead.companyName, 120)}` : '';
  const link = dashboardUrl ? ` Review: ${dashboardApprovalUrl(dashboardUrl, entry.approval.id)}` : '';
  return `Approval escalation level ${level}: the draft for ${lead}${company} has waited ${waited}.${link}`;
}
