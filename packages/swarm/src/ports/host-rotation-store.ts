/**
 * Durable round-robin state for host assignment (SPEC §7: "booked meetings are assigned by round-robin
 * among eligible hosts"). The store serialises assignments of one pool across processes and remembers the
 * host given to each request key, so a replayed request gets the same host without advancing the rotation.
 */

/** The rotation state of one pool (the shape of `scheduling/assign-host.ts` `RoundRobinState`). */
export interface HostRotationState {
  /** The host assigned last; the next pick starts after it in configuration order. */
  lastHostId?: string;
  /** Assignments per host id so far. */
  assignments?: Readonly<Record<string, number>>;
}

/** What a rotation decision returns: the host (or none) and the state to store. */
export interface HostRotationDecision {
  hostId: string | undefined;
  state: HostRotationState;
}

/** The rotation store. */
export interface HostRotationStore {
  /**
   * Assigns a host to `requestKey` once: when the key already has a host, resolves to it without calling
   * `decide`; otherwise runs `decide` on the pool's current state exclusively (no other assignment of the
   * pool runs meanwhile, in any process) and stores its state and pick. `decide` must be pure and fast
   * (no I/O): it runs while the pool is locked. Resolves `undefined` when `decide` picked no host (nothing
   * is stored then).
   */
  assignOnce(
    pool: string,
    requestKey: string,
    at: Date,
    decide: (state: HostRotationState) => HostRotationDecision,
  ): Promise<string | undefined>;
  /** The pool's current state (`{}` before the first assignment). */
  stateOf(pool: string): Promise<HostRotationState>;
}
