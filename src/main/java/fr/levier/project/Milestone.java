package fr.levier.project;

import java.time.LocalDate;

/**
 * A phase or milestone of a project.
 *
 * @param id     database id
 * @param label  what it is (e.g. "Works – phase 1")
 * @param dueOn  planned date
 * @param doneOn actual date, {@code null} until done
 */
public record Milestone(Long id, String label, LocalDate dueOn, LocalDate doneOn) {}
