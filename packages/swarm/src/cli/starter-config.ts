/**
 * The commented starter configuration `caio init` writes. Every key is optional; the values shown are
 * the defaults unless marked otherwise. Reference: docs/config.md.
 */
export const starterConfig = `# CAIO Swarm configuration — written by \`caio init\`. Reference: docs/config.md
# Every key is optional. Secrets never go here: use environment variables
# (DATABASE_URL, CAIO_UNSUBSCRIBE_SECRET, APOLLO_API_KEY).

# shadow: the whole pipeline runs, drafts are queued and rendered to the outbox, nothing leaves.
# assisted: only human-approved messages are sent. full: policy decides (SPEC §3.6).
# assisted and full refuse to start while the placeholders below remain.
mode: shadow

sender:                      # who the email is from; printed in the signature and CAN-SPAM footer
  name: Your Name
  title: Your Title
  company: Your Company
  email: you@example.com
  postalAddress: "123 Placeholder Street, Nowhere, ZZ 00000 — set sender.postalAddress"
bookingLink: https://example.com/set-your-booking-link
unsubscribe:
  baseUrl: http://127.0.0.1:8080   # public URL of \`caio serve\`; links are {baseUrl}/u/{token}

icp:                         # Ideal Customer Profile (SPEC §3.3); see docs/config.md for every key
  tiers: { tier1: 80, tier2: 60, tier3: 40 }
  multipliers: { priorityTitle: 1.5, priorityIndustry: 1.2 }
  exclusions:
    customerDomains: []      # a domain matches itself and every subdomain
    customerEmails: []
    competitorDomains: []

enrichment:
  providers: [embedded]      # waterfall order; add apollo (needs APOLLO_API_KEY)
  cache: { companyTtlDays: 7, personTtlDays: 30 }

guard:
  mode: hard                 # hard blocks; soft only records (SPEC §3.5)
  maxRejections: 3
  rejectionMemoryDays: 30

approval:
  timeoutMinutes: 120
  urgentTimeoutMinutes: 30

limits:                      # hard send limits (SPEC §3.7); raising one needs allowAboveDefaults: true
  monthly: 3000
  daily: 150
  hourly: 20
  perRecipientDomainPerHour: 5
  mailboxSpacingSeconds: 30
  mailboxDaily: 30

ramp:
  limitPerDay: 5
  tiers: [tier_1]
  supervisedDays: 3
`;
