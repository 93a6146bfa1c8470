/**
 * Signals of a non-standard bounce (threading spec §6 "Non-standard bounces"), from sisimai's MTA parsers'
 * subjects and notice texts. Matched on the subject after gateway tags, never after `Fwd:`.
 */
export const bounceSubjectPattern =
  /^(?:undeliver|undelivered mail|returned mail|return(?:ed)? to sender|delivery status notification|failure notice|mail delivery (?:failed|failure|system|subsystem)|delivery failure|failed delivery|delivery (?:has )?failed|message (?:not delivered|delivery failure)|mail (?:system error|could not be delivered)|could not send message|warning: could not send|delayed mail|delivery (?:delayed|notification|report)|non[- ]?delivery|nondeliverable|unzustellbar|nicht zustellbar|non remis|onbestelbaar|olevererbart|no se pudo entregar|non recapitabile|mail failure|delivery problem|returned mail|message you sent|notice of delivery|undeliverable|mail failed|returning to sender|メールエラー|配信エラー|送信エラー|不達|返送)/i;

/** Local parts and display names of bounce senders. */
export const bounceSenderPattern = /^(?:mailer-?daemon|post_?master|mail-?daemon|mailerdaemon|double-bounce|mdaemon)@/i;
/** Display names of bounce senders ("Mail Delivery System", "MAILER-DAEMON"). */
export const bounceSenderNamePattern =
  /mail delivery (?:system|subsystem|service)|mailer[- ]daemon|postmaster|mail administrator|delivery status/i;

/** Notice wording of failure and delay reports across MTAs (sisimai lhost-* parsers). */
export const bounceBodyPattern =
  /could ?n[o']t be delivered|was not delivered|not be delivered|delivery (?:to the following recipients? )?(?:has )?failed|permanent(?:ly)? (?:error|fatal|failure)|fatal errors|user unknown|unknown user|no such (?:user|recipient|address|mailbox)|mailbox (?:is )?(?:full|unavailable|not found|disabled)|over quota|recipient address rejected|address rejected|does not exist|undeliverable|i'm sorry to have to inform you|this is the mail system at host|unable to deliver|wasn't able to deliver|couldn't deliver|could not deliver|delivery to .* failed|message (?:could not|has not|hasn't) been delivered|has been delayed|delivery has been delayed|still being retried|will (?:be retried|retry)|has not yet been delivered|host unknown|unrouteable|message rejected|rejected your message|returned to sender|delivery problems?|invalid recipient|recipient rejected|this message was created automatically by mail delivery software|the following addresses? had|failed recipient|smtp error|unknown host|no valid recipients|invalid user address/i;

/** An RFC 3463 enhanced status code or an SMTP 4xx/5xx reply in text. */
export const enhancedStatusPattern = /(?<![\d.])([45])\.(\d{1,3})\.(\d{1,3})(?![\d.])/;
/** An SMTP 4xx/5xx reply code followed by text (RFC 5321 §4.2), e.g. `550 User unknown`. */
export const smtpReplyPattern = /(?<![\d.])([45][0-5]\d)[ -](?=\S)/;

/** Wording of delay (transient) notices. */
export const delayPattern =
  /\(delay\)|delayed|will (?:be retried|retry|continue)|still being retried|has not yet been delivered|could not send message for past|warning:|temporar(?:y|ily)|deferred/i;
