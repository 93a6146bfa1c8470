import type { GoHighLevelMessage, GoHighLevelOpportunity } from './gohighlevel-client.js';
import type { GoHighLevelMessageRecord } from './gohighlevel-message-schemas.js';
import type { GoHighLevelOpportunityRecord } from './gohighlevel-opportunity-schemas.js';

/** Our shape of a HighLevel message record (nulls for absent fields). */
export function toGoHighLevelMessage(record: GoHighLevelMessageRecord): GoHighLevelMessage {
  return {
    id: record.id,
    messageType: record.messageType ?? null,
    direction: record.direction ?? null,
    status: record.status ?? null,
    body: record.body ?? null,
    dateAdded: record.dateAdded ?? null,
    conversationId: record.conversationId ?? null,
    emailMessageIds: record.meta?.email?.messageIds ?? [],
  };
}

/** Our shape of a HighLevel opportunity record (nulls for absent fields). */
export function toGoHighLevelOpportunity(record: GoHighLevelOpportunityRecord): GoHighLevelOpportunity {
  return {
    id: record.id,
    name: record.name ?? null,
    contactId: record.contactId ?? null,
    pipelineId: record.pipelineId ?? null,
    pipelineStageId: record.pipelineStageId ?? null,
    status: record.status ?? null,
    monetaryValue: record.monetaryValue ?? null,
    lastStageChangeAt: record.lastStageChangeAt ?? null,
  };
}
