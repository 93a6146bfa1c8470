import type { ControlFlags, KillSwitchState } from '../../ports/control-flags.js';
import type { OutboundTransport } from '../../ports/outbound-transport.js';
import { withFailureInjection } from '../../outbound/delivery/with-failure-injection.js';
import { createSpyTransport, type SpyTransport } from '../spy-transport.js';

/** A clock the chaos driver moves; handlers only read it. */
export interface SimulatedClock {
  now(): Date;
  set(atMs: number): void;
}

/** One message the spy transport accepted: when (simulated clock), by which worker, at which event number. */
export interface ObservedDelivery {
  sequence: number;
  worker: number;
  messageId: string;
  mailbox: string;
  recipientDomain: string;
  atMs: number;
  /** Wall-clock instant (`performance.now()`, ms) for the live-loop halt measurement. */
  wallMs: number;
}

/** One read of the kill switches by a worker (the policy validator or the gateway's re-check). */
export interface ObservedSwitchRead {
  sequence: number;
  worker: number;
  /** `gateway`: the action gateway's own checks (the last one right before the effect); `policy`: the validators. */
  source: 'gateway' | 'policy';
  emergencyStop: boolean;
}

/** One EMERGENCY_STOP flip by the driver. */
export interface ObservedFlip {
  sequence: number;
  on: boolean;
  wallMs: number;
}

/**
 * What the chaos tests observe independently of the store and the ledger: one spy transport shared
 * by every worker (the "vendor"), with failure injection per worker; every kill-switch read and
 * flip on one event counter, so "nothing left while EMERGENCY_STOP was on" can be checked exactly.
 */
export interface ChaosInstruments {
  clock: SimulatedClock;
  spy: SpyTransport;
  deliveries: ObservedDelivery[];
  switchReads: ObservedSwitchRead[];
  flips: ObservedFlip[];
  emergencyStop(): boolean;
  flipEmergencyStop(on: boolean): void;
  /** The kill switches as worker `worker` reads them, from its gateway or its send policy. */
  controlFlagsFor(worker: number, source: ObservedSwitchRead['source']): ControlFlags;
  /** The transport worker `worker` sends through: network latency, then the spy, behind failure injection. */
  transportFor(worker: number): OutboundTransport;
}

export function createChaosInstruments(options: {
  startMs: number;
  failureRate: number;
  random: () => number;
  /** Awaited inside every vendor call before the message leaves (network latency as interleaving). */
  latency: () => Promise<void>;
  /**
   * Upper bound (ms) of the simulated time a vendor call takes AFTER the message left: the clock
   * moves forward by a random amount up to this, so a batch's later sends leave after their
   * reservation instant. Default 0 (delivery instant = reservation instant).
   */
  vendorCallMs?: number;
}): ChaosInstruments {
  let nowMs = options.startMs;
  let sequence = 0;
  let stop = false;
  const spy = createSpyTransport();
  const instruments: ChaosInstruments = {
    clock: { now: () => new Date(nowMs), set: (atMs) => void (nowMs = atMs) },
    spy,
    deliveries: [],
    switchReads: [],
    flips: [],
    emergencyStop: () => stop,
    flipEmergencyStop(on) {
      stop = on;
      instruments.flips.push({ sequence: (sequence += 1), on, wallMs: performance.now() });
    },
    controlFlagsFor(worker, source) {
      return {
        async read(): Promise<KillSwitchState> {
          instruments.switchReads.push({ sequence: (sequence += 1), worker, source, emergencyStop: stop });
          return {
            EMERGENCY_STOP: stop,
            PAUSE_ALL_SENDS: false,
            SHADOW_MODE_OVERRIDE: false,
            REQUIRE_MANUAL_APPROVAL: false,
            sources: {},
          };
        },
        async set(name, on) {
          if (name === 'EMERGENCY_STOP') instruments.flipEmergencyStop(on);
        },
      };
    },
    transportFor(worker) {
      const timed: OutboundTransport = {
        platform: spy.platform,
        channel: spy.channel,
        async deliver(message, signal) {
          await options.latency();
          instruments.deliveries.push({
            sequence: (sequence += 1),
            worker,
            messageId: message.messageId,
            mailbox: message.from,
            recipientDomain: message.to.slice(message.to.lastIndexOf('@') + 1).toLowerCase(),
            atMs: nowMs,
            wallMs: performance.now(),
          });
          const result = await spy.deliver(message, signal);
          if (options.vendorCallMs) nowMs += Math.floor(options.random() * options.vendorCallMs);
          return result;
        },
        reconcile: (message) => spy.reconcile(message),
      };
      return withFailureInjection(timed, { rate: options.failureRate, random: options.random });
    },
  };
  return instruments;
}
