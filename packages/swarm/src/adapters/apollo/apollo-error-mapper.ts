import { apolloErrorBodySchema } from './apollo-schemas.js';

/** Pulls Apollo's own error text out of an error body (`{ error }` or `{ message }`), if any. */
export function describeApolloErrorBody(body: unknown): string | undefined {
  const parsed = apolloErrorBodySchema.safeParse(body);
  if (!parsed.success) return undefined;
  return parsed.data.error ?? parsed.data.message ?? undefined;
}
