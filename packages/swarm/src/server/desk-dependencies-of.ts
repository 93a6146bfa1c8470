import type { DeskDependencies } from '../pipeline/approval/index.js';
import type { ServerDependencies } from './server-dependencies.js';

/** The approval slice's dependencies, taken from the server's. */
export function deskDependenciesOf(dependencies: ServerDependencies): DeskDependencies {
  return {
    store: dependencies.store,
    jobs: dependencies.jobs,
    clock: dependencies.clock,
    mode: dependencies.mode,
    desk: dependencies.desk,
    newId: dependencies.newId,
    batchTtlMs: dependencies.batchTtlMs,
  };
}
