import { z } from 'zod';

/** `POST /conversations/messages` answer (`SendMessageResponseDto`): the message id is ours to keep. */
export const goHighLevelSendMessageResponseSchema = z.object({
  conversationId: z.string().min(1),
  messageId: z.string().min(1),
  emailMessageId: z.string().nullish(),
  msg: z.string().nullish(),
});

/** One message (`GetMessageResponseDto`): only the fields reconciliation reads. */
export const goHighLevelMessageSchema = z.object({
  id: z.string().min(1),
  messageType: z.string().nullish(),
  contactId: z.string().nullish(),
  conversationId: z.string().nullish(),
  dateAdded: z.string().nullish(),
  body: z.string().nullish(),
  direction: z.string().nullish(),
  status: z.string().nullish(),
  meta: z.object({ email: z.object({ messageIds: z.array(z.string()).nullish() }).nullish() }).nullish(),
});

/** `GET /conversations/messages/{id}`: documented as the message itself; a `{ message }` wrapper is tolerated. */
export const goHighLevelGetMessageResponseSchema = z.union([
  z.object({ message: goHighLevelMessageSchema }).transform((body) => body.message),
  goHighLevelMessageSchema,
]);

/** `GET /conversations/messages/email/{id}` (`GetEmailMessageResponseDto`); a `{ emailMessage }` wrapper is tolerated. */
const emailMessageSchema = z.object({
  id: z.string().min(1),
  subject: z.string().nullish(),
  body: z.string().nullish(),
  direction: z.string().nullish(),
  status: z.string().nullish(),
});
export const goHighLevelEmailMessageResponseSchema = z.union([
  z.object({ emailMessage: emailMessageSchema }).transform((body) => body.emailMessage),
  emailMessageSchema,
]);

/**
 * `GET /conversations/{conversationId}/messages` page. The spec shows `{ lastMessageId, nextPage,
 * messages: [...] }`, the live API wraps it as `{ messages: { lastMessageId, nextPage, messages } }`
 * (highlevel-api-docs issue #54), so both are accepted and normalised to the flat shape.
 */
const messagePageSchema = z.object({
  lastMessageId: z.string().nullish(),
  nextPage: z.boolean().nullish(),
  messages: z.array(goHighLevelMessageSchema),
});
export const goHighLevelMessagePageResponseSchema = z.union([
  z.object({ messages: messagePageSchema }).transform((body) => body.messages),
  messagePageSchema,
]);

/** `GET /conversations/search` answer (`SendConversationResponseDto`). */
export const goHighLevelConversationSearchResponseSchema = z.object({
  conversations: z.array(z.object({ id: z.string().min(1), contactId: z.string().nullish() })),
  total: z.number().nullish(),
});

export type GoHighLevelMessageRecord = z.infer<typeof goHighLevelMessageSchema>;
