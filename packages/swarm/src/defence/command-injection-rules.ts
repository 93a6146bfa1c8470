import type { ScreeningRule } from './screening-label.js';

/**
 * Shell, SQL, template, script, path-traversal and spreadsheet-formula payloads (OWASP LLM05). Weights
 * are noisy-OR probabilities over lower-cased, whitespace-collapsed text.
 */
export const commandInjectionRules: readonly ScreeningRule[] = [
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
