import { existsSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ControlFlags, KillSwitchName, KillSwitchState } from '../ports/control-flags.js';
import { killSwitchNames } from '../ports/control-flags.js';
import type { ControlFlagRepository } from '../store/index.js';

/** The file whose presence means EMERGENCY_STOP, so a stop works with the database down (SPEC §3.7). */
export function emergencyStopFile(home: string): string {
  return join(home, 'EMERGENCY_STOP');
}

const flagKey = (name: KillSwitchName) => `kill_switch:${name}`;

/**
 * Kill switches from three sources, any of which turns a switch on: the database flag (set by
 * `caio stop`/`resume` and the API), the `$CAIO_HOME/EMERGENCY_STOP` file, and environment variables
 * read at start. If the database cannot be read, EMERGENCY_STOP reads as ON (fail closed, RES-5).
 */
export function createKillSwitches(options: {
  flags: ControlFlagRepository;
  home: string;
  environmentSwitches: readonly string[];
}): ControlFlags {
  const { flags, home, environmentSwitches } = options;
  return {
    async read(): Promise<KillSwitchState> {
      const state: Record<KillSwitchName, boolean> = {
        EMERGENCY_STOP: false,
        PAUSE_ALL_SENDS: false,
        SHADOW_MODE_OVERRIDE: false,
        REQUIRE_MANUAL_APPROVAL: false,
      };
      const sources: Partial<Record<KillSwitchName, string>> = {};
      for (const name of environmentSwitches) {
        if ((killSwitchNames as readonly string[]).includes(name)) {
          state[name as KillSwitchName] = true;
          sources[name as KillSwitchName] = 'environment';
        }
      }
      if (existsSync(emergencyStopFile(home))) {
        state.EMERGENCY_STOP = true;
        sources.EMERGENCY_STOP = 'file';
      }
      try {
        // One query per read: the gateway reads the switches several times per send (RES-5).
        const stored = await flags.getMany(killSwitchNames.map(flagKey));
        for (const name of killSwitchNames) {
          if (!state[name] && stored.get(flagKey(name)) === true) {
            state[name] = true;
            sources[name] = 'database';
          }
        }
      } catch {
        state.EMERGENCY_STOP = true;
        sources.EMERGENCY_STOP = 'unreadable';
      }
      return { ...state, sources };
    },
    async set(name, on, actor) {
      // The file goes first: it is the switch that still works if the database write fails.
      if (name === 'EMERGENCY_STOP') {
        mkdirSync(home, { recursive: true });
        if (on) writeFileSync(emergencyStopFile(home), `stopped by ${actor}\n`);
        else rmSync(emergencyStopFile(home), { force: true });
      }
      await flags.set(flagKey(name), on, actor);
    },
  };
}
