/**
 * Who runs the CLI, for the `--as` default of approve/reject/stop/resume: `$USER`, else `cli`.
 * Read here because only `config/` reads the environment.
 */
export function defaultOperatorName(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.USER?.trim() || 'cli';
}
