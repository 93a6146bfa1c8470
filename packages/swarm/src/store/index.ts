export { openDatabase, type DatabaseLocation, type OpenDatabase } from './open-database.js';
export { createStore } from './create-store.js';
export { createRunRepository } from './repositories/run-repository.js';
export { createControlFlagRepository, type ControlFlagRepository } from './repositories/control-flag-repository.js';
export { createSqlEnrichmentCache, purgeExpiredEnrichmentCache } from './repositories/enrichment-cache-repository.js';
export { createSqlBreakerStateStore } from './repositories/breaker-state-repository.js';
export { suppressionHash } from './repositories/suppression-repository.js';
export { migrateToLatest } from './migrate.js';
export type { Database } from './schema.js';
