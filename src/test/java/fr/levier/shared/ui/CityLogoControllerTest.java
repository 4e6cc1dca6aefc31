package fr.levier.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.levier.shared.identity.CityIdentity;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The logo served once at a shared URL: its bytes, cache headers, ETag revalidation, a new version on change. */
class CityLogoControllerTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
    private static final byte[] OTHER = {(byte) 0x89, 'P', 'N', 'G', 4, 5, 6};

    private final AtomicReference<byte[]> png = new AtomicReference<>(PNG);
    private final CityLogo logo = new CityLogo(() -> new CityIdentity("Ville", null, "#000000", "#ffffff", png.get()));
    private final MockMvc mvc =
            MockMvcBuilders.standaloneSetup(new CityLogoController(logo)).build();

    @Test
    void servesTheLogoWithCacheHeadersAndAnETagThatAnswers304() throws Exception {
        MockHttpServletResponse first =
                mvc.perform(get("/city-logo")).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentAsByteArray()).isEqualTo(PNG);
        assertThat(first.getContentType()).isEqualTo("image/png");
        assertThat(first.getHeader("Cache-Control")).isEqualTo("max-age=86400, public");
        String etag = first.getHeader("ETag");
        assertThat(etag).isEqualTo("\"" + logo.url().substring("city-logo?v=".length()) + "\"");

        MockHttpServletResponse again = mvc.perform(get("/city-logo").header("If-None-Match", etag))
                .andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aNewLogoHasANewVersionAndNoLogoIs404() throws Exception {
        String before = logo.url();
        assertThat(before).startsWith("city-logo?v=").hasSize("city-logo?v=".length() + 16);
        png.set(OTHER);
        String after = logo.url();
        assertThat(after).isNotEqualTo(before);
        MockHttpServletResponse old = mvc.perform(get("/city-logo")
                        .header("If-None-Match", "\"" + before.substring("city-logo?v=".length()) + "\""))
                .andReturn()
                .getResponse();
        assertThat(old.getStatus()).isEqualTo(200);
        assertThat(old.getContentAsByteArray()).isEqualTo(OTHER);

        png.set(null);
        assertThat(logo.url()).isNull();
        assertThat(mvc.perform(get("/city-logo")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }
}
