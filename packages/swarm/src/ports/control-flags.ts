/** Kill switches of SPEC §3.7. */
export const killSwitchNames = [
  'EMERGENCY_STOP',
  'PAUSE_ALL_SENDS',
  'SHADOW_MODE_OVERRIDE',
  'REQUIRE_MANUAL_APPROVAL',
] as const;
export type KillSwitchName = (typeof killSwitchNames)[number];

/** The effective kill-switch state: each switch on or off, with where the "on" came from. */
export type KillSwitchState = Readonly<Record<KillSwitchName, boolean>> & {
  /** Where each active switch was read from: `database`, `file`, `environment`, or `unreadable` (fail-safe). */
  readonly sources: Readonly<Partial<Record<KillSwitchName, string>>>;
};

/**
 * Reads and sets kill switches. Reading never throws: when a source cannot be read the switch is
 * reported ON (fail closed), so a broken database can never unblock sends (RES-5).
 */
export interface ControlFlags {
  read(): Promise<KillSwitchState>;
  set(name: KillSwitchName, on: boolean, actor: string): Promise<void>;
}
