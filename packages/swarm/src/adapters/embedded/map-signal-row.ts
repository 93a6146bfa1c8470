import type { IntentSignal } from '../../domain/signal.js';
import type { EmbeddedSignalRow } from './embedded-csv-schemas.js';

/**
 * Maps a `signal-events.csv` row to an intent signal (SPEC §3.3 kinds), or null when the row is
 * not a buying signal:
 * - `funding` → funding, undated (the source has no per-round dates; counts half), amount as detail;
 * - `hiring` → hiring, dated at the directory snapshot;
 * - `yc_directory_launch` → product_launch (the YC profile going live: the closest real proxy);
 * - `sp500_index_addition`, `acquisition_made` → none: joining an index or buying a company says
 *   nothing about buying software from us, and no signal kind fits them;
 * - `acquired` → none: matched to YC by name only and wrong on purpose in places (see DATA-SOURCES.md);
 * - `status_inactive|acquired|public` → none: status comes from the companies file.
 */
export function mapSignalRow(row: EmbeddedSignalRow): IntentSignal | null {
  const source = `signals.csv: ${row.source}`;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(row.signal_date) ? row.signal_date : null;
  const detail = row.value || null;
  switch (row.signal_type) {
    case 'funding':
      return { kind: 'funding', date: null, source, detail };
    case 'hiring':
      return { kind: 'hiring', date, source, detail };
    case 'yc_directory_launch':
      return { kind: 'product_launch', date, source, detail };
    default:
      return null;
  }
}
