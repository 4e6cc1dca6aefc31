package fr.levier.dashboard;

import java.time.LocalDate;

/**
 * Implemented by the newsletter module so the dashboard can show reach and unsubscribes without
 * depending on it; when no implementation exists the dashboard shows "—".
 */
public interface NewsletterFiguresProvider {

    /** Figures for messages sent and unsubscribes recorded from {@code from} to {@code to}, both included. */
    NewsletterFigures figures(LocalDate from, LocalDate to);
}
