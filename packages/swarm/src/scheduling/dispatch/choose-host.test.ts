import { describe, expect, it } from 'vitest';
import { chooseHost, defaultHostPool } from './choose-host.js';
import { createInMemoryHostRotationStore } from './in-memory-host-rotation-store.js';

const now = new Date('2031-03-03T09:00:00Z');

function availability(available: readonly string[]) {
  const asked: string[] = [];
  return {
    asked,
    hasAvailability: async (hostId: string) => {
      asked.push(hostId);
      return available.includes(hostId);
    },
  };
}

describe('chooseHost (SPEC §7 round-robin among eligible hosts)', () => {
  it('SPEC §7: with every host available, n requests give each of n hosts exactly one, in configuration order', async () => {
    const rotation = createInMemoryHostRotationStore();
    const { hasAvailability } = availability(['ada', 'bo', 'cy']);
    const picks: string[] = [];
    for (let request = 0; request < 6; request += 1) {
      picks.push(
        await chooseHost({ hostIds: ['ada', 'bo', 'cy'], requestKey: `r${request}`, rotation, hasAvailability, now }),
      );
    }
    expect(picks).toEqual(['ada', 'bo', 'cy', 'ada', 'bo', 'cy']);
    expect(await rotation.stateOf(defaultHostPool)).toEqual({
      lastHostId: 'cy',
      assignments: { ada: 2, bo: 2, cy: 2 },
    });
  });

  it('skips hosts without availability (or whose calendar read fails) without losing their turn', async () => {
    const rotation = createInMemoryHostRotationStore();
    const hasAvailability = async (hostId: string) => {
      if (hostId === 'cy') throw new Error('calendar down');
      return hostId !== 'ada';
    };
    const input = { hostIds: ['ada', 'bo', 'cy'], rotation, hasAvailability, now };
    expect(await chooseHost({ ...input, requestKey: 'r1' })).toBe('bo');
    expect(await chooseHost({ ...input, requestKey: 'r2' })).toBe('bo');
  });

  it('a replayed request key gets the same host and does not advance the rotation', async () => {
    const rotation = createInMemoryHostRotationStore();
    const { hasAvailability } = availability(['ada', 'bo']);
    const input = { hostIds: ['ada', 'bo'], rotation, hasAvailability, now };
    expect(await chooseHost({ ...input, requestKey: 'reply:1' })).toBe('ada');
    expect(await chooseHost({ ...input, requestKey: 'reply:1' })).toBe('ada');
    expect(await chooseHost({ ...input, requestKey: 'reply:2' })).toBe('bo');
    expect((await rotation.stateOf(defaultHostPool)).assignments).toEqual({ ada: 1, bo: 1 });
  });

  it('concurrent requests split fairly: 10 at once over 2 hosts give 5 each', async () => {
    const rotation = createInMemoryHostRotationStore();
    const { hasAvailability } = availability(['ada', 'bo']);
    const picks = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        chooseHost({ hostIds: ['ada', 'bo'], requestKey: `r${index}`, rotation, hasAvailability, now }),
      ),
    );
    expect(picks.filter((pick) => pick === 'ada')).toHaveLength(5);
    expect(picks.filter((pick) => pick === 'bo')).toHaveLength(5);
  });

  it('with one host, skips the rotation and reads no calendar', async () => {
    const rotation = createInMemoryHostRotationStore();
    const { asked, hasAvailability } = availability([]);
    expect(await chooseHost({ hostIds: ['ada'], requestKey: 'r1', rotation, hasAvailability, now })).toBe('ada');
    expect(asked).toEqual([]);
    expect(await rotation.stateOf(defaultHostPool)).toEqual({});
  });

  it('§6.9: when nobody has availability, answers the next host in turn without advancing the rotation', async () => {
    const rotation = createInMemoryHostRotationStore();
    const input = { hostIds: ['ada', 'bo'], rotation, now };
    expect(await chooseHost({ ...input, requestKey: 'r1', hasAvailability: async () => true })).toBe('ada');
    expect(await chooseHost({ ...input, requestKey: 'r2', hasAvailability: async () => false })).toBe('bo');
    expect(await rotation.stateOf(defaultHostPool)).toEqual({ lastHostId: 'ada', assignments: { ada: 1 } });
    expect(rotation.assignmentOf('r2')).toBeUndefined();
  });

  it('without hosts, tells the user to add a `hosts:` entry', async () => {
    await expect(
      chooseHost({
        hostIds: [],
        requestKey: 'r1',
        rotation: createInMemoryHostRotationStore(),
        hasAvailability: async () => true,
        now,
      }),
    ).rejects.toMatchObject({ code: 'config_invalid', message: expect.stringContaining('add a `hosts:` entry') });
  });
});
