export { createServerApp } from './create-server-app.js';
export type {
  InboundWebhookDependencies,
  ServerDependencies,
  SlackInteractionDependencies,
} from './server-dependencies.js';
export type { Principal, ServerEnv } from './server-env.js';
export { buildApiTokens, sha256Hex, type ApiToken, type ApiTokenRole } from './api-token.js';
export { openApiDocument } from './openapi-document.js';
export { deskDependenciesOf } from './desk-dependencies-of.js';
