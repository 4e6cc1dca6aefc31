package fr.levier.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A tiny HTTP client for API tests against the running application (real HTTP, real filters). */
public final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private String authorization;
    private String language;

    /** @param port the application's port */
    public ApiClient(int port) {
        this.port = port;
    }

    /** @return a client authenticating with HTTP Basic */
    public ApiClient basic(String username, String password) {
        ApiClient c = new ApiClient(port);
        c.authorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return c;
    }

    /** @return a client authenticating with an API token */
    public ApiClient bearer(String token) {
        ApiClient c = new ApiClient(port);
        c.authorization = "Bearer " + token;
        return c;
    }

    /** @return the same client, sending {@code Accept-Language: tag} */
    public ApiClient language(String tag) {
        ApiClient c = new ApiClient(port);
        c.authorization = authorization;
        c.language = tag;
        return c;
    }

    /** GET a path. */
    public HttpResponse<String> get(String path) {
        return send(builder(path).GET());
    }

    /** POST a JSON body. */
    public HttpResponse<String> post(String path, String json) {
        return send(builder(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** PUT a JSON body. */
    public HttpResponse<String> put(String path, String json) {
        return send(builder(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** DELETE a path. */
    public HttpResponse<String> delete(String path) {
        return send(builder(path).DELETE());
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
