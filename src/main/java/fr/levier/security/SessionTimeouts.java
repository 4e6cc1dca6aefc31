package fr.levier.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a browser session may live: {@code idle} without any request (the servlet session
 * timeout, {@code server.servlet.session.timeout}) and {@code absolute} since sign-in, whatever the
 * activity. Configured with {@code levier.session.*}.
 *
 * @param idle     idle timeout (shown to admins; enforced by the servlet container)
 * @param absolute absolute timeout, enforced on every request by the session registry
 * @param node     this application node's name in the registry
 */
@ConfigurationProperties(prefix = "levier.session")
public record SessionTimeouts(Duration idle, Duration absolute, String node) {

    /** Defaults: 30 minutes idle, 10 hours absolute (a working day). */
    public SessionTimeouts {
        idle = idle == null ? Duration.ofMinutes(30) : idle;
        absolute = absolute == null ? Duration.ofHours(10) : absolute;
        node = node == null || node.isBlank() ? "local" : node;
    }
}
