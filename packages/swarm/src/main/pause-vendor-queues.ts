import type { OutboundTransport } from '../ports/outbound-transport.js';

/**
 * Emergency stop, vendor side (RES-5; issue 4 "bulk pause for emergency stop"): pauses every
 * transport that queues work on the vendor's side and reports one line per vendor. A failure is
 * reported, never thrown: the local stop is already on and must not be undone by a vendor error.
 */
export async function pauseVendorQueues(transports: readonly OutboundTransport[]): Promise<string[]> {
  const lines: string[] = [];
  for (const transport of transports) {
    if (!transport.pauseAll) continue;
    try {
      const { paused } = await transport.pauseAll();
      lines.push(`${transport.platform}: paused ${paused} campaign(s).`);
    } catch (error) {
      lines.push(
        `${transport.platform}: PAUSE FAILED (${error instanceof Error ? error.message : String(error)}); pause it in the vendor's UI.`,
      );
    }
  }
  return lines;
}
