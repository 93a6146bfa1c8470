/**
 * Host choice for a new scheduling conversation (SPEC §7: "booked meetings are assigned by round-robin
 * among eligible hosts"): with one active host, that host (no rotation, no calendar read); with several,
 * each host's availability is read in parallel and `assignHost` picks the next host with availability,
 * the rotation state kept durable in a {@link HostRotationStore} so every worker process shares it.
 */
import { CaioError } from '../../domain/errors.js';
import type { HostRotationStore } from '../../ports/host-rotation-store.js';
import { assignHost } from '../assign-host.js';

/** The rotation pool every configured host belongs to (one pool until hosts are grouped). */
export const defaultHostPool = 'default';

/** What {@link chooseHost} needs. */
export interface ChooseHostInput {
  /** Active host ids in configuration order. */
  hostIds: readonly string[];
  /** The request being assigned (e.g. `reply:<id>`): a replay with the same key gets the same host. */
  requestKey: string;
  rotation: HostRotationStore;
  /** True when the host has at least one valid slot soon (false for a degraded calendar). Never throws. */
  hasAvailability: (hostId: string) => Promise<boolean>;
  now: Date;
}

/**
 * Picks the host of a new conversation.
 * - One host: it, whatever its availability (the conversation itself escalates "no availability").
 * - Several: the next host after the stored rotation state that has availability; the state advances.
 * - Nobody available: the host the rotation would try next, without advancing the state, so the
 *   conversation escalates with that host's summary and the rotation stays fair.
 * @returns the host id
 * @throws CaioError `config_invalid` when no host is configured (add a `hosts:` entry, see docs/scheduling.md)
 */
export async function chooseHost(input: ChooseHostInput): Promise<string> {
  const [only, ...others] = input.hostIds;
  if (only === undefined) {
    throw new CaioError(
      'config_invalid',
      'No scheduling host is configured: add a `hosts:` entry (see docs/scheduling.md).',
    );
  }
  if (others.length === 0) return only;
  const availability = await Promise.all(
    input.hostIds.map(async (hostId) => ((await input.hasAvailability(hostId).catch(() => false)) ? hostId : null)),
  );
  const availableHostIds = availability.filter((hostId): hostId is string => hostId !== null);
  const assigned = await input.rotation.assignOnce(defaultHostPool, input.requestKey, input.now, (state) =>
    assignHost({ hostIds: input.hostIds, availableHostIds, state }),
  );
  if (assigned !== undefined) return assigned;
  const next = assignHost({
    hostIds: input.hostIds,
    availableHostIds: input.hostIds,
    state: await input.rotation.stateOf(defaultHostPool),
  });
  return next.hostId ?? only;
}
