package fr.levier.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpRequestMethodNotSupportedException;

/** The catch-all of API errors: true statuses for framework errors, a logged reference for the rest. */
class ApiFallbackExceptionHandlerTest {

    private final ApiFallbackExceptionHandler handler = new ApiFallbackExceptionHandler(DataSize.ofMegabytes(20));

    @Test
    void anUnexpectedErrorIsA500WithAReference() throws Exception {
        var response = handler.any(new IllegalStateException("boom"), new MockHttpServletRequest("GET", "/api/x"));
        assertThat(response.getStatusCode().value()).isEqualTo(500);
        Object reference = response.getBody().getProperties().get("reference");
        assertThat(reference).isNotNull();
        assertThat(response.getBody().getDetail())
                .contains(reference.toString())
                .doesNotContain("boom");
    }

    @Test
    void aFrameworkErrorKeepsItsStatusAndAllow() throws Exception {
        var response = handler.any(
                new HttpRequestMethodNotSupportedException("PUT", Set.of("GET")),
                new MockHttpServletRequest("PUT", "/api/me"));
        assertThat(response.getStatusCode().value()).isEqualTo(405);
        assertThat(response.getHeaders().getAllow()).containsExactly(HttpMethod.GET);
    }

    @Test
    void outsideTheApiItStepsAside() {
        IllegalStateException e = new IllegalStateException("ui");
        assertThatThrownBy(() -> handler.any(e, new MockHttpServletRequest("GET", "/partners")))
                .isSameAs(e);
    }
}
