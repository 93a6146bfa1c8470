/**
 * Server-backed tests run when the server is present. Under `CAIO_TEST_SERVERS=1` (set by `.ci/run`,
 * which installs and starts the servers) a missing server is a failure, never a skip.
 */
export function serverUrl(variable: `CAIO_TEST_${string}`): { url: string | undefined; skipReason: string | null } {
  const url = process.env[variable];
  if (url) return { url, skipReason: null };
  if (process.env.CAIO_TEST_SERVERS === '1') {
    throw new Error(`CAIO_TEST_SERVERS=1 but ${variable} is not set: .ci/start-servers did not start the server.`);
  }
  return { url: undefined, skipReason: `${variable} not set (run .ci/start-servers to test against a real server)` };
}
