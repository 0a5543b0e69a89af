package org.concord.oversight.internal.channels;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChannelRepository extends JpaRepository<Channel, Long> {

    Optional<Channel> findBySlug(String slug);

    List<Channel> findByOpenTrueOrderBySlug();

    List<Channel> findByOrganisationIdOrderBySlug(long organisationId);

    List<Channel> findAllByOrderBySlug();
}
