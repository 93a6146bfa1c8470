import { collectMessagePages } from './collect-message-pages.js';
import { goHighLevelApiVersions } from './gohighlevel-api-versions.js';
import { requireGoHighLevelText, type GoHighLevelCaller } from './gohighlevel-caller.js';
import type { GoHighLevelClient } from './gohighlevel-client.js';
import {
  goHighLevelConversationSearchResponseSchema,
  goHighLevelEmailMessageResponseSchema,
  goHighLevelGetMessageResponseSchema,
  goHighLevelMessagePageResponseSchema,
  goHighLevelSendMessageResponseSchema,
} from './gohighlevel-message-schemas.js';
import { markSendOutcomeUnknown } from './mark-send-outcome-unknown.js';
import { parseGoHighLevelResponse } from './parse-gohighlevel-response.js';
import { toGoHighLevelMessage } from './to-gohighlevel-records.js';

const version = goHighLevelApiVersions.conversations;
const idPath = (prefix: string, id: string, field: string, suffix = '') =>
  `${prefix}${encodeURIComponent(requireGoHighLevelText(id, field))}${suffix}`;

type MessageCalls = 'sendEmail' | 'getMessage' | 'getEmailMessage' | 'findConversationIds' | 'listConversationMessages';

/** The conversations endpoints: send an email once, read messages and emails, find and page conversations. */
export function goHighLevelMessageCalls(
  call: GoHighLevelCaller,
  locationId: string,
): Pick<GoHighLevelClient, MessageCalls> {
  return {
    async sendEmail(email, signal) {
      const body = {
        type: 'Email',
        contactId: requireGoHighLevelText(email.contactId, 'contactId'),
        subject: email.subject,
        html: email.html,
        message: email.text,
        ...(email.emailFrom ? { emailFrom: email.emailFrom } : {}),
      };
      try {
        // Sends are not idempotent (RES-3): one attempt, no retry.
        const raw = await call({ version, method: 'POST', path: '/conversations/messages', body }, false, signal);
        const endpoint = 'POST /conversations/messages';
        const parsed = parseGoHighLevelResponse(goHighLevelSendMessageResponseSchema, raw, endpoint);
        const { messageId, conversationId } = parsed;
        return { messageId, conversationId, emailMessageId: parsed.emailMessageId ?? null };
      } catch (error) {
        throw markSendOutcomeUnknown(error);
      }
    },
    async getMessage(messageId, signal) {
      const path = idPath('/conversations/messages/', messageId, 'message id');
      const raw = await call({ version, method: 'GET', path }, true, signal);
      const endpoint = 'GET /conversations/messages/{id}';
      return toGoHighLevelMessage(parseGoHighLevelResponse(goHighLevelGetMessageResponseSchema, raw, endpoint));
    },
    async getEmailMessage(emailMessageId, signal) {
      const path = idPath('/conversations/messages/email/', emailMessageId, 'email message id');
      const raw = await call({ version, method: 'GET', path }, true, signal);
      const endpoint = 'GET /conversations/messages/email/{id}';
      const parsed = parseGoHighLevelResponse(goHighLevelEmailMessageResponseSchema, raw, endpoint);
      return { id: parsed.id, subject: parsed.subject ?? null, body: parsed.body ?? null };
    },
    async findConversationIds(contactId, signal) {
      const query = { locationId, contactId: requireGoHighLevelText(contactId, 'contactId') };
      const raw = await call({ version, method: 'GET', path: '/conversations/search', query }, true, signal);
      const endpoint = 'GET /conversations/search';
      const parsed = parseGoHighLevelResponse(goHighLevelConversationSearchResponseSchema, raw, endpoint);
      return parsed.conversations.map((conversation) => conversation.id);
    },
    async listConversationMessages(conversationId, options = {}) {
      const path = idPath('/conversations/', conversationId, 'conversation id', '/messages');
      const { messages, complete } = await collectMessagePages(async (lastMessageId) => {
        const query = { limit: options.pageSize ?? 100, type: options.type, lastMessageId };
        const raw = await call({ version, method: 'GET', path, query }, true, options.signal);
        return parseGoHighLevelResponse(goHighLevelMessagePageResponseSchema, raw, 'GET /conversations/{id}/messages');
      }, options.maxPages ?? 5);
      return { messages: messages.map(toGoHighLevelMessage), complete };
    },
  };
}
