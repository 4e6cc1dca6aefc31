package fr.levier.partner.importing;

import fr.levier.partner.*;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportMappingRepository extends JpaRepository<ImportMapping, Long> {

    List<ImportMapping> findByTargetOrderByName(ImportTarget target);

    Optional<ImportMapping> findByTargetAndName(ImportTarget target, String name);
}
