package fr.levier.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An allocation cancelled with its reason: kept, no longer counted.
 *
 * @param id          database id
 * @param projectId   the project it funded
 * @param amount      its amount
 * @param cancelledOn when
 * @param reason      why
 */
public record CancelledAllocation(Long id, Long projectId, BigDecimal amount, LocalDate cancelledOn, String reason) {}
