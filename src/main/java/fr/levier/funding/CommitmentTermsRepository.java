package fr.levier.funding;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitmentTermsRepository extends JpaRepository<CommitmentTerms, Long> {

    List<CommitmentTerms> findByCommitmentIdIn(Collection<Long> commitmentIds);
}
