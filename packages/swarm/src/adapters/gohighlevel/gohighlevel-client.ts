/** A contact to create or update, matched by email (HighLevel's "Allow Duplicate Contact" setting decides). */
export interface GoHighLevelContactInput {
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  companyName?: string | null;
  /** Shown as the contact's source in HighLevel. Default `CAIO Swarm`. */
  source?: string;
}

/** The upserted contact's id and whether HighLevel created it (`new: true`). */
export interface GoHighLevelContactResult {
  contactId: string;
  created: boolean;
}

/** An email to send through a contact's conversation (`POST /conversations/messages`, type `Email`). */
export interface GoHighLevelEmailInput {
  contactId: string;
  subject: string;
  /** HTML body (HighLevel's `html`). */
  html: string;
  /** Plain-text body (HighLevel's `message`). */
  text: string;
  /** Sender address (`emailFrom`); HighLevel's default sender of the location when omitted. */
  emailFrom?: string;
}

/** HighLevel's ids for a sent email: `messageId` is the conversation message, `emailMessageId` the email. */
export interface GoHighLevelSentEmail {
  messageId: string;
  conversationId: string;
  emailMessageId: string | null;
}

/** A conversation message, as reconciliation reads it. */
export interface GoHighLevelMessage {
  id: string;
  /** e.g. `TYPE_EMAIL`. */
  messageType: string | null;
  /** `inbound` or `outbound`. */
  direction: string | null;
  /** e.g. `pending`, `sent`, `delivered`, `failed`. */
  status: string | null;
  /** Body; HighLevel leaves it out of email messages in conversation listings (docs issue #40). */
  body: string | null;
  /** ISO 8601 UTC. */
  dateAdded: string | null;
  conversationId: string | null;
  /** Ids for `getEmailMessage` (HighLevel's `meta.email.messageIds`). */
  emailMessageIds: string[];
}

/** An email message (`GET /conversations/messages/email/{id}`). */
export interface GoHighLevelEmailMessage {
  id: string;
  subject: string | null;
  body: string | null;
}

/** One opportunity (a deal in a pipeline stage). */
export interface GoHighLevelOpportunity {
  id: string;
  name: string | null;
  contactId: string | null;
  pipelineId: string | null;
  pipelineStageId: string | null;
  /** `open`, `won`, `lost` or `abandoned`. */
  status: string | null;
  monetaryValue: number | null;
  /** ISO 8601 UTC. */
  lastStageChangeAt: string | null;
}

/** Filters of `GET /opportunities/search` (all optional; the location is always the configured one). */
export interface GoHighLevelOpportunityFilter {
  contactId?: string;
  pipelineId?: string;
  pipelineStageId?: string;
  status?: 'open' | 'won' | 'lost' | 'abandoned' | 'all';
  /** Free text, e.g. an email address. */
  query?: string;
}

/** Paging of list calls. */
export interface GoHighLevelPageOptions {
  /** Records per page, 1..100 (HighLevel's maximum). Default 100. */
  pageSize?: number;
  /** Stop after this many pages. Default 50 for opportunities, 5 for messages. */
  maxPages?: number;
  signal?: AbortSignal;
}

/**
 * The slice of HighLevel API v2 CAIO uses (SPEC §3.7 nurture email and CRM). Every call goes
 * through the resilient call (RES-1..RES-3); reads and upserts are retried, `sendEmail` never.
 */
export interface GoHighLevelClient {
  readonly locationId: string;
  upsertContact(contact: GoHighLevelContactInput, signal?: AbortSignal): Promise<GoHighLevelContactResult>;
  /** The contact id for an email, or null when the location has none. Never writes. */
  findContactIdByEmail(email: string, signal?: AbortSignal): Promise<string | null>;
  /** Sends once. Ambiguous failures carry `details.outcomeUnknown: true`. */
  sendEmail(email: GoHighLevelEmailInput, signal?: AbortSignal): Promise<GoHighLevelSentEmail>;
  getMessage(messageId: string, signal?: AbortSignal): Promise<GoHighLevelMessage>;
  getEmailMessage(emailMessageId: string, signal?: AbortSignal): Promise<GoHighLevelEmailMessage>;
  /** Ids of the contact's conversations (usually one). */
  findConversationIds(contactId: string, signal?: AbortSignal): Promise<string[]>;
  /** Messages of a conversation, newest first; `complete` is false when `maxPages` cut the list. */
  listConversationMessages(
    conversationId: string,
    options?: GoHighLevelPageOptions & { type?: string },
  ): Promise<{ messages: GoHighLevelMessage[]; complete: boolean }>;
  /** Every matching opportunity, following the pagination cursor through all pages. */
  searchOpportunities(
    filter?: GoHighLevelOpportunityFilter,
    options?: GoHighLevelPageOptions,
  ): Promise<GoHighLevelOpportunity[]>;
  /** Moves an opportunity to another pipeline stage (`PUT /opportunities/{id}`); returns it as updated. */
  moveOpportunityStage(
    opportunityId: string,
    pipelineStageId: string,
    signal?: AbortSignal,
  ): Promise<GoHighLevelOpportunity>;
}
