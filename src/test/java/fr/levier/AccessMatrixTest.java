package fr.levier;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.levier.testsupport.IntegrationTest;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access matrix: every API endpoint and every screen × every role, anonymous included, against
 * the expected table {@code src/test/resources/access-matrix.txt}. Any endpoint or screen missing
 * from the table fails (with the line to add, after review); any call by a role the table does not
 * allow must be refused (401 anonymous, 403 otherwise — or a 400/415 from arguments refused before
 * the guarded method ran); any screen whose annotation lets in more roles than the table fails.
 */
@IntegrationTest
class AccessMatrixTest {

    /** Roles in the order of the table, with what each includes (the role hierarchy). */
    private static final Map<String, Set<String>> INCLUDES = Map.of(
            "ANONYMOUS", Set.of("ANONYMOUS"),
            "VIEWER", Set.of("ANONYMOUS", "AUTHENTICATED", "VIEWER"),
            "FINANCE", Set.of("ANONYMOUS", "AUTHENTICATED", "VIEWER", "FINANCE", "OFFICER_OR_FINANCE"),
            "OFFICER", Set.of("ANONYMOUS", "AUTHENTICATED", "VIEWER", "OFFICER", "EXPORT", "OFFICER_OR_FINANCE"),
            "ADMIN",
                    Set.of(
                            "ANONYMOUS",
                            "AUTHENTICATED",
                            "VIEWER",
                            "FINANCE",
                            "OFFICER",
                            "ADMIN",
                            "EXPORT",
                            "OFFICER_OR_FINANCE"));

    private static final Map<String, String> LOGINS =
            Map.of("VIEWER", "viewer", "FINANCE", "finance", "OFFICER", "officer", "ADMIN", "admin");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void noRoleReachesAnEndpointOrAScreenBeyondTheTable() throws Exception {
        Map<String, String> expected = table();
        List<String> missing = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();

        for (String endpoint : endpoints()) {
            String minimum = expected.get(endpoint);
            if (minimum == null) {
                missing.add(endpoint + "  ?");
                continue;
            }
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "999999999");
            for (String role : List.of("ANONYMOUS", "VIEWER", "FINANCE", "OFFICER", "ADMIN")) {
                if (INCLUDES.get(role).contains(minimum)) {
                    continue;
                }
                HttpResponse<String> r = call(method, path, role);
                // 400 and 415 come from argument resolution, before the guarded method runs
                boolean refused = r.statusCode() == (role.equals("ANONYMOUS") ? 401 : 403)
                        || (!role.equals("ANONYMOUS") && (r.statusCode() == 400 || r.statusCode() == 415));
                if (!refused) {
                    unexpected.add(endpoint + " as " + role + " → " + r.statusCode());
                }
            }
        }
        for (Map.Entry<String, String> view : screens().entrySet()) {
            String minimum = expected.get(view.getKey());
            if (minimum == null) {
                missing.add(view.getKey() + "  " + view.getValue());
            } else if (!allows(minimum, view.getValue())) {
                unexpected.add(view.getKey() + " opens to " + view.getValue() + ", table says " + minimum);
            }
        }
        assertThat(missing)
                .as("endpoints and screens missing from access-matrix.txt")
                .isEmpty();
        assertThat(unexpected).as("unexpected allows").isEmpty();
    }

    /** Whether a screen's rule ({@code annotated}) lets in no one the table ({@code minimum}) keeps out. */
    private static boolean allows(String minimum, String annotated) {
        if (annotated.equals("DENY")) {
            return true;
        }
        for (String role : INCLUDES.keySet()) {
            boolean tableLetsIn = INCLUDES.get(role).contains(minimum);
            boolean viewLetsIn = INCLUDES.get(role).contains(annotated);
            if (viewLetsIn && !tableLetsIn) {
                return false;
            }
        }
        return true;
    }

    private HttpResponse<String> call(String method, String path, String role) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("X-Forwarded-For", "10.250.250.250");
        if (!role.equals("ANONYMOUS")) {
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (LOGINS.get(role) + ":levier-demo-2026").getBytes(StandardCharsets.UTF_8)));
        }
        HttpRequest.BodyPublisher body = method.equals("GET") || method.equals("DELETE")
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("{}");
        b.header("Content-Type", "application/json").method(method, body);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** {@code METHOD /api/path} of every API handler. */
    private Set<String> endpoints() {
        Set<String> out = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") && !pattern.equals("/api")) {
                    continue;
                }
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    out.add(m.name() + " " + pattern);
                }
            }
        }
        return out;
    }

    /** {@code VIEW /route} of every screen, with the lowest role its annotation lets in. */
    private static Map<String, String> screens() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, String> out = new LinkedHashMap<>();
        for (var bd : scanner.findCandidateComponents("fr.levier")) {
            Class<?> view;
            try {
                view = Class.forName(bd.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            String route = view.getAnnotation(Route.class).value();
            String rule;
            if (view.isAnnotationPresent(AnonymousAllowed.class)) {
                rule = "ANONYMOUS";
            } else if (view.isAnnotationPresent(PermitAll.class)) {
                rule = "AUTHENTICATED";
            } else if (view.isAnnotationPresent(DenyAll.class)) {
                rule = "DENY";
            } else if (view.isAnnotationPresent(RolesAllowed.class)) {
                String[] roles = view.getAnnotation(RolesAllowed.class).value();
                rule = roles.length == 1 ? roles[0] : String.join("|", roles);
            } else {
                rule = "NONE";
            }
            out.put("VIEW /" + route, rule);
        }
        return out;
    }

    private static Map<String, String> table() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = AccessMatrixTest.class.getResourceAsStream("/access-matrix.txt")) {
            assertThat(in).as("src/test/resources/access-matrix.txt").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s+");
                out.put(parts[0] + " " + parts[1], parts[2]);
            }
        }
        return out;
    }
}
