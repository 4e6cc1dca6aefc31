package fr.levier.shared.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RestController;

/** OpenAPI description of {@code /api/**}: title, and the two ways to authenticate. */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI levierOpenApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("Levier API")
                                .version("1")
                                .description(
                                        "Partners, projects and co-financing of the local authority. Authenticate with an API token "
                                                + "(Authorization: Bearer lev_…, created by an administrator) or HTTP Basic. Errors are RFC 9457 "
                                                + "problem documents with fieldErrors for invalid input, a missing field or a field of the wrong type "
                                                + "(400), and a 409 with updatedBy/updatedAt when someone else saved the record since you read "
                                                + "it. Messages follow Accept-Language (French by default, English). Amounts are JSON numbers "
                                                + "in euros with exactly two decimals (196000.00); rates keep their significant decimals."))
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

    /**
     * Marks as required what a client must send in each request body: primitives (the API refuses a
     * missing {@code version} or {@code investInRomans}) and {@code @NotNull}/{@code @NotBlank} fields.
     */
    @Bean
    OpenApiCustomizer requiredBodyFields(ApplicationContext context) {
        return api -> {
            if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
                return;
            }
            List<Class<?>> controllers = context.getBeansWithAnnotation(RestController.class).values().stream()
                    .<Class<?>>map(AopUtils::getTargetClass)
                    .toList();
            for (Class<?> body : RequestBodies.of(controllers)) {
                Schema<?> schema = api.getComponents().getSchemas().get(RequestBodies.schemaName(body));
                if (schema == null || schema.getProperties() == null) {
                    continue;
                }
                for (String field : RequestBodies.required(body)) {
                    boolean known = schema.getProperties().containsKey(field);
                    if (known
                            && (schema.getRequired() == null
                                    || !schema.getRequired().contains(field))) {
                        schema.addRequiredItem(field);
                    }
                }
            }
        };
    }
}
