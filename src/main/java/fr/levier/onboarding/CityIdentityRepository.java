package fr.levier.onboarding;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CityIdentityRepository extends JpaRepository<CityIdentityRecord, Long> {

    Optional<CityIdentityRecord> findFirstByOrderByIdAsc();
}
