export * from './errors.js';
export * from './lead.js';
export * from './company.js';
export * from './signal.js';
export * from './evidence.js';
export * from './score.js';
export * from './draft.js';
export * from './agents.js';
