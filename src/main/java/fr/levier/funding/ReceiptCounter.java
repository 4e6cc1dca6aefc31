package fr.levier.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last receipt number of a year; its row is locked while a receipt is numbered, so the sequence has no gap. */
@Entity
@Table(name = "receipt_counter")
class ReceiptCounter {

    @Id
    @Column(name = "receipt_year")
    private Integer year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected ReceiptCounter() {}

    ReceiptCounter(int year) {
        this.year = year;
    }

    int next() {
        return ++lastNumber;
    }
}
