import { withUnicodeWordBoundaries } from './unicode-word-boundaries.js';

// Deterministic layer of threading spec §7 rule 2: multilingual (EN/DE/FR/ES/NL) high-precision patterns.
// Text is matched after apostrophes are straightened and whitespace collapsed, case-insensitively.

/** Explicit opt-out only (spec §7 rule 3): stop, remove me, unsubscribe, don't contact me again, delete my data. */
export const unsubscribePattern = withUnicodeWordBoundaries(
  new RegExp(
    [
      "(?<!don't |do not |not |never )\\bunsubscribe\\b(?! link)",
      '\\bopt(?:ing)?[- ]?(?:me )?out\\b',
      // "Remove me from the Thursday invite" is not an opt-out.
      '\\bremove (?:me|my (?:e-?mail|address|name|details|contact)|us|this address)\\b(?! from (?:the |this |that |our |your )?(?:\\w+ )?(?:invite|invitation|meeting|call|thread|cc|chain|calendar|agenda))',
      '\\b(?:take|get) (?:me|us|my (?:e-?mail|address)) off (?:of )?(?:your |the |this |all |any )?(?:list|lists|mailing|database|distribution|e-?mails?|newsletters?|sequence|campaign)',
      '\\bstop (?:e-?mailing|emailing|contacting|messaging|writing|sending|spamming|reaching out)\\b',
      "\\b(?:do not|don't|dont|never|please don't|please do not) (?:e-?mail|contact|message|write to|reach out to|follow up with|bother|spam) (?:me|us)\\b",
      "\\b(?:do not|don't|dont) (?:follow up|email again|contact again|reach out again)\\b",
      '\\bno (?:more|further) (?:e-?mails|emails|messages|contact|follow[- ]?ups)\\b',
      "\\b(?:don't|do not|dont) want (?:any )?(?:more |further )?(?:e-?mails|emails|messages) from\\b",
      '\\bdelete (?:all )?(?:my|our) (?:data|personal data|information|details|contact (?:details|info))\\b',
      '\\b(?:erase|forget) (?:my|our) (?:data|information)\\b',
      '^\\s*(?:stop|unsubscribe|remove)\\s*[.!]*\\s*$',
      // DE
      '\\b(?:abmelden|abbestellen|austragen)\\b',
      '\\b(?:keine|bitte keine) (?:weiteren |weitere )?(?:e-?mails|mails|nachrichten|kontaktaufnahmen?)\\b',
      '\\b(?:nicht mehr|nie wieder) (?:kontaktieren|anschreiben|schreiben|mailen|kontakt)\\b',
      '\\b(?:kontaktieren|schreiben|mailen) sie mich (?:bitte )?nicht mehr\\b',
      '\\blöschen sie (?:bitte )?(?:meine|unsere) (?:daten|e-?mail|adresse|kontaktdaten)\\b',
      '\\baus (?:ihrem|dem) verteiler\\b',
      // FR
      '\\b(?:désabonner|désabonnez|désinscrire|désinscrivez|désinscription|désabonnement)\\b',
      '\\b(?:retirez|supprimez|enlevez)[- ]moi\\b',
      '\\bsupprime[zr]? (?:mes|nos) (?:données|coordonnées|informations)\\b',
      "\\bne (?:me |nous |m')(?:contactez|écrivez|sollicitez|envoyez|relancez) plus\\b",
      "\\b(?:merci de |veuillez )?ne plus (?:me |nous |m')?(?:contacter|écrire|relancer|solliciter|envoyer)\\b",
      "\\barrêtez de (?:m'|nous )(?:écrire|contacter|envoyer)\\b",
      // ES
      '\\b(?:darme|dame|denme|dar) de baja\\b',
      '\\bbaja de (?:la|su|esta) lista\\b',
      '\\b(?:elimine|eliminen|borre|borren|eliminar|borrar) (?:mis|nuestros) datos\\b',
      '\\bno (?:me|nos) (?:vuelva[ns]? a |vuelvas a )?(?:contacte[ns]?|escriba[ns]?|escribas|contactes|envíe[ns]?|escribir|contactar|enviar)(?: más)?\\b',
      '\\bdej(?:e|en|a) de (?:escribirme|contactarme|enviarme|escribirnos|contactarnos)\\b',
      '\\bquít(?:e|en|a)me de\\b',
      // NL
      '\\b(?:afmelden|uitschrijven)\\b',
      '\\bverwijder (?:mij|me|mijn (?:gegevens|e-?mailadres|adres))\\b',
      '\\b(?:niet meer|nooit meer) (?:mailen|e-?mailen|contacteren|benaderen)\\b',
      '\\bstop (?:met|alsjeblieft met) (?:mailen|e-?mailen)\\b',
    ].join('|'),
    'imu',
  ),
);

/** Doubtful opt-out wording: never an opt-out on its own, but sends the reply to a human (spec §7 rule 3). */
export const doubtfulOptOutPattern = withUnicodeWordBoundaries(
  /\b(?:stop|remove|list|spam|gdpr|dsgvo|rgpd|how did you get (?:my|this) (?:e-?mail|address)|woher haben sie|where did you get)\b/iu,
);

/** Typed notice of a temporary absence (present or future tense). Past tense ("I was out") is excluded. */
export const typedAbsencePattern = withUnicodeWordBoundaries(
  /(?:^|[.!,;]\s*)(?:currently\s+)?(?:on (?:vacation|holiday|holidays|leave|pto|parental leave)|out of (?:the )?office|ooo|away|off|travel(?:l)?ing)[,;]?\s+(?:until|till|til|through|thru|back on|back|returning)\b|\b(?:i am|i'm|i will be|i'll be|im)\s+(?:currently\s+|now\s+)?(?:out of (?:the )?office|ooo|away|on (?:vacation|holiday|holidays|leave|pto|parental leave|a trip|the road)|travel(?:l)?ing|off (?:until|till|through|this week|next week)|out (?:until|till|through|this week|next week)|offline|out sick|off sick|on sick leave)|\b(?:ich bin|bin (?:ich )?)\b(?:[^.\n]|\d\.){0,40}\b(?:nicht im büro|abwesend|im urlaub|außer haus|unterwegs|nicht erreichbar|auf (?:geschäfts)?reise|krank|in elternzeit)|\b(?:je suis|je serai)\b(?:[^.\n]|\d\.){0,40}\b(?:absente?|en congés?|en vacances|hors du bureau|en déplacement)|\b(?:estoy|estaré)\b(?:[^.\n]|\d\.){0,40}\b(?:fuera de la oficina|de vacaciones|ausente|de viaje|fuera)|\b(?:ik ben|ben ik)\b(?:[^.\n]|\d\.){0,40}\b(?:afwezig|op vakantie|niet op kantoor|met verlof|weg)/iu,
);

/** Points to another person, team or mailbox (spec §7). */
export const referralPattern = withUnicodeWordBoundaries(
  new RegExp(
    [
      '\\b(?:talk|speak|reach out|get in touch|connect|chat) (?:to|with) (?:my|our|him|her|them|the (?:team|person|owner|head|folks|right)|[\\w.+-]+@)',
      '\\b(?:contact|email|e-mail|ping|ask) (?:my colleague|my boss|my manager|our (?:team|head|cto|cfo|ceo|vp|director|procurement|partnerships)|him|her|them|[\\w.+-]+@)',
      "\\b(?:cc'?ing|cc'?d|cc-ing|copying|looping in|looped in|i've added|i have added|forwarded (?:this|your (?:e-?mail|note|message)) to|forwarding (?:this|you|your (?:e-?mail|note|message)) to)\\b",
      '\\b(?:the )?(?:right|best|better|correct) (?:person|contact|team|people)\\b',
      '\\btry (?:our|my) (?:cto|cfo|ceo|coo|vp|head|colleague|team|director|manager)\\b',
      '\\b(?:not|no longer) (?:the )?(?:right|best|correct) (?:person|contact)\\b',
      '\\b(?:handles|owns|is responsible for|is in charge of|looks after|takes care of|manages) (?:this|that|these|our|all)\\b',
      '\\b(?:no longer (?:with|at|works? (?:for|at|here))|(?:has|have) left (?:the company|the business|[A-Z][\\p{L}&.-]+))\\b',
      '\\b(?:my|our) (?:assistant|ea|executive assistant|colleague|cto|cfo|ceo|vp|head of)\\b[^.\\n]{0,60}\\b(?:will|can|should|handles|is)\\b',
      // DE
      '\\b(?:wenden sie sich (?:bitte )?an|sprechen sie (?:bitte )?mit|kontaktieren sie (?:bitte )?|melden sie sich (?:bitte )?bei)\\b',
      '\\b(?:zuständig (?:ist|sind|dafür)|(?:der|die) richtige ansprechpartner(?:in)?|ansprechpartner(?:in)? (?:ist|wäre))\\b',
      '\\b(?:nicht mehr (?:bei|im unternehmen|für)|hat das unternehmen verlassen|in kopie|in cc)\\b',
      // FR
      '\\b(?:contactez|adressez-vous à|voyez avec|écrivez à|je mets en copie|en copie)\\b',
      "\\b(?:le bon interlocuteur|la bonne personne|la personne en charge|s'occupe de (?:ce|ces|cela|ça))\\b",
      "\\b(?:n'est plus (?:chez|avec|dans)|a quitté (?:la société|l'entreprise)|ne fais plus partie|ne travaille plus)\\b",
      // ES
      '\\b(?:contacte con|hable con|escriba a|póngase en contacto con|le copio|en copia)\\b',
      '\\b(?:la persona (?:indicada|adecuada|correcta)|se encarga de|es el responsable|es la responsable)\\b',
      '\\bya no (?:trabaja|forma parte|está) (?:en|con|de)\\b',
      // NL
      '\\b(?:neem contact op met|spreek met|mail naar|in de cc)\\b',
      '\\b(?:de juiste persoon|de aangewezen persoon|gaat hierover|is verantwoordelijk)\\b',
      '\\bwerkt (?:hier )?niet meer (?:bij|voor)?\\b',
    ].join('|'),
    'iu',
  ),
);

/** Booking links and asks for one. */
export const bookingPattern = withUnicodeWordBoundaries(
  /\b(?:calendly\.com|cal\.com\/|savvycal\.com|meetings\.hubspot\.com|chilipiper|youcanbook\.me|booking (?:link|page)|calendar link|scheduling link|book (?:a|some) (?:time|slot|meeting|call)|grab (?:a|some) time|pick a (?:time|slot)|buchungslink|kalenderlink|terminlink|lien (?:de réservation|calendly|vers mon agenda)|enlace (?:de reserva|del calendario|de calendario)|agendalink|boekingslink)\b/iu,
);

/** Rescheduling an agreed meeting. */
export const reschedulePattern = withUnicodeWordBoundaries(
  /\b(?:reschedul\w*|re-schedul\w*|move (?:our|the|my) (?:call|meeting|chat|demo)|push (?:our|the) (?:call|meeting|demo)|postpone|verschieben|umplanen|reporter|décaler|reprogramar|cambiar (?:la|nuestra) (?:reunión|llamada)|mover (?:la|nuestra) (?:reunión|llamada)|verzetten|verplaatsen)\b/iu,
);

/** Availability and meeting words that turn a day or time into a scheduling proposal. */
export const availabilityPattern = withUnicodeWordBoundaries(
  /\b(?:available|availability|free|works? (?:for|well)|would work|does .{0,40}work|how about|what about|can we|could we|let's|lets|shall we|meet|meeting|call|chat|talk|speak|demo|slots?|times?|pick one|schedule|invite|around|give me a ring|ring me|call me|verfügbar|zeit|zeitfenster|passt|passen|wie wäre es|termine?|terminvorschläge?|treffen|telefonieren|gespräch|disponible|dispo|créneaux?|convient|conviendrait|conviendra|que diriez-vous|êtes-vous libre|rendez-vous|appel|réunion|échange|disponibilidad|(?:me|le|te|les|nos) (?:viene|va) bien|qué tal|que tal|horarios?|reunión|llamada|hablar|beschikbaar|schikt|past|afspraak|bellen|gesprek)\b/iu,
);

/** Yes to a conversation or next step. */
export const acceptancePattern = withUnicodeWordBoundaries(
  /\b(?:sounds good|sounds great|sounds interesting|happy to (?:chat|talk|connect|meet|hop|jump|learn)|let's (?:talk|chat|connect|do it|meet|set (?:it|something) up)|i(?:'m| am) (?:interested|open to|keen)|we(?:'re| are) (?:interested|open to|keen)|open to (?:a|an) (?:call|chat|conversation|intro)|count me in|go ahead|send (?:me |us |over )?(?:an? |the )?(?:calendar )?invite|yes,? (?:let's|i'd|we'd|i am|that)|would love to|i'd like to (?:learn|hear|see|talk)|worth a (?:chat|call|conversation)|klingt (?:gut|interessant|spannend)|ich bin interessiert|wir sind interessiert|lassen sie uns (?:sprechen|telefonieren)|schicken sie (?:mir |uns )?(?:gerne )?eine einladung|ça me va|ça m'intéresse|(?:je suis|nous sommes) intéressée?s?|discutons|envoyez-moi une invitation|pourquoi pas|(?<!no )(?:me|nos) interesa|hablemos|organicemos|suena interesante|estoy abiert[oa]|estamos abiertos|suena bien|envíame una invitación|klinkt goed|ik heb interesse|laten we (?:bellen|praten))\b/imu,
);

/** Conditional yes ("only if …"), an objection per spec §7. */
export const conditionalPattern = withUnicodeWordBoundaries(
  /\b(?:only if|as long as|provided (?:that)?|on condition|if (?:and only if|it(?:'s| is) (?:under|below|less than|cheaper))|nur wenn|nur falls|sofern|seulement si|à condition que|uniquement si|solo si|sólo si|siempre que|alleen als|mits)\b/iu,
);

/** Asks us to send material. */
export const informationRequestPattern = withUnicodeWordBoundaries(
  /\b(?:send|share|forward|email|mail)(?: me| us| over)?(?:\s+[\p{L}'-]+){0,3}?\s+(?:deck|slides?|pricing|price list|prices|rate card|case stud(?:y|ies)|docs|documentation|brochure|one[- ]pager|info(?:rmation)?|details|white ?paper|overview|materials?|examples?|references|proposal|quote|demo video|video|link|something in writing)\b|\b(?:do you have|is there|have you got|haben sie) (?:a|an|any|some|eine?|einige|welche)? ?(?:deck|fallstudien|referenzen|unterlagen|präsentation|preisliste|case stud(?:y|ies)|pricing|brochure|one[- ]pager|documentation|white ?paper|overview)\b|\bmore info(?:rmation)?\b|\b(?:schicken|senden|schick|sende) (?:sie )?(?:mir|uns) (?:bitte )?(?:gerne )?(?:mehr |weitere |ein |eine |die |ihre )?(?:informationen|infos|unterlagen|preise|preisliste|präsentation|fallstudien?|referenzen|broschüre|angebot|details)\b|\b(?:envoyez|envoyer|transmettre|faire parvenir)[- ](?:moi|nous)?\s*(?:plus d'|des |de la |du |de |la |le |une |votre |vos )?(?:informations|infos|documentation|plaquette|tarifs|grille tarifaire|présentation|cas clients?|brochure|détails|devis)\b|\b(?:envíe(?:me|nos)|envíame|mándame|mándeme|me (?:puede|podría|puedes|podrías) enviar|enviarme)\s*(?:más |la |el |una |un |su |sus )?(?:información|info|presentación|precios|tarifas|casos de éxito|documentación|folleto|propuesta|detalles)\b|\b(?:stuur|stuurt|mail) (?:me|mij|ons) (?:meer |de |een |uw )?(?:informatie|info|presentatie|prijzen|prijslijst|documentatie|brochure|cases|offerte)\b|\bmeer informatie\b|\bmás información\b|\bplus d'informations\b|\bmehr informationen\b/iu,
);

/** A question to answer in prose: a question mark, or a question-word opening without one. */
export const questionPattern = withUnicodeWordBoundaries(
  /[?？¿]|^\s*(?:how|what|which|why|when|where|who|does|do you|is it|are you|can you|could you|wie|was|welche|warum|wann|gibt es|können sie|comment|pourquoi|quel|quelle|est-ce|pouvez-vous|cómo|qué|cuál|por qué|cuándo|hoe|wat|welke|waarom|wanneer|kunt u)\b/imu,
);

/** Not now, or not unless: a reason that leaves the door open (spec §7). Group names give the type. */
export const objectionPatterns: {
  type: 'timing' | 'budget' | 'contract' | 'incumbent' | 'authority' | 'fit';
  pattern: RegExp;
}[] = [
  {
    type: 'timing',
    pattern: withUnicodeWordBoundaries(
      /\b(?:not (?:right )?now|not at (?:the|this) (?:moment|time|stage|point)|at this time|right now|not a priority|not the right time|bad timing|too early|too busy|maybe (?:later|next|in)|next (?:quarter|year|month)|in q[1-4]|q[1-4]\b|reach out (?:again )?(?:in|after|next)|circle back|check back|revisit|follow up (?:in|after|next)|ping me (?:in|after|next)|after (?:our|the) (?:migration|launch|merger|reorg|funding|holidays|summer|budget)|gerade nicht|derzeit nicht|momentan nicht|aktuell (?:nicht|kein)|später|nächste[nsm]? (?:quartal|jahr|monat)|melden sie sich (?:im|in|nach)|pas (?:pour le|en ce) moment|pas maintenant|plus tard|l'année prochaine|le trimestre prochain|recontactez-moi|revenez vers moi|ahora no|no es (?:el|buen) momento|más adelante|el próximo (?:año|trimestre)|vuelva a contactar|nu niet|op dit moment niet|later (?:dit|dit jaar|in)|volgend (?:jaar|kwartaal))\b/iu,
    ),
  },
  {
    type: 'budget',
    pattern: withUnicodeWordBoundaries(
      /\b(?:no budget|budget (?:is|was|has been) (?:frozen|spent|allocated|cut|tight)|budget freeze|hiring freeze|too expensive|can't afford|cannot afford|out of (?:our )?budget|kein budget|budget (?:ist )?(?:erschöpft|eingefroren)|zu teuer|pas de budget|trop cher|sin presupuesto|no hay presupuesto|demasiado caro|geen budget|te duur)\b/iu,
    ),
  },
  {
    type: 'contract',
    pattern: withUnicodeWordBoundaries(
      /\b(?:under contract|locked in(?:to)?|contract (?:runs|ends|renews|until|expires)|signed (?:a|with)|renewal|vertrag (?:läuft|bis)|vertraglich gebunden|sous contrat|contrat (?:en cours|jusqu)|contrato (?:vigente|hasta)|bajo contrato|contract loopt)\b/iu,
    ),
  },
  {
    type: 'incumbent',
    pattern: withUnicodeWordBoundaries(
      /\b(?:already (?:use|using|have|work with|working with|partnered|signed)|we use [A-Z]|happy with (?:our|the) current|built (?:it |this |our own |something )?in[- ]house|in[- ]house (?:solution|team|tool)|our own (?:solution|tool|system)|nutzen bereits|haben bereits|arbeiten bereits mit|eigene lösung|utilisons déjà|avons déjà|travaillons déjà avec|solution interne|ya (?:usamos|utilizamos|tenemos|trabajamos con)|solución interna|gebruiken al|hebben al|werken al met)\b/iu,
    ),
  },
  {
    type: 'authority',
    pattern: withUnicodeWordBoundaries(
      /\b(?:not (?:my|the) (?:decision|call)|not the decision[- ]maker|need to (?:check|run it by|discuss (?:it |this )?with|get approval)|above my pay grade|nicht meine entscheidung|muss (?:das )?(?:intern )?abstimmen|pas ma décision|je dois en parler|no es mi decisión|tengo que consultarlo|niet mijn beslissing|moet (?:het )?overleggen)\b/iu,
    ),
  },
  {
    type: 'fit',
    pattern: withUnicodeWordBoundaries(
      /\b(?:not (?:a|the) (?:good |right )?fit|doesn't fit|does not fit|not relevant|too (?:small|big|large)|we don't (?:need|have a need)|not (?:applicable|for our (?:size|use case))|passt nicht|kein bedarf|nicht relevant|ne correspond pas|pas adapté|pas pertinent|pas besoin|no (?:encaja|aplica|necesitamos)|no es relevante|past niet|niet relevant|geen behoefte)\b/iu,
    ),
  },
];

/** A clear no (spec §7 `rejection`). */
export const rejectionPattern = withUnicodeWordBoundaries(
  /\b(?:not interested|no interest|no,? thanks|no,? thank you|thanks,? but no|not something we (?:would|will|'d)? ?(?:ever )?(?:buy|need|use|consider)|not for us|we'll pass|we will pass|i'll pass|hard pass|pass on this|not going to happen|no need|we're good|we are good|please (?:don't|do not) bother|kein interesse|nein danke|nein, danke|nicht interessiert|pas intéressée?s?|non merci|ça ne m'intéresse pas|no me interesa|no nos interesa|no estamos interesados|no, gracias|no gracias|geen interesse|nee bedankt|nee, dank je|niet geïnteresseerd)\b|^\s*(?:no|nope|nein|non|nee|pass)\s*[.!]*\s*$/imu,
);

/** Positive words next to a no: sarcasm such as "Truly irresistible. Hard pass." (spec §7 rule 4). */
export const sarcasmPattern = withUnicodeWordBoundaries(
  /\b(?:truly|so|very|really)\s+(?:irresistible|tempting|compelling|original|personal|fascinating)\b|\b(?:wow|great|amazing),?\s+(?:another|yet another)\b/iu,
);

/** A past absence mentioned by a human ("I was out of office") — not an out-of-office notice. */
export const pastAbsencePattern = withUnicodeWordBoundaries(
  /\b(?:i was|i've been|i have been|i had been|ich war|j'étais|estuve|estaba|ik was)\b[^.\n]{0,40}\b(?:out|away|on (?:vacation|holiday|leave)|abwesend|im urlaub|absente?|en vacances|fuera|de vacaciones|afwezig|op vakantie)\b/iu,
);

/** Short agreement words: acceptance only when the reply does not ask us to send something instead. */
export const weakAcceptancePattern = withUnicodeWordBoundaries(
  /(?:^|[.!?,;]\s*)(?:sure|yes|yeah|yep|absolutely|definitely|of course|ok|okay|gerne|gern|ja|avec plaisir|volontiers|oui|d'accord|claro|sí|si|con gusto|por supuesto|vale|graag|ja hoor|prima|zeker)\b(?!\s+(?:not|nicht|pas|no|niet)\b)/imu,
);

/** Named people after a referral verb, matched case-sensitively so a name must be capitalised. */
export const referralNamePattern = withUnicodeWordBoundaries(
  /\b(?:[Tt]alk to|[Ss]peak (?:to|with)|[Rr]each out to|[Cc]ontact|[Ee]mail|[Pp]ing|[Aa]sk|[Cc]c'?ing|[Cc]opying|[Ll]ooping in|[Ww]enden Sie sich (?:bitte )?an|[Kk]ontaktieren Sie (?:bitte )?|[Ss]prechen Sie (?:bitte )?mit|[Cc]ontactez|[Aa]dressez-vous à|[Cc]ontacte con|[Hh]able con|[Ee]scriba a|[Nn]eem contact op met|[Ss]preek met)\s+(?:(?:Frau|Herrn?|Mr\.?|Mrs\.?|Ms\.?|Mme|M\.|Sr\.|Sra\.|Dhr\.|Mevr\.)\s+)?((?:[A-ZÀ-ÖØ-Þ][\p{L}'-]+)(?:\s+[A-ZÀ-ÖØ-Þ][\p{L}'-]+)?)/u,
);

/** A name followed by a role statement: "Omar handles this", "Jane is the right person". */
export const nameHandlesPattern = withUnicodeWordBoundaries(
  /\b([A-ZÀ-ÖØ-Þ][\p{L}'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\p{L}'-]+)?)\s+(?:handles|owns|runs|manages|is (?:the )?(?:right|best|better) (?:person|contact)|is responsible|is in charge|(?:ist|sind) zuständig|est responsable|s'occupe|se encarga|es (?:el|la) responsable|gaat hierover)\b/u,
);
