package fr.levier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/** Entry point of Levier, the partner-relationship and co-financing CRM for French local authorities. */
@SpringBootApplication
@EnableAsync
public class LevierApplication {

    /**
     * Starts the application.
     *
     * @param args command-line arguments, passed to Spring Boot
     */
    public static void main(String[] args) {
        SpringApplication.run(LevierApplication.class, args);
    }
}
