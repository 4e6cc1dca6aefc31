package fr.levier.shared.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OpenAPI description of {@code /api/**}: title, and the two ways to authenticate. */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI levierOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Levier API")
                        .version("1")
                        .description(
                                "Partners, projects and co-financing of the local authority. Authenticate with an API token "
                                        + "(Authorization: Bearer lev_…, created by an administrator) or HTTP Basic. Errors are RFC 9457 "
                                        + "problem documents with fieldErrors for invalid input."))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer"))
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
