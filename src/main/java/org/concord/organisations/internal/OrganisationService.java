package org.concord.organisations.internal;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.concord.audit.EntityChanged;
import org.concord.organisations.OrganisationView;
import org.concord.organisations.Organisations;
import org.concord.shared.Countries;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Language;
import org.concord.shared.NotFoundException;
import org.concord.shared.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's commands and rules; who may run them is {@link OrganisationPermissions}'s to say.
 */
@Service
class OrganisationService implements Organisations {

    /** IATI organisation identifiers: registration agency prefix and number, no spaces or reserved characters. */
    private static final Pattern IATI_IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:_-]{1,99}");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private final OrganisationRepository organisations;
    private final OrganisationQueries queries;
    private final Countries countries;
    private final ApplicationEventPublisher events;
    private final OrganisationPermissions permissions;
    private final Clock clock;
    private final DirectoryVersion version;

    /** Directory pages are the same for every reader: kept until the directory changes (the most recent 500). */
    private final org.concord.shared.cache.Precomputed<DirectoryKey, DirectoryPage> pages;

    private record DirectoryKey(DirectoryQuery query, String language) {
    }

    OrganisationService(OrganisationRepository organisations, OrganisationQueries queries, Countries countries,
                        ApplicationEventPublisher events, OrganisationPermissions permissions, Clock clock,
                        DirectoryVersion version) {
        this.version = version;
        this.pages = org.concord.shared.cache.Precomputed.of(500, version.version());
        this.permissions = permissions;
        this.clock = clock;
        this.organisations = organisations;
        this.queries = queries;
        this.countries = countries;
        this.events = events;
    }

    public DirectoryPage list(DirectoryQuery query, Locale locale) {
        String language = Language.ofOrDefault(locale).tag();
        return pages.get(new DirectoryKey(query, language), () -> queries.find(query, language));
    }

    @Override
    public long count() {
        return queries.count();
    }

    @Override
    public org.concord.shared.cache.DataVersion directoryVersion() {
        return version.version();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationView> find(long id, Locale locale) {
        return organisations.findById(id).map(o -> view(o, locale));
    }

    @Transactional(readOnly = true)
    public OrganisationView get(long id, Locale locale) {
        return find(id, locale).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> names(Locale locale) {
        return queries.names(Language.ofOrDefault(locale).tag());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> ancestorsAndSelf(long id) {
        return organisations.ancestorsAndSelf(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> descendantsAndSelf(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : new java.util.HashSet<>(organisations.descendantsAndSelf(ids));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> seatedIn(String countryCode) {
        return countryCode == null ? Set.of() : queries.seatedIn(countryCode.toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> idsByIatiIdentifier() {
        return queries.idsByIatiIdentifier();
    }

    @Override
    @Transactional
    public Registered registerAllFromIati(java.util.Collection<IatiOrganisation> wanted) {
        // identifiers are unique regardless of case: a file's "xm-dac-41114" is the directory's "XM-DAC-41114"
        Map<String, IatiOrganisation> byIdentifier = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        wanted.forEach(o -> byIdentifier.putIfAbsent(o.iatiIdentifier(), o));
        Map<String, Long> ids = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ids.putAll(queries.idsByIatiIdentifier(byIdentifier.keySet()));
        List<IatiOrganisation> missing = byIdentifier.values().stream().filter(o -> !ids.containsKey(o.iatiIdentifier())).toList();
        if (missing.isEmpty()) {
            return new Registered(ids, 0);
        }
        java.util.Set<String> slugs = queries.slugs();
        List<OrganisationQueries.NewOrganisation> rows = new ArrayList<>();
        for (IatiOrganisation o : missing) {
            String base = slugBase(nameOf(o));
            String slug = base;
            for (int i = 2; !slugs.add(slug); i++) {
                slug = base + "-" + i;
            }
            rows.add(new OrganisationQueries.NewOrganisation(slug, typeOfIatiCode(o.iatiOrganisationType()).name(),
                    o.iatiIdentifier(), nameOf(o)));
        }
        Map<String, Long> created = queries.insertAll(rows);
        for (OrganisationQueries.NewOrganisation row : rows) {
            long id = created.get(row.iatiIdentifier());
            ids.put(row.iatiIdentifier(), id);
            events.publishEvent(EntityChanged.diff("organisation", id, "created-from-iati", Map.of(), EntityChanged.snapshot(
                    "type", row.type(), "iatiIdentifier", row.iatiIdentifier(), "names", List.of("en: " + row.name()))));
        }
        return new Registered(ids, rows.size());
    }

    private static String nameOf(IatiOrganisation o) {
        String name = o.name();
        return name == null || name.isBlank() ? o.iatiIdentifier() : name.length() > 300 ? name.substring(0, 300) : name;
    }

    /** IATI OrganisationType codes: 10/11/15 public sector, 40 multilateral, 80 academic; the rest are non-state. */
    static org.concord.organisations.OrganisationType typeOfIatiCode(String code) {
        if (code == null) {
            return org.concord.organisations.OrganisationType.CIVIL_SOCIETY;
        }
        return switch (code) {
            case "10", "11", "15" -> org.concord.organisations.OrganisationType.NATIONAL_GOVERNMENT;
            case "40" -> org.concord.organisations.OrganisationType.INTERNATIONAL_ORGANISATION;
            case "80" -> org.concord.organisations.OrganisationType.ACADEMIC_TRAINING_CENTRE;
            default -> org.concord.organisations.OrganisationType.CIVIL_SOCIETY;
        };
    }

    @Transactional
    public OrganisationView create(OrganisationForm form, Locale locale) {
        permissions.checkMayCreateUnder(form.getParentId());
        validate(form, null);
        Organisation organisation = new Organisation(uniqueSlug(form), clock.instant());
        organisation.describe(form.description(), clock.instant());
        organisations.saveAndFlush(organisation);
        events.publishEvent(EntityChanged.diff("organisation", organisation.id(), "created", Map.of(), snapshot(organisation)));
        return view(organisation, locale);
    }

    @Transactional
    public OrganisationView update(long id, OrganisationForm form, Locale locale) {
        CurrentActor.require();
        Organisation organisation = organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
        permissions.checkMayMove(id, organisation.parentId(), form.getParentId());
        if (form.getVersion() != null && form.getVersion() != organisation.version()) {
            throw new ObjectOptimisticLockingFailureException(Organisation.class, id);
        }
        validate(form, organisation);
        Map<String, Object> before = snapshot(organisation);
        organisation.describe(form.description(), clock.instant());
        organisations.saveAndFlush(organisation);
        EntityChanged change = EntityChanged.diff("organisation", id, "updated", before, snapshot(organisation));
        if (!change.changes().isEmpty()) {
            events.publishEvent(change);
        }
        return view(organisation, locale);
    }

    private void validate(OrganisationForm form, Organisation existing) {
        List<FieldError> errors = new ArrayList<>();
        if (form.getSubtype() != null && form.getType() != null && form.getSubtype().type() != form.getType()) {
            errors.add(new FieldError("subtype", "subtype-mismatch", form.getSubtype(), form.getType()));
        }
        Set<String> languages = new HashSet<>();
        boolean english = false;
        for (int i = 0; i < form.getNames().size(); i++) {
            OrganisationForm.NameRow row = form.getNames().get(i);
            if (row.getName() == null) {
                if (row.getAcronym() != null) {
                    errors.add(new FieldError("names[" + i + "].name", "required"));
                }
                continue;
            }
            if (row.getLanguage() == null || !LANGUAGE_TAG.matcher(row.getLanguage()).matches()) {
                errors.add(new FieldError("names[" + i + "].language", "language-tag"));
            } else if (!languages.add(row.getLanguage())) {
                errors.add(new FieldError("names[" + i + "].language", "duplicate-language", row.getLanguage()));
            }
            english |= "en".equals(row.getLanguage());
        }
        if (!english) {
            errors.add(new FieldError("names", "english-name-required"));
        }
        // the identifier decides which imported activities an organisation reports, and so who may change them:
        // only administrators set or change it
        String current = existing == null ? null : existing.iatiIdentifier();
        if (!java.util.Objects.equals(current, form.getIatiIdentifier()) && !permissions.mayChangeIatiIdentifier()) {
            errors.add(new FieldError("iatiIdentifier", "iati-identifier-administrators"));
        } else if (form.getIatiIdentifier() != null) {
            if (!IATI_IDENTIFIER.matcher(form.getIatiIdentifier()).matches()) {
                errors.add(new FieldError("iatiIdentifier", "iati-identifier-format"));
            } else {
                organisations.findByIatiIdentifierIgnoreCase(form.getIatiIdentifier())
                        .filter(other -> existing == null || !other.id().equals(existing.id()))
                        .ifPresent(other -> errors.add(new FieldError("iatiIdentifier", "iati-identifier-taken",
                                form.getIatiIdentifier())));
            }
        }
        if (form.getHeadquartersCountry() != null && !countries.exists(form.getHeadquartersCountry())) {
            errors.add(new FieldError("headquartersCountry", "unknown-country", form.getHeadquartersCountry()));
        }
        for (String code : form.getCountries()) {
            if (!countries.exists(code)) {
                errors.add(new FieldError("countries", "unknown-country", code));
            }
        }
        if (form.getWebsite() != null && !isWebAddress(form.getWebsite())) {
            errors.add(new FieldError("website", "web-address"));
        }
        if (form.getParentId() != null) {
            if (!organisations.existsById(form.getParentId())) {
                errors.add(new FieldError("parentId", "unknown-organisation"));
            } else if (existing != null && ancestorsAndSelf(form.getParentId()).contains(existing.id())) {
                errors.add(new FieldError("parentId", "parent-cycle"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private String uniqueSlug(OrganisationForm form) {
        OrganisationForm.NameRow english = form.getNames().stream().filter(n -> "en".equals(n.getLanguage()))
                .findFirst().orElseThrow();
        String base = slugBase(english.getAcronym() != null ? english.getAcronym() : english.getName());
        String slug = base;
        for (int i = 2; organisations.existsBySlug(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    /** The address-friendly form of a name: lower-case letters and digits joined by hyphens, at most 60. */
    static String slugBase(String name) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "organisation";
        }
        return base.length() > 60 ? base.substring(0, 60).replaceAll("-$", "") : base;
    }

    /** A blank form, for those who may create organisations; {@code parentId} preselected. */
    public OrganisationForm newForm(Long parentId) {
        permissions.checkMayCreate();
        OrganisationForm form = new OrganisationForm();
        form.setParentId(parentId);
        return form;
    }

    /**
     * What the organisation form offers (the possible parents), for those who may create organisations or edit
     * {@code organisationId}; pages ask for it before showing the form again with its mistakes.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> parentChoices(Long organisationId, Locale locale) {
        if (organisationId == null) {
            permissions.checkMayCreate();
        } else {
            permissions.checkMayEdit(organisationId);
        }
        return names(locale);
    }

    /** The organisation as its edit form shows it, for those who may edit it. */
    @Transactional(readOnly = true)
    public OrganisationForm formOf(long id) {
        permissions.checkMayEdit(id);
        Organisation o = organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
        OrganisationForm form = new OrganisationForm();
        form.setType(o.type());
        form.setSubtype(o.subtype());
        form.setIatiIdentifier(o.iatiIdentifier());
        form.setHeadquartersCountry(o.headquartersCountry());
        form.setCountries(new ArrayList<>(o.countries()));
        form.setWebsite(o.website());
        form.setMandate(o.mandate());
        form.setSsrSummary(o.ssrSummary());
        form.setRoles(new java.util.LinkedHashSet<>(o.roles()));
        form.setParentId(o.parentId());
        form.setVersion(o.version());
        List<OrganisationForm.NameRow> names = new ArrayList<>();
        o.names().stream().sorted(Comparator.comparing((Organisation.Name n) -> !"en".equals(n.language()))
                        .thenComparing(Organisation.Name::language))
                .forEach(n -> names.add(new OrganisationForm.NameRow(n.language(), n.name(), n.acronym())));
        form.setNames(names);
        return form;
    }

    private OrganisationView view(Organisation o, Locale locale) {
        String language = Language.ofOrDefault(locale).tag();
        OrganisationView.Reference parent = null;
        if (o.parentId() != null) {
            parent = organisations.findById(o.parentId()).map(p -> reference(p, language)).orElse(null);
        }
        List<OrganisationView.Reference> children = organisations.findByParentId(o.id()).stream()
                .map(c -> reference(c, language))
                .sorted(Comparator.comparing(OrganisationView.Reference::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        Organisation.Name name = localName(o, language);
        List<OrganisationView.LocalName> names = o.names().stream()
                .sorted(Comparator.comparing(Organisation.Name::language))
                .map(n -> new OrganisationView.LocalName(n.language(), n.name(), n.acronym())).toList();
        return new OrganisationView(o.id(), o.slug(), name.name(), name.acronym(), o.type(), o.subtype(), names,
                o.iatiIdentifier(), o.headquartersCountry(), List.copyOf(o.countries()), o.website(), o.mandate(),
                o.ssrSummary(), List.copyOf(o.roles()), parent, children, o.version(), o.updatedAt());
    }

    private static OrganisationView.Reference reference(Organisation o, String language) {
        Organisation.Name name = localName(o, language);
        return new OrganisationView.Reference(o.id(), name.name(), name.acronym());
    }

    private static Organisation.Name localName(Organisation o, String language) {
        Organisation.Name english = o.names().stream().filter(n -> "en".equals(n.language())).findFirst()
                .orElse(o.names().stream().findFirst().orElse(new Organisation.Name("en", o.slug(), null)));
        Organisation.Name local = o.names().stream().filter(n -> language.equals(n.language())).findFirst().orElse(english);
        return new Organisation.Name(local.language(), local.name(),
                local.acronym() != null ? local.acronym() : english.acronym());
    }

    private static Map<String, Object> snapshot(Organisation o) {
        return EntityChanged.snapshot(
                "type", o.type(), "subtype", o.subtype(), "iatiIdentifier", o.iatiIdentifier(),
                "headquartersCountry", o.headquartersCountry(), "website", o.website(), "mandate", o.mandate(),
                "ssrSummary", o.ssrSummary(), "parentId", o.parentId(),
                "names", o.names().stream().map(n -> n.language() + ": " + n.name()
                        + (n.acronym() == null ? "" : " (" + n.acronym() + ")")).toList(),
                "countries", o.countries(), "roles", o.roles());
    }
}
