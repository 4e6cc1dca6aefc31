package fr.levier.funding;

import org.springframework.data.jpa.repository.JpaRepository;

interface FundingProgrammeRepository extends JpaRepository<FundingProgramme, Long> {

    boolean existsByCode(String code);
}
