import { z } from 'zod';

/**
 * `POST /contacts/upsert` answer (`UpsertContactsSuccessfulResponseDto` in contacts/contacts.json of
 * github.com/GoHighLevel/highlevel-api-docs): `{ new, contact, traceId }`. Lenient (STYLE.md §5):
 * only the fields we read.
 */
export const goHighLevelUpsertContactResponseSchema = z.object({
  new: z.boolean().nullish(),
  contact: z.object({ id: z.string().min(1) }),
  traceId: z.string().nullish(),
});

/**
 * `GET /contacts/search/duplicate` answer. The spec documents no body; HighLevel answers
 * `{ contact: { id, … } }` or `{ contact: null }`, so both are accepted.
 */
export const goHighLevelDuplicateContactResponseSchema = z.object({
  contact: z.object({ id: z.string().min(1) }).nullish(),
});

/**
 * HighLevel error bodies (`UnauthorizedDTO`, `BadRequestDTO`, `UnprocessableDTO` of the API docs'
 * common schemas): `{ statusCode, message, error }`, where a 422 `message` is a list of strings.
 */
export const goHighLevelErrorBodySchema = z.object({
  statusCode: z.number().nullish(),
  message: z.union([z.string(), z.array(z.string())]).nullish(),
  error: z.string().nullish(),
});
