/**
 * Calls `probe` every `intervalMs` until it returns a value other than null or `timeoutMs` has passed
 * (Postfix → LMTP → Dovecot and the job queue are asynchronous). Returns the last value: null on timeout.
 */
export async function waitFor<T>(
  probe: () => Promise<T | null>,
  { timeoutMs, intervalMs }: { timeoutMs: number; intervalMs: number },
): Promise<T | null> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null || performance.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
