package fr.levier.funding;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where a commitment's money stands: what was awarded, received, reversed and repaid, the final payment
 * once the actual eligible expense is recorded, and the lines that correct or return money.
 *
 * @param commitmentId      the commitment
 * @param award             amount awarded
 * @param subsidisedExpense expense the award was computed on, {@code null} when not recorded
 * @param ratePct           grant rate in percent (award ÷ subsidised expense), {@code null} when unknown
 * @param actualExpense     actual eligible expense, {@code null} until recorded
 * @param received          money received on paid claims (reversed payments excluded)
 * @param repaid            money paid back
 * @param finalPayment      final grant, remaining to claim, amount to repay
 * @param lines             reversal and repayment lines, oldest first
 */
public record Settlement(
        Long commitmentId,
        BigDecimal award,
        BigDecimal subsidisedExpense,
        BigDecimal ratePct,
        BigDecimal actualExpense,
        BigDecimal received,
        BigDecimal repaid,
        FinalPayment finalPayment,
        List<MoneyLineSummary> lines) {}
