package fr.levier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The zero-setup database survives a restart: the embedded H2 file database, configured exactly as
 * in application.properties, is migrated by Liquibase once and found up to date at the next start.
 */
class EmbeddedDatabaseRestartTest {

    @Test
    void secondStartFindsTheSchemaUpToDate(@TempDir Path dir) throws Exception {
        Properties app = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        String url = app.getProperty("spring.datasource.url")
                .replace("./data/levier", dir.resolve("levier").toString());
        assertThat(url).startsWith("jdbc:h2:file:").contains("MODE=MariaDB");

        migrate(url, app);
        assertThat(dir.resolve("levier.mv.db")).exists();
        migrate(url, app); // a restart: must not try to create Liquibase's tables again

        var jdbc = new JdbcTemplate(dataSource(url));
        Integer applied = jdbc.queryForObject("select count(*) from DATABASECHANGELOG", Integer.class);
        assertThat(applied).isPositive();
    }

    private static void migrate(String url, Properties app) throws Exception {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource(url));
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.setChangeLog(app.getProperty("spring.liquibase.change-log"));
        liquibase.afterPropertiesSet();
    }

    private static SimpleDriverDataSource dataSource(String url) {
        return new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
    }
}
