/**
 * Counts LinkedIn sends per sending account, for the LinkedIn warm-up and daily ceiling (SPEC §3.7
 * HeyReach: "warm-up 5/day for 4 weeks then 20/day"). Implementations read the send ledger or the
 * outbox (status sent, or reserved and not released); they must count a send as soon as it is
 * reserved, so two workers cannot both take the last slot of a day.
 */
export interface LinkedInSendCounter {
  /**
   * LinkedIn sends (channel `linkedin`) from `accountId` at or after `since` (UTC instant).
   *
   * @param accountId the HeyReach LinkedIn account id (`heyreach.linkedInAccountId`), as a string.
   * @param since inclusive lower bound, e.g. today's 00:00 UTC.
   */
  countLinkedInSendsSince(accountId: string, since: Date): Promise<number>;
}
