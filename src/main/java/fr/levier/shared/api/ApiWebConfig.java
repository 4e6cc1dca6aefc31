package fr.levier.shared.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the API's edge checks ({@link PagingRules}) on {@code /api/**}. */
@Configuration
class ApiWebConfig implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PagingRules()).addPathPatterns("/api/**");
    }
}
