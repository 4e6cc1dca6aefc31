package fr.levier.newsletter.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny real SMTP server on loopback for failure tests: it answers RCPT TO with a scripted reply per
 * address (e.g. {@code 451 try later}, {@code 550 no such user}) and accepts everything else. GreenMail
 * cannot refuse a recipient, this can; both speak SMTP over a socket, so the application's real mail
 * client is what is tested.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Map<String, String> rcptReplies = new ConcurrentHashMap<>();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public ScriptedSmtpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** @return the port it listens on */
    public int port() {
        return socket.getLocalPort();
    }

    /** Answers RCPT TO for this address with {@code reply} (a full line, e.g. {@code 550 5.1.1 unknown}). */
    public ScriptedSmtpServer reply(String address, String reply) {
        rcptReplies.put(address.toLowerCase(Locale.ROOT), reply);
        return this;
    }

    /** @return the recipients of messages accepted so far */
    public List<String> accepted() {
        return accepted;
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                Thread t = new Thread(() -> serve(s), "scripted-smtp-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s;
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = s.getOutputStream()) {
            write(out, "220 scripted ESMTP");
            String rcpt = null;
            String line;
            while ((line = in.readLine()) != null) {
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
                    write(out, "250 scripted");
                } else if (upper.startsWith("MAIL FROM")) {
                    rcpt = null;
                    write(out, "250 OK");
                } else if (upper.startsWith("RCPT TO")) {
                    String address = line.substring(line.indexOf('<') + 1, line.indexOf('>'))
                            .toLowerCase(Locale.ROOT);
                    String reply = rcptReplies.get(address);
                    if (reply == null || reply.startsWith("250")) {
                        rcpt = address;
                        write(out, "250 OK");
                    } else {
                        write(out, reply);
                    }
                } else if (upper.equals("DATA")) {
                    write(out, "354 go on");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // message content is not kept
                    }
                    if (rcpt != null) {
                        accepted.add(rcpt);
                    }
                    write(out, "250 OK queued");
                } else if (upper.equals("QUIT")) {
                    write(out, "221 bye");
                    return;
                } else {
                    write(out, "250 OK");
                }
            }
        } catch (IOException ignored) {
            // client went away
        }
    }

    private static void write(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
