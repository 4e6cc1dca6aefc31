package fr.levier.newsletter;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled} jobs (the outbox dispatcher). */
@Configuration
@EnableScheduling
class SchedulingConfig {}
