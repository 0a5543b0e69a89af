package org.concord.organisations.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    boolean existsBySlug(String slug);

    List<Organisation> findByParentId(Long parentId);

    Optional<Organisation> findByIatiIdentifierIgnoreCase(String iatiIdentifier);

    @Query(value = """
            with recursive up(id, parent_id, depth) as (
                select id, parent_id, 0 from organisation where id = :id
                union all
                select o.id, o.parent_id, up.depth + 1 from organisation o join up on o.id = up.parent_id
                where up.depth < 50)
            select id from up order by depth""", nativeQuery = true)
    List<Long> ancestorsAndSelf(long id);

    @Query(value = """
            with recursive down(id, depth) as (
                select id, 0 from organisation where id in (:ids)
                union all
                select o.id, down.depth + 1 from organisation o join down on o.parent_id = down.id
                where down.depth < 50)
            select distinct id from down""", nativeQuery = true)
    List<Long> descendantsAndSelf(java.util.Collection<Long> ids);
}
