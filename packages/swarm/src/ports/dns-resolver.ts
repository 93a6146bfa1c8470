/**
 * DNS TXT look-ups for the sending-domain preflight (specs/security.md EM-5). One method, in our words;
 * the Node adapter lives in `adapters/dns`, tests pass an in-memory object.
 */
export interface DnsResolver {
  /**
   * The TXT records published at `name` (a fully qualified host name without trailing dot). Each record
   * is the list of its character-strings as published (RFC 1035 §3.3.14); callers join them without a
   * separator (RFC 7208 §3.3, RFC 6376 §3.6.2.2).
   *
   * @returns `[]` when the name does not exist or has no TXT records (ENOTFOUND / ENODATA): "no record"
   *   is an answer, not an error.
   * @throws CaioError `timeout` or `vendor_error` (retryable) when the resolver could not get an answer,
   *   so a broken resolver is never mistaken for a missing record.
   */
  resolveTxt(name: string): Promise<string[][]>;
}
