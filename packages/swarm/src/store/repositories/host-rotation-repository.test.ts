import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assignHost } from '../../scheduling/assign-host.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { createHostRotationRepository } from './host-rotation-repository.js';

const at = new Date('2031-03-03T09:00:00Z');
const hostIds = ['ada', 'bo'];

describe('host rotation repository (migration 0018)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.freshSchema();
  });

  it('SPEC §7: the rotation state is durable — a new repository (another process) continues where the last left off', async () => {
    const decide = (state: Parameters<typeof assignHost>[0]['state']) =>
      assignHost({ hostIds, availableHostIds: hostIds, state });
    expect(await createHostRotationRepository(database.db).assignOnce('default', 'r1', at, decide)).toBe('ada');
    expect(await createHostRotationRepository(database.db).assignOnce('default', 'r2', at, decide)).toBe('bo');
    expect(await createHostRotationRepository(database.db).assignOnce('default', 'r1', at, decide)).toBe('ada');
    expect(await createHostRotationRepository(database.db).stateOf('default')).toEqual({
      lastHostId: 'bo',
      assignments: { ada: 1, bo: 1 },
    });
  });

  it('concurrent assignments serialise on the pool row: 8 at once over 2 hosts give 4 each', async () => {
    const rotation = createHostRotationRepository(database.db);
    const picks = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        rotation.assignOnce('default', `r${index}`, at, (state) =>
          assignHost({ hostIds, availableHostIds: hostIds, state }),
        ),
      ),
    );
    expect(picks.filter((pick) => pick === 'ada')).toHaveLength(4);
    expect(picks.filter((pick) => pick === 'bo')).toHaveLength(4);
  });

  it('a decision without a host stores nothing', async () => {
    const rotation = createHostRotationRepository(database.db);
    const none = await rotation.assignOnce('default', 'r1', at, (state) =>
      assignHost({ hostIds, availableHostIds: [], state }),
    );
    expect(none).toBeUndefined();
    expect(await rotation.stateOf('default')).toEqual({ assignments: {} });
  });
});
