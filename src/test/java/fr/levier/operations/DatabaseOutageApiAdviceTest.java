package fr.levier.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;

/** While the database is down, the API answers 503 + Retry-After, in the caller's language. */
class DatabaseOutageApiAdviceTest {

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anOutageIsA503ToRetryWithAMessageInTheCallersLanguage() {
        var outage = new DataAccessResourceFailureException("Unable to acquire JDBC Connection");

        LocaleContextHolder.setLocale(Locale.FRENCH);
        var fr = new DatabaseOutageApiAdvice().unavailable(outage);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        var en = new DatabaseOutageApiAdvice().unavailable(outage);

        assertThat(fr.getStatusCode().value()).isEqualTo(503);
        assertThat(fr.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(fr.getBody().getStatus()).isEqualTo(503);
        assertThat(fr.getBody().getDetail()).startsWith("La base de données est momentanément injoignable");
        assertThat(en.getBody().getDetail()).startsWith("The database cannot be reached right now");
    }
}
