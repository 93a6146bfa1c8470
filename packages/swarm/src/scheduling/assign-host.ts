/**
 * Round-robin host assignment (SPEC §7: "booked meetings are assigned by round-robin among eligible
 * hosts"). Pure: the rotation state comes in and the next state goes out, so the caller stores it wherever
 * it likes (memory, the store) and concurrent callers serialise on it.
 */

/** The rotation state; start with `{}`. */
export interface RoundRobinState {
  /** The host assigned last; the next pick starts after it in configuration order. */
  lastHostId?: string;
  /** Assignments per host id so far (reporting and fairness checks). */
  assignments?: Readonly<Record<string, number>>;
}

/** What {@link assignHost} needs. */
export interface AssignHostInput {
  /** Host ids in configuration order (the `hosts:` list); inactive hosts left out by the caller. */
  hostIds: readonly string[];
  /** Hosts with at least one valid slot for this request (e.g. a non-empty, non-degraded `available`). */
  availableHostIds: ReadonlySet<string> | readonly string[];
  state: RoundRobinState;
}

/** The pick and the state to store, or no host (escalate: nobody has availability, spec §6.9). */
export type AssignHostResult =
  | { hostId: string; state: RoundRobinState }
  | { hostId: undefined; reason: 'NO_ELIGIBLE_HOST'; state: RoundRobinState };

/**
 * Picks the next host after `state.lastHostId` in configuration order that has availability, wrapping
 * around; hosts without availability are skipped without losing their turn order. Fair: with every host
 * available, n consecutive assignments give each of n hosts exactly one. Stable: the same input always
 * gives the same pick, and adding or removing a host does not reshuffle the others (the state keeps an id,
 * not an index; when the last host was removed, rotation restarts at the first host).
 */
export function assignHost(input: AssignHostInput): AssignHostResult {
  const available = new Set(input.availableHostIds);
  const hostIds = [...new Set(input.hostIds)];
  const lastIndex = input.state.lastHostId === undefined ? -1 : hostIds.indexOf(input.state.lastHostId);
  for (let step = 1; step <= hostIds.length; step += 1) {
    const hostId = hostIds[(lastIndex + step) % hostIds.length];
    if (hostId === undefined || !available.has(hostId)) continue;
    const assignments = { ...input.state.assignments, [hostId]: (input.state.assignments?.[hostId] ?? 0) + 1 };
    return { hostId, state: { lastHostId: hostId, assignments } };
  }
  return { hostId: undefined, reason: 'NO_ELIGIBLE_HOST', state: input.state };
}
