#!/usr/bin/env python3
"""A tiny SMTP sink for operations checks: accepts every message on 127.0.0.1:PORT and appends one line
per delivered recipient ("<recipient>\t<Message-ID>") to LOG. No TLS, no relay, loopback only.
    scripts/smtp-sink.py PORT LOG
"""
import socketserver
import sys
import threading

LOCK = threading.Lock()


class Handler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode("ascii"))
        self.wfile.flush()

    def handle(self):
        self.reply("220 levier-sink ESMTP")
        rcpts = []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = line[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250-levier-sink" if verb == "EHLO" else "250 levier-sink")
                if verb == "EHLO":
                    self.reply("250-8BITMIME")
                    self.reply("250 SMTPUTF8")
            elif verb == "MAIL":
                rcpts = []
                self.reply("250 OK")
            elif verb == "RCPT":
                rcpts.append(line.split(":", 1)[1].strip().strip("<>").split(">")[0].lower())
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                message_id = ""
                while True:
                    body = self.rfile.readline()
                    if not body or body in (b".\r\n", b".\n"):
                        break
                    if not message_id and body[:11].lower() == b"message-id:":
                        message_id = body[11:].decode("ascii", "replace").strip()
                with LOCK, open(LOG, "a", encoding="utf-8") as out:
                    for r in rcpts:
                        out.write(r + "\t" + message_id + "\n")
                rcpts = []
                self.reply("250 OK queued")
            elif verb == "RSET":
                rcpts = []
                self.reply("250 OK")
            elif verb == "NOOP":
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Command not implemented")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    PORT, LOG = int(sys.argv[1]), sys.argv[2]
    open(LOG, "w").close()
    with Server(("127.0.0.1", PORT), Handler) as server:
        server.serve_forever()
