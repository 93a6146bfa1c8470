import { describe, expect, it } from 'vitest';
import { buildBounceMessage } from './__fixtures__/build-bounce-message.js';
import { buildMessage } from './__fixtures__/build-message.js';
import { classifyIntent } from './classify-intent.js';
import { intentPrecedence } from './intent-result.js';
import { parseEmail } from './parse-email.js';

const referenceDate = new Date('2026-03-03T10:00:00Z'); // a Tuesday

function intentOf(text: string): string {
  return classifyIntent(text, { referenceDate }).intent;
}

describe('classifyIntent — taxonomy per language (§7, SPEC §6)', () => {
  it.each([
    [
      'scheduling_request',
      'Could we do Thursday at 3pm CET?',
      'Passt Ihnen Donnerstag um 15 Uhr?',
      'Jeudi à 15h, ça vous convient ?',
      '¿Le va bien el jueves a las 15:00?',
      'Schikt donderdag om 15:00?',
    ],
    [
      'acceptance',
      "Sounds good, let's talk.",
      'Klingt gut, lassen Sie uns sprechen.',
      "Ça m'intéresse, discutons.",
      'Me interesa, hablemos.',
      'Klinkt goed, laten we bellen.',
    ],
    [
      'question',
      'Does it integrate with HubSpot?',
      'Funktioniert das mit SAP?',
      'Est-ce compatible avec Salesforce ?',
      '¿Funciona con Salesforce?',
      'Werkt het met Exact?',
    ],
    [
      'information_request',
      'Can you send me the deck?',
      'Schicken Sie mir bitte mehr Informationen.',
      "Pouvez-vous m'envoyer une présentation",
      'Envíeme más información, por favor.',
      'Stuur me meer informatie.',
    ],
    [
      'objection',
      'We already use Gong and are happy with it.',
      'Wir haben kein Budget dafür.',
      'Pas pour le moment, nous avons déjà un outil.',
      'Ahora no es el momento.',
      'Nu niet, misschien volgend kwartaal.',
    ],
    [
      'rejection',
      'Not interested.',
      'Kein Interesse.',
      'Non merci, pas intéressé.',
      'No me interesa, gracias.',
      'Geen interesse.',
    ],
    [
      'unsubscribe_request',
      'Please remove me from your list.',
      'Bitte nehmen Sie mich aus Ihrem Verteiler.',
      'Merci de ne plus me contacter.',
      'Por favor, denme de baja.',
      'Verwijder mij uit uw bestand.',
    ],
    [
      'referral',
      'Please talk to my colleague Omar (omar@prospect.example.com).',
      'Wenden Sie sich bitte an Frau Berg.',
      "Contactez Julie, c'est la bonne personne.",
      'Hable con Marta, se encarga de esto.',
      'Neem contact op met Joost, hij gaat hierover.',
    ],
    [
      'out_of_office',
      "I'm out of the office until March 9.",
      'Ich bin bis zum 9. März nicht im Büro.',
      "Je suis absent jusqu'au 9 mars.",
      'Estoy de vacaciones hasta el 9 de marzo.',
      'Ik ben afwezig tot 9 maart.',
    ],
  ])('§7: %s in EN, DE, FR, ES, NL', (intent, ...texts) => {
    for (const text of texts) expect(intentOf(text), text).toBe(intent);
  });
});

describe('classifyIntent — precedence and hard patterns (§7 rules 3–4)', () => {
  it("§7: the precedence order is the spec's", () => {
    expect(intentPrecedence).toEqual([
      'bounce',
      'out_of_office',
      'unsubscribe_request',
      'referral',
      'scheduling_request',
      'acceptance',
      'information_request',
      'question',
      'objection',
      'rejection',
    ]);
  });

  it('§7: several intents resolve by precedence and report the runner-up as secondary', () => {
    expect(classifyIntent("Sure, let's talk. How about Tuesday at 2pm EST?", { referenceDate })).toMatchObject({
      intent: 'scheduling_request',
      secondary: 'acceptance',
    });
    expect(classifyIntent('Not interested, please remove me from your list.', { referenceDate })).toMatchObject({
      intent: 'unsubscribe_request',
    });
    expect(classifyIntent('Can you send the pricing sheet? Does it support SSO?', { referenceDate })).toMatchObject({
      intent: 'information_request',
      secondary: 'question',
    });
  });

  it('§7: a human reply that only mentions past absence is not out_of_office', () => {
    expect(intentOf("Sorry, I was out of office last week. Yes, let's talk.")).toBe('acceptance');
  });

  it('§7 rule 3: "How did you get my email?" is a question, flagged for review, never an opt-out', () => {
    expect(classifyIntent('How did you get my email?', { referenceDate })).toMatchObject({
      intent: 'question',
      needsReview: true,
    });
  });

  it('§7 rule 4: sarcasm, conditional yes, delegated yes and "not interested at this time" go to review', () => {
    expect(classifyIntent('Truly irresistible. Hard pass.', { referenceDate })).toMatchObject({
      intent: 'rejection',
      needsReview: true,
    });
    expect(classifyIntent("Only if it's under $20 a seat.", { referenceDate })).toMatchObject({
      intent: 'objection',
      needsReview: true,
      extracted: { objectionType: 'conditional' },
    });
    expect(classifyIntent('Yes — but talk to Omar.', { referenceDate })).toMatchObject({
      intent: 'referral',
      needsReview: true,
      extracted: { referralContacts: ['Omar'] },
    });
    expect(classifyIntent('Not interested at this time.', { referenceDate })).toMatchObject({
      intent: 'objection',
      needsReview: true,
    });
    expect(classifyIntent('On vacation till the 20th, ping me after.', { referenceDate })).toMatchObject({
      intent: 'out_of_office',
      needsReview: true,
      extracted: { returnDate: '2026-03-20' },
    });
  });

  it('§7: text no rule recognises is "other" with review', () => {
    expect(classifyIntent('👍', { referenceDate })).toMatchObject({ intent: 'other', needsReview: true });
  });
});

describe('classifyIntent — extraction (§7 rules 2 and 5)', () => {
  it('§7: proposed times and the timezone of a scheduling request', () => {
    const result = classifyIntent('Tuesday at 2pm or Thursday 10:00-10:30 Eastern time work for me.', {
      referenceDate,
    });
    expect(result.extracted.proposedTimes).toEqual(['Tuesday at 2pm', 'Thursday 10:00-10:30']);
    expect(result.extracted.timezone).toBe('America/New_York');
  });

  it('§7 rule 5: revisit dates for objections resolve against the message date', () => {
    expect(classifyIntent('Not now, maybe in Q3.', { referenceDate }).extracted).toMatchObject({
      objectionType: 'timing',
      revisitAfter: '2026-07-01',
    });
    expect(classifyIntent('Budget is frozen, reach out next year.', { referenceDate }).extracted.revisitAfter).toBe(
      '2027-01-01',
    );
    expect(classifyIntent('Not now — after our migration in June.', { referenceDate }).extracted.revisitAfter).toBe(
      '2026-06-01',
    );
  });

  it('§7: referral contacts exclude the sender and our mailboxes', () => {
    const result = classifyIntent('Talk to kim@prospect.example.com, cc sam@seller.example.net.', {
      referenceDate,
      ourAddresses: ['sam@seller.example.net'],
    });
    expect(result.extracted.referralContacts).toEqual(['kim@prospect.example.com']);
  });

  it('§5 + §7: detector results decide bounce, complaint and auto-reply OOO (with return date)', async () => {
    const bounce = await parseEmail(buildBounceMessage());
    expect(classifyIntent('', { parsed: bounce })).toMatchObject({ intent: 'bounce', confidence: 1 });
    const ooo = await parseEmail(
      buildMessage({
        subject: 'Automatic reply: Quick question',
        headers: { 'Auto-Submitted': 'auto-replied' },
        body: 'Thank you for your email. I am back on Monday, March 9. For urgent matters contact kim@prospect.example.com.\r\n',
      }),
    );
    expect(classifyIntent('Thank you for your email.', { parsed: ooo })).toMatchObject({
      intent: 'out_of_office',
      extracted: { returnDate: '2026-03-09', referralContacts: ['kim@prospect.example.com'] },
    });
    expect(
      classifyIntent('anything', {
        auto: { isAutoReply: false, autoReplyKind: null, isBounce: false, complaint: true },
      }).intent,
    ).toBe('unsubscribe_request');
  });

  it('§7: classification is deterministic and ignores our quoted footer (only visible text is read)', () => {
    const first = classifyIntent('Tuesday works.', { referenceDate });
    expect(classifyIntent('Tuesday works.', { referenceDate })).toEqual(first);
  });
});

describe('classifyIntent — no false opt-outs on look-alikes (§7 rule 3)', () => {
  it.each([
    'Remove me from the Thursday invite, Kim will join instead.',
    'Can you take me off the Tuesday call and add Kim?',
    "Don't unsubscribe me, I still want the updates.",
    'How do I stop the tool from emailing the same prospect twice?',
    'We stopped using Outreach last year.',
    'How did you get my email?',
    'Is there an unsubscribe link in the emails your tool sends?',
    'Not interested right now, maybe next quarter.',
  ])('§7 rule 3: "%s" is not an opt-out', (text) => {
    expect(classifyIntent(text, { referenceDate }).intent).not.toBe('unsubscribe_request');
  });
});
