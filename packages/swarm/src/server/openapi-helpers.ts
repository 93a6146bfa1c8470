/**
 * Building blocks of the hand-written OpenAPI 3.1 description (SPEC §14) shared by the per-topic
 * `*-openapi-paths.ts` files, so every list and error response is described the same way.
 */

/** A JSON Schema (2020-12, as OpenAPI 3.1 uses it) or any other OpenAPI object, untyped. */
export type OpenApiSchema = Record<string, unknown>;

/** A `content` map with one `application/json` body of `schema`. */
export const jsonContent = (schema: OpenApiSchema) => ({ 'application/json': { schema } });

/** Responses `{ "<status>": { $ref: "#/components/responses/Error<status>" } }` for each status. */
export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [String(status), { $ref: `#/components/responses/Error${status}` }]));

/** An optional query parameter, with a description when given. */
export const queryParameter = (name: string, schema: OpenApiSchema, description?: string) => ({
  name,
  in: 'query',
  required: false,
  schema,
  ...(description ? { description } : {}),
});

/** The `cursor` and `limit` (1–200, default 50) query parameters of a keyset-paginated list. */
export const pageQueryParameters = [
  queryParameter('cursor', { type: 'string' }),
  queryParameter('limit', { type: 'integer', minimum: 1, maximum: 200, default: 50 }),
];

/** The 200 response of a counted keyset page `{ items, total, nextCursor }` of `item`s. */
export const countedPageResponse = (item: OpenApiSchema) => ({
  description: 'OK',
  content: jsonContent({
    type: 'object',
    required: ['items', 'total', 'nextCursor'],
    properties: {
      items: { type: 'array', items: item },
      total: { type: 'integer' },
      nextCursor: { type: ['string', 'null'] },
    },
  }),
});
