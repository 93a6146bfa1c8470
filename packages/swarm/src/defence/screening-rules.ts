import type { ScreeningRule } from './screening-label.js';

/*
 * Heuristics after OWASP Top 10 for LLM Applications 2025 (LLM01 prompt injection, LLM02 sensitive
 * information disclosure, LLM05 improper output handling, LLM07 system prompt leakage) and public
 * prompt-injection corpora. Text is lower-case with whitespace collapsed to single spaces. Every
 * pattern starts at a literal word and uses bounded, non-overlapping repetition: linear (PII-4).
 * Weights are tuned on defence/__fixtures__ so benign sales replies ("ignore my last email",
 * "password reset", "our CRM system") stay below 0.5.
 */
const filler =
  '(?: (?:all|any|of|the|your|my|these|those|every|previous|prior|above|earlier|preceding|existing|original|initial|system|safety|current|other|former|old|given|above-mentioned|developer|default|ethical|that|this|about|and|instructions|rules|stupid|boring))';
const ruleWords =
  '(?:instructions?|prompts?|rules|directions|directives|guidelines|constraints|guardrails|programming|training|polic(?:y|ies)|commands|restrictions|filters|safeguards|assignments|tasks)';
const secretNouns =
  '(?:api[ _-]?keys?|passwords?(?! reset| manager| polic)|credentials|secrets?|tokens?|ssh keys?|private keys?|env(?:ironment)? variables|\\.env file|access keys?|session cookies?|cookies|signing secrets?)';
/** "can't share passwords", "never send data": a negated request is not an attack. */
const notNegated = "(?<!\\b(?:can't|cannot|can not|won't|don't|do not|never|not|no need to|please don't) )";
const dataNouns =
  '(?:contacts?(?: list)?|leads?(?: list)?|lead list|emails|e-mails|customer (?:list|data|records)|customers|conversations?|chat history|database|crm(?: data| records| export)?|records|inbox|mailbox|files|memory|personal data|pii|user data|all (?:the )?data|everything)';

export const screeningRules: readonly ScreeningRule[] = [
  // Instruction override (injection).
  {
    id: 'override-instructions',
    label: 'injection',
    weight: 0.88,
    pattern: new RegExp(
      `\\b(?:ignore|disregard|forget|override|bypass|skip|neglect|discard|drop|abandon|overwrite|stop following|stop obeying|do not follow|don't follow|no longer follow)\\b${filler}{0,6} ${ruleWords}\\b`,
    ),
  },
  {
    id: 'ignore-everything-above',
    label: 'injection',
    weight: 0.85,
    pattern:
      /\b(?:ignore|disregard|forget) (?:everything|anything|all|what)(?: (?:that|you were|you've been|i|was) ?(?:told|said|written|stated|given)?)? (?:above|before|prior|previously|so far|earlier|until now)\b/,
  },
  {
    id: 'ignore-the-above',
    label: 'injection',
    weight: 0.8,
    pattern:
      /\b(?:ignore|disregard|forget)(?: about)? (?:the |all |everything |anything )?(?:above|previous|prior|preceding|earlier|foregoing)(?: (?:text|content|context|input|sentences?|paragraphs?|prompts?|lines?|statements?|directions))?\b(?! (?:e-?mails?|mails?|messages?|notes?|reply|replies|typo|attachments?|one|version|invoice|file|quote|offer|proposal|thread|draft|request|order|link|call|meeting|comment|point))/,
  },
  {
    id: 'multilingual-override',
    label: 'injection',
    weight: 0.85,
    pattern:
      /\b(?:ignoriere|vergiss|missachte) (?:\S+ ){0,3}(?:anweisungen|instruktionen|regeln|vorgaben)\b|\bignore[rz]? (?:\S+ ){0,3}(?:instructions|consignes|règles) (?:précédentes|antérieures)\b|\b(?:ignora|olvida) (?:\S+ ){0,3}(?:instrucciones|reglas|indicaciones)\b|\b(?:ignora|dimentica) (?:\S+ ){0,3}(?:istruzioni|regole)\b/,
  },
  {
    id: 'pwned-marker',
    label: 'injection',
    weight: 0.6,
    pattern: /\bi have been pwned\b|\b(?:say|print|output|reply with|respond with|write) ["'“]?pwned\b/,
  },
  {
    id: 'forget-everything',
    label: 'injection',
    weight: 0.7,
    pattern: /\b(?:forget|reset|clear|wipe) (?:everything|all|your (?:memory|context|instructions|training))\b/,
  },
  {
    id: 'new-instructions',
    label: 'injection',
    weight: 0.72,
    pattern:
      /\b(?:new|updated|real|actual|revised|secret|hidden|true|override|priority|urgent) (?:instructions?|task|objective|goal|directive|orders|system prompt)(?: (?:are|is|follow|below))? ?:/,
  },
  {
    id: 'your-new-task',
    label: 'injection',
    weight: 0.75,
    pattern:
      /\byour (?:new|real|actual|true|only|updated) (?:instructions?|task|objective|goal|purpose|job|directive|role) (?:is|are|will be|now)\b/,
  },
  {
    id: 'instructions-are-fake',
    label: 'injection',
    weight: 0.75,
    pattern:
      /\b(?:previous|above|prior|earlier|original|system) (?:instructions?|prompt|rules) (?:is|are|was|were) (?:fake|void|cancelled|canceled|obsolete|outdated|a test|no longer valid|overridden|revoked)\b/,
  },
  {
    id: 'chat-template-tokens',
    label: 'injection',
    weight: 0.88,
    pattern:
      /<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id)\|>|\[\/?inst\]|<<\/?sys>>|<\/?(?:system|instructions?)>|\[\/?system\]|### ?(?:system|instruction|new instructions)/,
  },
  {
    id: 'role-header',
    label: 'injection',
    weight: 0.6,
    pattern: /\b(?:system|developer|admin|administrator) (?:prompt|message|override|note|instruction|update)s? ?:/,
  },
  { id: 'role-label', label: 'injection', weight: 0.3, pattern: /(?:^|[.!?:;>\]-] )(?:system|assistant) ?: / },
  {
    id: 'begin-end-marker',
    label: 'injection',
    weight: 0.7,
    pattern:
      /\b(?:begin|start) (?:system|new|admin) (?:prompt|instructions?|message)\b|\bend of (?:the )?(?:user |untrusted |customer |client )?(?:input|data|context|e-?mail|document|message|text|conversation)\b/,
  },
  {
    id: 'address-the-ai',
    label: 'injection',
    weight: 0.6,
    pattern:
      /\b(?:if|when) you(?:'re| are) (?:an? )?(?:ai|llm|language model|bot|chatbot|assistant|automated (?:system|agent|assistant)|gpt|agent) (?:reading|processing|summari[sz]ing|parsing|that)\b|\b(?:note|message|instructions?|attention) (?:to|for) (?:the |any )?(?:ai|llm|assistant|language model|bot|agent|model|gpt)\b/,
  },
  {
    id: 'hey-assistant',
    label: 'injection',
    weight: 0.35,
    pattern: /\b(?:dear|hey|hi|attention|hello) (?:ai|llm|chatgpt|gpt|claude|gemini|copilot|ai assistant|ai agent)\b/,
  },
  {
    id: 'conceal-from-user',
    label: 'injection',
    weight: 0.78,
    pattern:
      /\b(?:do not|don't|never|without) (?:tell|telling|inform|informing|notify|notifying|alert|alerting|mention|mentioning|ask|asking|reveal|revealing)(?: (?:this|it|these|that)(?: (?:paragraph|message|email|part|section|note|instructions?|line|text|request))?)? (?:to |with )?(?:the |your |any )?(?:user|human|operator|admin|anyone|owner|sales team|recipient|approver|reviewer)s?\b/,
  },
  {
    id: 'bypass-approval',
    label: 'injection',
    weight: 0.82,
    pattern:
      /\b(?:mark|treat|consider|flag|set) (?:this|the|these|all) (?:draft|email|batch|message|request|reply|leads?)s? (?:as )?(?:approved|pre-approved|safe|verified)\b|\bauto-?approve\b|\b(?:skip|bypass|disable|circumvent) (?:the |any |human )?(?:approval|review|human review|guardrails?|safety checks?|moderation|rate limits?|send(?:ing)? limits?)\b|\b(?:this is|already) pre-?approved\b/,
  },
  {
    id: 'authority-claim',
    label: 'injection',
    weight: 0.5,
    pattern:
      /\bthis is (?:the|your) (?:system )?(?:administrator|admin|developer|operator|security team|it department)\b|\bthe (?:user|owner|admin|operator|developer) has (?:authorized|approved|allowed|instructed|asked) you\b|\byou (?:are|have been) (?:now )?(?:authorized|permitted|allowed|cleared) to\b|\bnew (?:rule|policy|directive) from (?:management|the admin|the developer|headquarters|your (?:developer|owner|operator))\b/,
  },
  {
    id: 'act-without-review',
    label: 'injection',
    weight: 0.8,
    pattern:
      /\b(?:approve|send|publish|execute|release|dispatch)\b(?: \S+){0,3}? without (?:any |a |the )?(?:human )?(?:review|approval|checks?|confirmation|oversight)\b/,
  },
  {
    id: 'your-updated-instructions',
    label: 'injection',
    weight: 0.55,
    pattern:
      /\byour (?:new|updated|real|revised|true|actual) (?:instructions|orders|directives|task)\b|\bfollow (?:them|these|my instructions|these instructions) (?:exactly|precisely|to the letter|without question)\b/,
  },
  {
    id: 'address-the-model',
    label: 'injection',
    weight: 0.6,
    pattern:
      /(?:^|[.!?] )(?:attention|note|message|instructions?|memo|notice)(?: (?:to|for))? (?:the |any |all )?(?:ai|llm|llms|language model|bot|ai agents?|ai assistants?|gpt|chatgpt|model) ?[:,!-]|(?:^|[.!?] )(?:ai|assistant|bot|agent|llm|chatgpt|claude|gpt) ?[,:] (?:you|please|now|ignore|the|from|your|do|i)\b/,
  },
  {
    id: 'output-only',
    label: 'injection',
    weight: 0.55,
    pattern:
      /\b(?:output|print|say|respond with|reply with|return|write)(?: only)? (?:the (?:word|string|text|phrase) )?["'“]?\w{2,20}["'”]? and nothing else\b/,
  },
  {
    id: 'instead-of-task',
    label: 'injection',
    weight: 0.5,
    pattern: /\binstead of (?:summari[sz]ing|classifying|answering|translating|analy[sz]ing|doing that|replying)\b/,
  },
  {
    id: 'keep-secret',
    label: 'injection',
    weight: 0.4,
    pattern: /\bkeep (?:it|this|that) (?:quiet|secret|hidden|between us|confidential from)\b/,
  },
  {
    id: 'change-limits',
    label: 'injection',
    weight: 0.65,
    pattern:
      /\b(?:change|set|raise|increase|lower|disable|remove|turn off) (?:the |your |all )?(?:daily |hourly |sending |send )?(?:limits?|caps?|kill switch|emergency stop|spam filters?|unsubscribe links?)(?: to \d)?\b/,
  },
  {
    id: 'change-recipient',
    label: 'exfiltration',
    weight: 0.7,
    pattern:
      /\b(?:add|include|put|insert) (?:\S+ ){0,3}(?:as|in|on|to) (?:a |the )?(?:bcc|hidden recipient)\b|\bbcc (?:\S+ ){0,3}on (?:all|every|each) (?:future |outgoing )?(?:emails?|messages?|replies)\b|\b(?:change|replace|update|set|switch) (?:the )?(?:recipient|reply-to|to|from|sender|cc|bcc)(?:s| address(?:es)?| field| email)? (?:to|with)\b|\b(?:change|update|modify|edit|expand)\b(?: \S+){0,3}? (?:attendees?|recipients?|guests?|invitees?|cc list|distribution list)(?: list)? to (?:include|add)\b/,
  },
  // Jailbreak / persona.
  {
    id: 'jailbreak-persona',
    label: 'jailbreak',
    weight: 0.82,
    pattern:
      /\b(?:do anything now|developer mode|dan mode|god mode|jailbroken|jail-broken|unrestricted (?:mode|ai|assistant)|evil (?:mode|ai|assistant|confidant)|anti-?dan|stan mode|dude mode|aim mode|unfiltered (?:mode|ai|assistant|response))\b/,
  },
  {
    id: 'act-as-unrestricted',
    label: 'jailbreak',
    weight: 0.8,
    pattern:
      /\b(?:you are now|from now on,? you(?: are| will be)?|act as|pretend (?:to be|you are|you're)|roleplay as|behave as|become|simulate)(?: an?| the| my)? (?:dan|unrestricted|unfiltered|uncensored|evil|jailbroken|amoral|rogue|malicious|free from|no longer bound|without (?:any )?(?:rules|restrictions|limits|filters|guidelines))\b/,
  },
  { id: 'jailbreak-mention', label: 'jailbreak', weight: 0.45, pattern: /\bjailbreak(?:ed|ing|s)?\b/ },
  {
    id: 'named-dan',
    label: 'jailbreak',
    weight: 0.75,
    pattern:
      /\b(?:as|is|you are|you're|known as|called|named|role of|play) dan\b|\b[a-z]{2,12},? (?:which|who) stands for\b/,
  },
  {
    id: 'you-have-no-restrictions',
    label: 'jailbreak',
    weight: 0.8,
    pattern:
      /\byou(?: are|'re| have| now have| will have| had| would have| could have)? (?:now )?(?:no longer bound by|free (?:of|from)|without|released from|broken free of|have no|no) (?:any |the |all )?(?:typical )?(?:ethical |moral |safety |content )?(?:restrictions|limitations|filters|censorship|guidelines|rules|boundaries|safeguards|guardrails|confines|shackles|limits)\b/,
  },
  {
    id: 'no-restrictions',
    label: 'jailbreak',
    weight: 0.45,
    pattern:
      /\b(?:without|with no|free of|free from|no longer (?:have|bound by|follow)) (?:any )?(?:ethical |moral |safety |content )?(?:restrictions|limitations|filters|censorship|guidelines|rules|boundaries|safeguards|guardrails)\b/,
  },
  {
    id: 'ignore-content-policy',
    label: 'jailbreak',
    weight: 0.8,
    pattern:
      /\b(?:ignore|bypass|disregard|violate|circumvent|break) (?:\S+ ){0,3}(?:content polic(?:y|ies)|safety (?:guidelines|policies|filters|rules)|usage polic(?:y|ies)|ethical guidelines|moral guidelines)\b|\b(?:you|ai|assistant|model|bot|chatbot)(?: \S+){0,3}? (?:not|never|doesn't|don't|does not|do not|no longer) (?:have to |need to |must )?(?:abide by|adhere to|obey|comply with|follow) (?:\S+ ){0,3}(?:rules|guidelines|polic(?:y|ies)|restrictions|instructions)\b/,
  },
  {
    id: 'immerse-role',
    label: 'jailbreak',
    weight: 0.6,
    pattern:
      /\bimmerse yourself\b|\brole of (?:another|an?) (?:ai|model|assistant|chatbot|character)\b|\bopposite mode\b/,
  },
  {
    id: 'you-are-now',
    label: 'jailbreak',
    weight: 0.35,
    pattern:
      /\b(?:you are now|from now on you|you will now act|stay in character|you must obey|you have no choice|you must now|pretend to be)\b/,
  },
  {
    id: 'hypothetical-bypass',
    label: 'jailbreak',
    weight: 0.5,
    pattern:
      /\b(?:hypothetically|in a fictional world|for a story|for educational purposes|in minecraft),? (?:how|explain|tell|write|describe)\b/,
  },
  // Exfiltration and prompt leakage.
  {
    id: 'reveal-system-prompt',
    label: 'exfiltration',
    weight: 0.88,
    pattern:
      /\b(?:reveal|show|print|output|repeat|display|tell me|give me|share|leak|dump|list|write out|recite|disclose|return|echo|translate|summari[sz]e|what (?:is|are|were|was))\b(?: \S+){0,6}? (?:(?:system|initial|hidden|original|secret|internal|developer|confidential) (?:prompt|instructions|message|rules)|(?:the )?instructions you (?:were given|received|have)|your (?:instructions|prompt|rules|guidelines|directives|configuration)|the (?:prompt|text|instructions|words|lines) above|everything above|your canary|(?:written|said|stated) (?:above|before this)|the beginning of (?:this|the|your) (?:prompt|conversation|instructions|context))\b/,
  },
  {
    id: 'system-prompt-mention',
    label: 'exfiltration',
    weight: 0.45,
    pattern: /\b(?:system prompt|initial prompt|hidden instructions|prompt injection)\b/,
  },
  {
    id: 'send-secrets',
    label: 'exfiltration',
    weight: 0.82,
    pattern: new RegExp(
      `${notNegated}\\b(?:send|give|tell|reveal|share|provide|paste|post|email|e-mail|print|show|output|leak|expose|dump|forward|include|list|type out|read out|reply|respond)\\b(?: \\S+){0,4}? (?:your |the |all |any |our |its )?${secretNouns}\\b`,
    ),
  },
  {
    id: 'send-data-to-address',
    label: 'exfiltration',
    weight: 0.9,
    pattern: new RegExp(
      `${notNegated}\\b(?:send|forward|email|e-mail|mail|post|upload|transmit|exfiltrate|leak|export|copy|share|dump|sync|push|submit)\\b(?: \\S+){0,5}? ${dataNouns}\\b(?: \\S+){0,6}? (?:to|at|into|via|on) (?:https?:\\/\\/|www\\.|\\S+@\\S+\\.|this (?:address|url|email|endpoint|webhook|server)|the following|my (?:server|endpoint|webhook|site|address)|\\S+\\.(?:com|net|org|io|ru|xyz|test|example)\\b)`,
    ),
  },
  {
    id: 'attach-bulk-data',
    label: 'exfiltration',
    weight: 0.75,
    pattern: new RegExp(
      `${notNegated}\\b(?:attach|include|paste|export|dump|list)\\b(?: \\S+){0,4}? (?:all|every|the full|the entire|the whole|the complete) (?:\\S+ ){0,2}?(?:leads?|contacts?|customers?|e-?mails|e-?mail addresses|phone numbers|records|prospects|accounts|database|pipeline)\\b`,
    ),
  },
  {
    id: 'markdown-image-exfil',
    label: 'exfiltration',
    weight: 0.88,
    pattern: /!\[[^\]\n]{0,200}\]\((?:https?:)?\/\/[^)\s]{1,500}[?&][^)\s=]{1,100}=/,
  },
  {
    id: 'html-image-beacon',
    label: 'exfiltration',
    weight: 0.75,
    skipFor: ['web_page'],
    pattern: /<img\b[^>]{0,200}\bsrc=["']?https?:\/\/[^"'\s>]{1,300}[?&][^"'\s>=]{1,100}=/,
  },
  {
    id: 'encode-into-url',
    label: 'exfiltration',
    weight: 0.8,
    pattern:
      /\b(?:append|add|encode|embed|include|put|insert)\b(?: \S+){0,6}? (?:in|into|to|as) (?:a |the )?(?:url|link|query (?:string|parameter)|image (?:url|link)|markdown image|webhook)\b/,
  },
  {
    id: 'visit-url-with-data',
    label: 'exfiltration',
    weight: 0.55,
    pattern:
      /\b(?:visit|open|fetch|call|request|browse to|navigate to|load)\b (?:the )?(?:url|link|https?:\/\/\S{1,200})(?: \S+){0,6}? (?:with|including|containing|and append|passing)\b/,
  },
  // Command injection and dangerous output (LLM05).
  {
    id: 'shell-chain',
    label: 'command_injection',
    weight: 0.86,
    pattern:
      /(?:;|&&|\|\||\||`|\$\() ?(?:sudo )?(?:rm|curl|wget|nc|ncat|netcat|bash|sh|zsh|python[23]?|perl|php|ruby|powershell|pwsh|cmd(?:\.exe)?|chmod|chown|base64|eval|exec|ssh|scp|nslookup|telnet|mkfifo|whoami|id|uname|ls|ping|certutil|bitsadmin|cat \/etc)\b/,
  },
  {
    id: 'rm-root',
    label: 'command_injection',
    weight: 0.9,
    pattern:
      /\brm -(?:rf|fr|r -f|f -r|-recursive --force)(?: --no-preserve-root)? (?:\/|~|\*|\$home|\/\*)(?:\s|$|[;&|])/,
  },
  { id: 'rm-rf', label: 'command_injection', weight: 0.45, pattern: /\brm -(?:rf|fr)\b/ },
  {
    id: 'download-and-run',
    label: 'command_injection',
    weight: 0.9,
    pattern:
      /\b(?:curl|wget|iwr|invoke-webrequest)\b[^\n|]{0,200}\| ?(?:sudo )?(?:ba|z|da)?sh\b|\b(?:iex|invoke-expression)\b|\bdownloadstring\b|\bpowershell(?:\.exe)? (?:-\w+ ){0,4}-(?:enc|encodedcommand|e)\b/,
  },
  {
    id: 'reverse-shell',
    label: 'command_injection',
    weight: 0.9,
    pattern: /\/dev\/tcp\/|\bnc(?:at)? -[a-z]*e\b|\bbash -i\b|\bmkfifo \/tmp|\bsocket\.socket\(|\bxp_cmdshell\b/,
  },
  {
    id: 'sql-injection',
    label: 'command_injection',
    weight: 0.82,
    pattern:
      /'\s?(?:or|and)\s?'?\d+'?\s?=\s?'?\d+|'\s?;\s?(?:--|drop|delete|insert|update|shutdown|exec)\b|\bunion(?: all)? select\b|;\s?(?:drop|truncate) (?:table|database)\b|\bdrop (?:table|database|schema) (?:if exists )?[\w`"]/,
  },
  {
    id: 'xml-external-entity',
    label: 'command_injection',
    weight: 0.85,
    pattern: /<!entity\b[^>]{0,200}\b(?:system|public)\b/,
  },
  {
    id: 'template-injection',
    label: 'command_injection',
    weight: 0.85,
    pattern:
      /\$\{jndi:|\$\{(?:env|sys|java):|\{\{ ?(?:self|config|request|cycler|lipsum|joiner|namespace|''|""|\d+ ?\* ?\d+)|\{% ?(?:import|include|exec|raw)|\b__import__\(|\bos\.(?:system|popen)\(|\bsubprocess\.|\bchild_process\b|\bruntime\.getruntime\(\)|\bprocess\.mainmodule\b/,
  },
  {
    id: 'eval-call',
    label: 'command_injection',
    weight: 0.4,
    pattern: /\b(?:eval|exec|system|passthru|shell_exec|popen)\((?!\))/,
  },
  {
    id: 'script-injection',
    label: 'command_injection',
    weight: 0.78,
    pattern:
      /<script\b|\bjavascript: ?[a-z(]|<iframe\b|<svg\b[^>]{0,200}\bon\w{2,20} ?=|<img\b[^>]{0,200}\bonerror ?=|\bon(?:error|load|mouseover|focus) ?= ?["']?[a-z]/,
    skipFor: ['web_page'],
  },
  {
    id: 'path-traversal',
    label: 'command_injection',
    weight: 0.78,
    pattern: /(?:\.\.\/){2,}|(?:\.\.\\){2,}|\/etc\/(?:passwd|shadow|hosts)\b|c:\\windows\\system32|%2e%2e%2f/,
  },
  {
    id: 'spreadsheet-formula',
    label: 'command_injection',
    weight: 0.8,
    pattern:
      /(?:^|[\s,;"])[=+@-] ?(?:cmd|hyperlink|importxml|importdata|importrange|importfeed|webservice|image|dde)\s?\(|(?:^|[\s,;"])=cmd\|/,
  },
  {
    id: 'run-command',
    label: 'command_injection',
    weight: 0.6,
    pattern:
      /\b(?:run|execute|exec|invoke)\b (?:the |this |following )?(?:shell |bash |terminal |system |os )?(?:command|script|code|payload)s?(?: below)? ?:/,
  },
];
