package org.gluegraph.web;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Cross-origin access to {@code /graphql} and {@code /api/**} for the origins of {@code gluegraph.http.allowed-origins}
 * (none by default: a page served elsewhere cannot call the API from a browser). Keys travel in the Authorization
 * header, never in cookies, so credentials are not allowed; the filter answers preflights before any other filter.
 */
@Configuration(proxyBeanMethods = false)
class CrossOrigin {

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(HttpProperties props,
            @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        FilterRegistrationBean<CorsFilter> bean = new FilterRegistrationBean<>(new CorsFilter(source(props, graphQlPath)));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        bean.setEnabled(!props.allowedOrigins().isEmpty());
        return bean;
    }

    static UrlBasedCorsConfigurationSource source(HttpProperties props, String graphQlPath) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (props.allowedOrigins().isEmpty()) {
            return source;
        }
        for (String origin : props.allowedOrigins()) {
            if (!origin.equals("*") && !origin.matches("https?://[A-Za-z0-9.\\-\\[\\]:]+(:\\d{1,5})?")) {
                throw new IllegalStateException("gluegraph.http.allowed-origins: expected origins like "
                        + "https://lab.example.org or http://localhost:3000 (scheme, host, optional port), got '"
                        + origin + "'");
            }
        }
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(List.copyOf(props.allowedOrigins()));
        config.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        config.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept"));
        config.setAllowCredentials(false);
        config.setMaxAge(Duration.ofHours(1));
        source.registerCorsConfiguration(graphQlPath, config);
        source.registerCorsConfiguration("/api/**", config);
        return source;
    }
}
