# shellcheck shell=bash
# Real mail servers for the mail integration tests (test/integration/mail-servers.test.ts):
#   Postfix SMTP on 127.0.0.1:2525, accepting mail ONLY for the virtual domain caio.test (no relaying:
#   every other destination is refused, and the default/relay transports are `error:`), delivering over
#   LMTP to Dovecot; Dovecot IMAP on 127.0.0.1:1143 with plaintext auth (loopback only, no TLS).
#   Users prospect@caio.test, sender@caio.test, replies@caio.test (reply-routing test), idle@caio.test
#   (IMAP IDLE watcher test) and thread@caio.test (conversation-delivery test), password
#   caio-test-mail-password (test-only).
# Sourced by .ci/start-servers with `set -euo pipefail` and `ci_log` defined. Installs from Debian only
# when missing, starts the daemons directly (no systemd in the container), is idempotent when they already
# run, and exports CAIO_TEST_SMTP_URL, CAIO_TEST_IMAP_URL and CAIO_TEST_MAIL_PASSWORD.

caio_mail_password=caio-test-mail-password
caio_mail_smtp_port=2525
caio_mail_imap_port=1143
caio_mail_root=/var/mail/caio-test
caio_dovecot_conf=/etc/dovecot/caio-test.conf

if ! command -v postfix >/dev/null 2>&1 || ! command -v dovecot >/dev/null 2>&1 ||
  [ ! -x /usr/lib/dovecot/imap ] || [ ! -x /usr/lib/dovecot/lmtp ]; then
  ci_log "installing postfix and dovecot (imapd, lmtpd) from Debian"
  export DEBIAN_FRONTEND=noninteractive
  # "No configuration": this script writes the whole main.cf below.
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  echo "postfix postfix/mailname string mail.caio.test" | debconf-set-selections
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postfix dovecot-imapd dovecot-lmtpd >&2
fi

# Mail store owner (virtual users map to this one system account).
if ! id caio-vmail >/dev/null 2>&1; then
  useradd --system --home-dir "$caio_mail_root" --shell /usr/sbin/nologin --user-group caio-vmail
fi
mkdir -p "$caio_mail_root"
chown caio-vmail:caio-vmail "$caio_mail_root"

# --- Postfix: the whole main.cf, loopback only, caio.test only --------------------------------------
cat >/etc/postfix/main.cf <<'EOF'
# Written by .ci/servers/mail.sh for CAIO integration tests. Loopback only; accepts mail for caio.test only.
compatibility_level = 3.6
myhostname = mail.caio.test
mydomain = caio.test
myorigin = $mydomain
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
mydestination =
local_recipient_maps =
alias_maps =
alias_database =
virtual_mailbox_domains = caio.test
virtual_mailbox_maps = inline:{ prospect@caio.test=ok, sender@caio.test=ok, replies@caio.test=ok, idle@caio.test=ok, thread@caio.test=ok }
virtual_transport = lmtp:unix:private/dovecot-lmtp
# Never relay: anything not for caio.test is refused at RCPT, and nothing can leave the machine.
smtpd_relay_restrictions = reject_unauth_destination
smtpd_recipient_restrictions = reject_unlisted_recipient, reject_unauth_destination
default_transport = error:the CAIO test mail server delivers to caio.test only
relay_transport = error:the CAIO test mail server delivers to caio.test only
# AUTH through Dovecot (same users), allowed without TLS because the socket never leaves loopback.
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = private/auth
smtpd_sasl_security_options = noanonymous
smtpd_tls_security_level = none
smtp_tls_security_level = none
smtpd_banner = $myhostname ESMTP CAIO test
biff = no
# 10 MiB + headroom, so the IMAP reader's own cap is what the tests exercise.
message_size_limit = 20480000
maillog_file = /var/log/caio-postfix.log
EOF
# No chroot (Debian's init script, which copies /etc files into the chroot, does not run here);
# no port 25; SMTP on 127.0.0.1:2525 only (inet_interfaces above).
postconf -F '*/*/chroot = n'
postconf -M# smtp/inet >/dev/null 2>&1 || true
postconf -M "${caio_mail_smtp_port}/inet=${caio_mail_smtp_port} inet n - n - - smtpd"

# --- Dovecot: a stand-alone config file, leaving the Debian one untouched ----------------------------
printf '%s\n' "prospect@caio.test:{PLAIN}${caio_mail_password}" "sender@caio.test:{PLAIN}${caio_mail_password}" \
  "replies@caio.test:{PLAIN}${caio_mail_password}" "idle@caio.test:{PLAIN}${caio_mail_password}" \
  "thread@caio.test:{PLAIN}${caio_mail_password}" \
  >/etc/dovecot/caio-test-users
chown root:dovecot /etc/dovecot/caio-test-users
chmod 0640 /etc/dovecot/caio-test-users
cat >"$caio_dovecot_conf" <<EOF
# Written by .ci/servers/mail.sh for CAIO integration tests. Loopback only.
protocols = imap lmtp
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# Tests check a wrong password; no 2 s penalty per failed login on a loopback test server.
auth_failure_delay = 0
log_path = /var/log/caio-dovecot.log
mail_location = maildir:${caio_mail_root}/%d/%n/Maildir
first_valid_uid = $(id -u caio-vmail)
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%Lu /etc/dovecot/caio-test-users
}
userdb {
  driver = static
  args = uid=caio-vmail gid=caio-vmail home=${caio_mail_root}/%d/%n
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${caio_mail_imap_port}
  }
  inet_listener imaps {
    port = 0
  }
}
service lmtp {
  unix_listener /var/spool/postfix/private/dovecot-lmtp {
    mode = 0600
    user = postfix
    group = postfix
  }
}
service auth {
  unix_listener /var/spool/postfix/private/auth {
    mode = 0660
    user = postfix
    group = postfix
  }
}
EOF

caio_port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if dovecot -c "$caio_dovecot_conf" reload >/dev/null 2>&1; then
  ci_log "dovecot already running (config reloaded)"
else
  dovecot -c "$caio_dovecot_conf"
fi
if postfix status >/dev/null 2>&1; then
  postfix reload >/dev/null 2>&1
  ci_log "postfix already running (config reloaded)"
else
  postfix start >/dev/null 2>&1
fi

for _ in $(seq 1 100); do
  if caio_port_answers "$caio_mail_smtp_port" && caio_port_answers "$caio_mail_imap_port"; then break; fi
  sleep 0.1
done
if ! caio_port_answers "$caio_mail_smtp_port" || ! caio_port_answers "$caio_mail_imap_port"; then
  ci_log "mail servers did not start; see /var/log/caio-postfix.log and /var/log/caio-dovecot.log"
  tail -n 20 /var/log/caio-postfix.log /var/log/caio-dovecot.log >&2 || true
  return 1 2>/dev/null || exit 1
fi
ci_log "postfix ready on 127.0.0.1:$caio_mail_smtp_port, dovecot imap on 127.0.0.1:$caio_mail_imap_port"
export CAIO_TEST_SMTP_URL="smtp://127.0.0.1:${caio_mail_smtp_port}"
export CAIO_TEST_IMAP_URL="imap://127.0.0.1:${caio_mail_imap_port}"
export CAIO_TEST_MAIL_PASSWORD="$caio_mail_password"
