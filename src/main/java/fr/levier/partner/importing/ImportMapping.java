package fr.levier.partner.importing;

import fr.levier.partner.*;
import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A saved column mapping of an import ("export of the CCI"), reused for the next file of the same shape. */
@Entity
@Table(name = "import_mapping")
class ImportMapping extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ImportTarget target;

    @Column(nullable = false, length = 120)
    private String name;

    /** {@code field=header} pairs separated by line feeds. */
    @Column(name = "columns_spec", nullable = false, length = 4000)
    private String columnsSpec;

    protected ImportMapping() {}

    ImportMapping(ImportTarget target, String name) {
        this.target = target;
        this.name = name;
    }

    ImportTarget getTarget() {
        return target;
    }

    String getName() {
        return name;
    }

    String getColumnsSpec() {
        return columnsSpec;
    }

    void setColumnsSpec(String columnsSpec) {
        this.columnsSpec = columnsSpec;
    }
}
