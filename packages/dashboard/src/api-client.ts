import type {
  ApprovalFilter,
  ApprovalItem,
  AuditEvent,
  AuditFilter,
  Batch,
  DraftEdit,
  DraftVersions,
  ExecutedBatch,
  FrozenBatch,
  Health,
  InboxFilter,
  InboxIntent,
  InboxReply,
  Lead,
  LeadDetail,
  LeadFilter,
  MeetingDetail,
  MeetingFilter,
  MeetingSummary,
  Page,
  RatingScores,
  RatingSummary,
  RunSummary,
  Tier,
} from './api-types.js';
import { ApiError, apiErrorFromResponse } from './api-error.js';

/** What the client needs from its surroundings; tests pass a fake `fetch` and a fixed token. */
export interface ApiClientOptions {
  /** Origin (and optional path prefix) of `caio serve`, e.g. `''` for same-origin or `http://127.0.0.1:3000`. */
  baseUrl: string;
  /** The current token, or null when none is known (the request is still sent and will get 401). */
  getToken: () => string | null;
  fetch?: typeof fetch;
}

/** Builds `path?key=value…`, leaving out empty and undefined values. */
export function withQuery(path: string, query: Readonly<Record<string, string | undefined>>): string {
  const parameters = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') parameters.set(key, value);
  }
  const encoded = parameters.toString();
  return encoded ? `${path}?${encoded}` : path;
}

/**
 * The typed client of the `caio serve` JSON API (SPEC §14). Every call sends the token as
 * `Authorization: Bearer …` (never in the URL) and resolves with the parsed JSON body.
 *
 * @throws ApiError for any non-2xx answer, carrying the HTTP status and the server's error `code`
 *   (`unauthorized` on 401, `conflict` on 409 …), or status 0 / code `network` when the server is unreachable.
 */
export function createApiClient(options: ApiClientOptions) {
  const fetchFunction = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function request<Result>(method: string, path: string, body?: unknown): Promise<Result> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = options.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetchFunction(`${options.baseUrl}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (error) {
      throw new ApiError(0, 'network', `The server did not answer (${String(error)}). Is caio serve running?`);
    }
    if (!response.ok) throw await apiErrorFromResponse(response);
    return (await response.json()) as Result;
  }

  const segment = encodeURIComponent;

  return {
    health: () => request<Health>('GET', '/health'),
    listApprovals: (filter: ApprovalFilter = {}) =>
      request<Page<ApprovalItem>>('GET', withQuery('/api/approvals', { ...filter })),
    approve: (approvalId: string) => request<ApprovalItem>('POST', `/api/approvals/${segment(approvalId)}/approve`),
    reject: (approvalId: string, reason: string) =>
      request<ApprovalItem>('POST', `/api/approvals/${segment(approvalId)}/reject`, { reason }),
    editDraft: (draftId: string, edit: DraftEdit) =>
      request<ApprovalItem>('PATCH', `/api/drafts/${segment(draftId)}`, edit),
    getDraftVersions: (draftId: string) => request<DraftVersions>('GET', `/api/drafts/${segment(draftId)}/versions`),
    rateDraft: (draftId: string, scores: RatingScores) =>
      request<RatingSummary & { draftId: string }>('POST', `/api/drafts/${segment(draftId)}/rating`, { scores }),
    createBatch: (filter: { tier?: Tier; status?: 'pending' }) =>
      request<FrozenBatch>('POST', '/api/batches', { filter }),
    approveBatch: (batchId: string, previewHash: string) =>
      request<Batch>('POST', `/api/batches/${segment(batchId)}/approve`, { previewHash }),
    executeBatch: (batchId: string) => request<ExecutedBatch>('POST', `/api/batches/${segment(batchId)}/execute`),
    listLeads: (filter: LeadFilter = {}) => request<Page<Lead>>('GET', withQuery('/api/leads', { ...filter })),
    getLead: (leadId: string) => request<LeadDetail>('GET', `/api/leads/${segment(leadId)}`),
    listRuns: (cursor?: string) => request<Page<RunSummary>>('GET', withQuery('/api/runs', { cursor })),
    searchAudit: (filter: AuditFilter = {}) => request<Page<AuditEvent>>('GET', withQuery('/api/audit', { ...filter })),
    getConfig: () => request<{ config: unknown }>('GET', '/api/config'),
    listInbox: (filter: InboxFilter = {}) => request<Page<InboxReply>>('GET', withQuery('/api/inbox', { ...filter })),
    overrideReplyIntent: (replyId: string, intent: InboxIntent) =>
      request<InboxReply>('POST', `/api/inbox/${segment(replyId)}/override`, { intent }),
    listMeetings: (filter: MeetingFilter = {}) =>
      request<Page<MeetingSummary>>('GET', withQuery('/api/meetings', { ...filter })),
    getMeeting: (conversationId: string) => request<MeetingDetail>('GET', `/api/meetings/${segment(conversationId)}`),
  };
}

/** The client's type, for components that receive it. */
export type ApiClient = ReturnType<typeof createApiClient>;
