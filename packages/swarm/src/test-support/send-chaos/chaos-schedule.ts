/** One step of a chaos schedule, applied by the driver between (and during) the workers' jobs. */
export type ChaosEvent =
  { kind: 'enqueue'; message: number } | { kind: 'advance'; milliseconds: number } | { kind: 'stop'; on: boolean };

/** A randomized schedule: when each message is queued (some twice), clock moves and stop flips. */
export interface ChaosSchedule {
  events: ChaosEvent[];
  /** Lift EMERGENCY_STOP after the schedule so the queue drains; otherwise work must stay queued. */
  resumeAtEnd: boolean;
}

/** Clock steps: around the 30 s spacing, across the hourly windows, and across days. */
function randomAdvance(random: () => number): number {
  const roll = random();
  if (roll < 0.5) return 1_000 + Math.floor(random() * 40_000);
  if (roll < 0.85) return 60_000 + Math.floor(random() * 20 * 60_000);
  return 3_600_000 + Math.floor(random() * 3 * 3_600_000);
}

/**
 * Builds a schedule for `messageCount` messages: each message is enqueued once, a fifth of them a
 * second time (EM-7: the same send executed twice), interleaved with as many clock advances and
 * `flips` EMERGENCY_STOP flips (alternating on/off).
 */
export function randomChaosSchedule(
  random: () => number,
  messageCount: number,
  options: { flips: number; resumeAtEnd: boolean },
): ChaosSchedule {
  const events: ChaosEvent[] = [];
  for (let message = 0; message < messageCount; message += 1) {
    events.push({ kind: 'enqueue', message });
    if (random() < 0.2) events.push({ kind: 'enqueue', message });
  }
  for (let step = 0; step < messageCount; step += 1)
    events.push({ kind: 'advance', milliseconds: randomAdvance(random) });
  for (let flip = 0; flip < options.flips; flip += 1) events.push({ kind: 'stop', on: flip % 2 === 0 });
  // Shuffle, then put the flips back in on/off order (their positions stay random).
  for (let index = events.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [events[index], events[other]] = [events[other] as ChaosEvent, events[index] as ChaosEvent];
  }
  let flipCount = 0;
  const ordered = events.map((event) =>
    event.kind === 'stop' ? { kind: 'stop' as const, on: (flipCount += 1) % 2 === 1 } : event,
  );
  return { events: ordered, resumeAtEnd: options.resumeAtEnd };
}
