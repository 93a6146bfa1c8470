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

/** The error of every scheduling entry point when no (active) host is configured. */
export function noSchedulingHostError(): CaioError {
  return new CaioError(
    'config_invalid',
    'No scheduling host is configured: add a `hosts:` entry to the config file (see docs/scheduling.md).',
  );
}

/**
 * The host the rotation would try next, availability aside, without changing the state (one host: it,
 * without reading the rotation). For `caio slots`, and for {@link chooseHost} when nobody has availability.
 * @throws CaioError `config_invalid` when `hostIds` is empty ({@link noSchedulingHostError})
 */
export async function peekNextHost(hostIds: readonly string[], rotation: HostRotationStore): Promise<string> {
  const [first, ...others] = hostIds;
  if (first === undefined) throw noSchedulingHostError();
  if (others.length === 0) return first;
  const state = await rotation.stateOf(defaultHostPool);
  return assignHost({ hostIds, availableHostIds: hostIds, state }).hostId ?? first;
}

/**
 * Picks the host of a new conversation.
 * - One host: it, whatever its availability (the conversation itself escalates "no availability").
 * - Several: the next host after the stored rotation state that has availability; the state advances.
 * - Nobody available: the host the rotation would try next ({@link peekNextHost}), without advancing the
 *   state, so the conversation escalates with that host's summary and the rotation stays fair.
 * @returns the host id
 * @throws CaioError `config_invalid` when no host is configured (add a `hosts:` entry, see docs/scheduling.md)
 */
export async function chooseHost(input: ChooseHostInput): Promise<string> {
  if (input.hostIds.length < 2) return peekNextHost(input.hostIds, input.rotation);
  const availability = await Promise.all(
    input.hostIds.map(async (hostId) => ((await input.hasAvailability(hostId).catch(() => false)) ? hostId : null)),
  );
  const availableHostIds = availability.filter((hostId): hostId is string => hostId !== null);
  const assigned = await input.rotation.assignOnce(defaultHostPool, input.requestKey, input.now, (state) =>
    assignHost({ hostIds: input.hostIds, availableHostIds, state }),
  );
  return assigned ?? peekNextHost(input.hostIds, input.rotation);
}
