/**
 * Public entry `caio-swarm/threading`: parse inbound mail, thread it against the outbox ledger, extract the
 * visible reply, detect bounces/auto-replies and classify intent (SPEC §6). Side-effect free re-export.
 */
export * from '../threading/index.js';
