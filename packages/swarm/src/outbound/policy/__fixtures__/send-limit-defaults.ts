/** SPEC §3.7 default caps (the seeds), copied for tests so they do not depend on the config module. */
export const sendLimitDefaultsForTest = {
  monthly: 3000,
  daily: 150,
  hourly: 20,
  perRecipientDomainPerHour: 5,
  mailboxSpacingSeconds: 30,
  mailboxDaily: 30,
} as const;
