package fr.levier.newsletter;

/**
 * An IMAP mailbox the newsletter module reads (bounces, unsubscribe requests).
 *
 * @param name       what it is for, for the logs
 * @param host       server
 * @param port       port (993: IMAP over TLS)
 * @param user       login
 * @param password   password
 * @param ssl        TLS from the start (else STARTTLS when offered)
 * @param folder     where new mail arrives ({@code INBOX})
 * @param doneFolder where processed mail is moved (created when missing); empty: flagged seen and deleted
 */
record ImapAccount(
        String name,
        String host,
        int port,
        String user,
        String password,
        boolean ssl,
        String folder,
        String doneFolder) {

    /** @return whether a host is configured */
    boolean configured() {
        return host != null && !host.isBlank();
    }
}
