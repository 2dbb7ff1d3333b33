#!/usr/bin/python3
"""A real SMTP server for Lieu's tests, on aiosmtpd (Debian's python3-aiosmtpd).

It listens on a free loopback port, prints "PORT <n>" on stdout once it accepts connections, and
stops when its standard input closes (or on SIGTERM). Every message it accepts is written to --dir as
msg-NNNN.json: the envelope, the session (TLS, AUTH mechanism and login) and the message as Python's
own e-mail parser decodes it (subject, addresses, body, charset, transfer encoding, defects), plus the
raw bytes in msg-NNNN.eml. Each connection, login and refusal is appended to events.jsonl.
"""

import argparse
import asyncio
import email
import email.policy
import json
import os
import signal
import ssl
import sys
import threading

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--dir", required=True)
    p.add_argument("--mode", choices=["plain", "starttls", "tls"], default="plain")
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--auth", help="USER:PASSWORD; AUTH is then required")
    p.add_argument("--mechanisms", default="PLAIN,LOGIN", help="AUTH mechanisms offered")
    p.add_argument("--refuse-rcpt", help="550 for recipients containing this text")
    p.add_argument("--tempfail-data", type=int, default=0, help="451 for the first N messages")
    p.add_argument("--refuse-data", action="store_true", help="554 for every message")
    p.add_argument("--no-ehlo", action="store_true", help="answer EHLO with 502, as a server without ESMTP")
    p.add_argument("--hang-after-data", action="store_true",
                   help="keep every message but never answer the end of data")
    return p.parse_args()


class Recorder:
    def __init__(self, args):
        self.args = args
        self.count = 0
        self.tempfails = 0
        self.lock = threading.Lock()

    def event(self, **fields):
        with self.lock, open(os.path.join(self.args.dir, "events.jsonl"), "a") as f:
            f.write(json.dumps(fields) + "\n")

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        if self.args.no_ehlo:
            self.event(event="refused_ehlo")
            return ['502 5.5.1 Error: command "EHLO" not implemented']
        session.host_name = hostname
        return responses

    async def handle_HELO(self, server, session, envelope, hostname):
        session.host_name = hostname
        self.event(event="helo", hostname=hostname)
        return "250 lieu-test-smtp"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.args.refuse_rcpt and self.args.refuse_rcpt in address:
            self.event(event="refused_rcpt", address=address)
            return "550 5.1.1 <%s>: no such user here" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.args.refuse_data:
            self.event(event="refused_data")
            return "554 5.7.1 Message rejected as spam"
        if self.tempfails < self.args.tempfail_data:
            self.tempfails += 1
            self.event(event="tempfail_data")
            return "451 4.3.0 Try again later"
        self.count += 1
        name = "msg-%04d" % self.count
        raw = envelope.original_content or envelope.content
        with open(os.path.join(self.args.dir, name + ".eml"), "wb") as f:
            f.write(raw)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        body_part = msg.get_body(preferencelist=("plain",))
        transport = server.transport
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "tls": session.ssl is not None or (transport is not None and
                                               transport.get_extra_info("ssl_object") is not None),
            "auth_mechanism": getattr(session, "lieu_mechanism", None),
            "auth_login": session.login_data.decode() if isinstance(session.login_data, bytes) else None,
            "subject": str(msg["subject"]),
            "header_block": raw.split(b"\r\n\r\n")[0].decode("ascii", "replace"),
            "from": str(msg["from"]),
            "to": str(msg["to"]),
            "date": str(msg["date"]),
            "message_id": str(msg["message-id"]),
            "mime_version": str(msg["mime-version"]),
            "auto_submitted": str(msg["auto-submitted"]) if msg["auto-submitted"] else None,
            "content_type": msg.get_content_type(),
            "charset": msg.get_content_charset(),
            "transfer_encoding": str(msg["content-transfer-encoding"]),
            # Line ends as a reader sees them.
            "body": body_part.get_content().replace("\r\n", "\n") if body_part is not None else None,
            "defects": [type(d).__name__ for d in msg.defects],
            "header_defects": [type(d).__name__ for k in msg.keys() for d in msg[k].defects],
            "longest_line": max(len(line) for line in raw.split(b"\r\n")),
            "bare_lf": b"\n" in raw.replace(b"\r\n", b""),
        }
        tmp = os.path.join(self.args.dir, name + ".tmp")
        with open(tmp, "w") as f:
            json.dump(record, f, indent=1)
        os.rename(tmp, os.path.join(self.args.dir, name + ".json"))
        self.event(event="message", file=name)
        if self.args.hang_after_data:
            await asyncio.sleep(3600)
        return "250 2.0.0 Message accepted for delivery"


def main():
    args = parse_args()
    os.makedirs(args.dir, exist_ok=True)
    recorder = Recorder(args)
    context = None
    if args.mode != "plain":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = False
        login = None
        if isinstance(auth_data, LoginPassword):
            login = auth_data.login.decode()
            user, password = args.auth.split(":", 1)
            ok = login == user and auth_data.password.decode() == password
        session.lieu_mechanism = mechanism
        recorder.event(event="auth", mechanism=mechanism, login=login, ok=ok)
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    offered = set(m.strip().upper() for m in args.mechanisms.split(","))
    excluded = [m for m in ("PLAIN", "LOGIN") if m not in offered]

    def factory():
        recorder.event(event="connect")
        kwargs = dict(hostname="lieu-test-smtp", enable_SMTPUTF8=False)
        if args.mode == "starttls":
            kwargs.update(tls_context=context, require_starttls=True, auth_require_tls=True)
        else:
            # Implicit TLS is encrypted from the first byte; plain mode allows AUTH for the tests.
            kwargs.update(auth_require_tls=False)
        if args.auth:
            kwargs.update(authenticator=authenticator, auth_required=True, auth_exclude_mechanism=excluded)
        return SMTP(recorder, **kwargs)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = loop.run_until_complete(loop.create_server(
        factory, host="127.0.0.1", port=0, ssl=context if args.mode == "tls" else None))
    port = server.sockets[0].getsockname()[1]
    print("PORT %d" % port, flush=True)

    def watch_stdin():
        sys.stdin.read()
        loop.call_soon_threadsafe(loop.stop)

    threading.Thread(target=watch_stdin, daemon=True).start()
    loop.add_signal_handler(signal.SIGTERM, loop.stop)
    try:
        loop.run_forever()
    finally:
        server.close()


if __name__ == "__main__":
    main()
