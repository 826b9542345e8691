package fr.openmarches.company.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.openmarches.company.Address;
import fr.openmarches.company.Collaborator;
import fr.openmarches.company.CollaboratorStatus;
import fr.openmarches.company.CompanyFiche;
import fr.openmarches.company.CompanyRole;
import fr.openmarches.company.CompanyView;
import fr.openmarches.company.DirectoryEntry;
import fr.openmarches.company.DirectoryFacets;
import fr.openmarches.company.LegalForm;
import fr.openmarches.company.Prefill;
import fr.openmarches.company.ProductView;
import fr.openmarches.company.PublicCompany;
import fr.openmarches.company.Reference;
import fr.openmarches.company.Region;
import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.platform.PlatformProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;

/** What the company API reads and writes: records made for the API, never entities. */
final class CompanyResources {

	private CompanyResources() {
	}

	@Schema(description = "A legal form: the INSEE legal category code in France (with its label when common), the form's own name abroad.")
	record LegalFormResource(@Schema(example = "5710") String code,
			@Schema(example = "Société par actions simplifiée (SAS)", nullable = true) String label) {

		static LegalFormResource of(String value, MessageSource messages, Locale locale) {
			if (value == null) {
				return null;
			}
			var key = LegalForm.labelKey(value);
			return new LegalFormResource(value, key == null ? null : messages.getMessage(key, null, locale));
		}
	}

	@Schema(description = "A postal address; any part may be null when the register withholds it.")
	record PlaceResource(@Schema(example = "12 RUE DU PORT") String street, @Schema(example = "29200") String postcode,
			@Schema(example = "BREST") String city, @Schema(example = "FR") String country) {

		static PlaceResource of(Prefill.Place place) {
			return new PlaceResource(place.street(), place.postcode(), place.city(), "FR");
		}

		static PlaceResource of(Address address) {
			return new PlaceResource(address.street(), address.postcode(), address.city(), address.country());
		}
	}

	@Schema(description = "What INSEE's Sirene register says of a company and one of its establishments, to prefill a sign-up form.")
	record LookupResource(@Schema(example = "732829320") String siren,
			@Schema(description = "The establishment looked up, or the head office when a SIREN was given", example = "73282932000074") String siret,
			@Schema(description = "Whether siret is the head office") boolean headOffice,
			@Schema(description = "The head office's SIRET, when known", nullable = true) String headOfficeSiret,
			@Schema(description = "Raison sociale", nullable = true) String name,
			@Schema(description = "APE/NAF code", example = "33.12Z", nullable = true) String activityCode,
			@Schema(nullable = true) LegalFormResource legalForm,
			@Schema(description = "From the INSEE company category: true for an SME, false for an ETI or a large company, null when not categorised", nullable = true) Boolean sme,
			@Schema(description = "INSEE company category: PME, ETI or GE", nullable = true) String category,
			@Schema(description = "The head office's address") PlaceResource address,
			@Schema(description = "The address of siret") PlaceResource establishmentAddress,
			@Schema(description = "The company asked for partial publication: some fields are withheld") boolean partiallyDiffused,
			@Schema(description = "Fields the register withheld or does not know") List<String> missing,
			@Schema(description = "False when the company has ceased trading") boolean active,
			@Schema(description = "Whether the company is already registered on the platform (a new member then joins it)") boolean registered) {

		static LookupResource of(Prefill prefill, boolean registered, MessageSource messages, Locale locale) {
			return new LookupResource(prefill.siren().value(), prefill.siret().value(), prefill.headOffice(),
					prefill.headOfficeSiret() == null ? null : prefill.headOfficeSiret().value(), prefill.name(),
					prefill.activityCode(), LegalFormResource.of(prefill.legalForm(), messages, locale), prefill.sme(),
					prefill.category(), PlaceResource.of(prefill.address()),
					PlaceResource.of(prefill.establishmentAddress()), prefill.partiallyDiffused(), prefill.missing(),
					prefill.active(), registered);
		}
	}

	@Schema(description = "A reference: a contract the company carried out.")
	record ReferenceResource(@Schema(example = "Refonte du portail des démarches en ligne") String title,
			@Schema(example = "Ville de Bourges") String client, @Schema(example = "2025", nullable = true) Integer year,
			@Schema(nullable = true) String description) {

		static ReferenceResource of(Reference reference) {
			return new ReferenceResource(reference.title(), reference.client(), reference.year(), reference.description());
		}
	}

	@Schema(description = "A CPV code with its label.")
	record CpvResource(@Schema(example = "72212000") String code,
			@Schema(example = "Services de programmation de logiciels d'application") String label) {

		static CpvResource of(String code, CpvCatalogue cpv, Locale locale) {
			return new CpvResource(code, cpv.find(code).map(found -> found.label(locale)).orElse(code));
		}
	}

	@Schema(description = "How a company presents itself in the directory of economic operators.")
	record FicheResource(@Schema(nullable = true) String presentation,
			@Schema(example = "https://www.example.fr", nullable = true) String website,
			@Schema(description = "CPV codes of its activities") List<String> activities,
			@Schema(description = "Regions it serves") Set<Region> regions, List<ReferenceResource> references,
			@Schema(description = "Certifications, e.g. ISO 9001") List<String> certifications,
			@Schema(description = "Whether the public directory lists the company") boolean listed) {

		static FicheResource of(CompanyFiche fiche) {
			return new FicheResource(fiche.presentation(), fiche.website(), fiche.activities(), fiche.regions(),
					fiche.references().stream().map(ReferenceResource::of).toList(), fiche.certifications(),
					fiche.listed());
		}

		/** As the fiche form, whose checks it shares. */
		FicheForm form() {
			return new FicheForm(presentation, website, activities == null ? List.of() : activities, null,
					regions == null ? Set.of() : regions,
					references == null ? List.of()
							: references.stream()
								.map(r -> new FicheForm.ReferenceRow(r.title(), r.client(),
										r.year() == null ? null : r.year().toString(), r.description()))
								.toList(),
					certifications == null ? null : String.join("\n", certifications), listed);
		}
	}

	@Schema(description = "A product sheet.")
	record ProductResource(UUID id, @Schema(example = "Drone de reconnaissance tactique ADS-R3") String name,
			String description, CpvResource cpv,
			@Schema(description = "Address of its picture, or null", nullable = true) String image, Instant updatedAt) {

		static ProductResource of(ProductView product, String image, CpvCatalogue cpv, Locale locale) {
			return new ProductResource(product.id().value(), product.name(), product.description(),
					CpvResource.of(product.cpvCode(), cpv, locale), product.hasImage() ? image : null,
					product.updatedAt());
		}
	}

	@Schema(description = "A product sheet as written: the CPV code is eight digits.")
	record ProductPayload(@Schema(example = "Radar de surveillance côtière") String name, String description,
			@Schema(example = "35722000") String cpv) {

		ProductForm form() {
			return new ProductForm(name, description, cpv);
		}
	}

	@Schema(description = "A company in the directory's list of results.")
	record DirectoryItem(UUID id, @Schema(example = "Ateliers du Littoral") String name,
			@Schema(example = "29200") String postcode, @Schema(example = "BREST") String city,
			@Schema(example = "FR") String country, boolean sme, @Schema(nullable = true) String activityCode,
			List<CpvResource> activities, Set<Region> regions, @Schema(description = "Address of its page") String url) {

		static DirectoryItem of(DirectoryEntry entry, CpvCatalogue cpv, Locale locale, PlatformProperties platform) {
			return new DirectoryItem(entry.id().value(), entry.name(), entry.postcode(), entry.city(), entry.country(),
					entry.sme(), entry.activityCode(),
					entry.activities().stream().map(code -> CpvResource.of(code, cpv, locale)).toList(), entry.regions(),
					platform.link(CompanyDirectoryPages.PATH + "/" + entry.id()));
		}
	}

	@Schema(description = "A page of the directory, with the counts of each filter's values.")
	record DirectoryPage(List<DirectoryItem> items, @Schema(description = "Page number, from 1") int page, int size,
			long totalItems, int totalPages,
			@Schema(description = "Companies per region, the other filters kept") Map<Region, Long> regions,
			@Schema(description = "SMEs (true) and other companies (false), the other filters kept") Map<Boolean, Long> sme) {

		static DirectoryPage of(Page<DirectoryEntry> page, DirectoryFacets facets, CpvCatalogue cpv, Locale locale,
				PlatformProperties platform) {
			return new DirectoryPage(page.map(e -> DirectoryItem.of(e, cpv, locale, platform)).getContent(),
					page.getNumber() + 1, page.getSize(), page.getTotalElements(), page.getTotalPages(),
					facets.regions(), facets.sme());
		}
	}

	@Schema(description = "A company of the directory, with its profile and product sheets.")
	record PublicCompanyResource(UUID id, @Schema(nullable = true) String siren,
			@Schema(description = "Identifier abroad, for a company without SIREN", nullable = true) String nationalId,
			String name, LegalFormResource legalForm, @Schema(nullable = true) String activityCode, boolean sme,
			PlaceResource headOffice, FicheResource fiche, List<CpvResource> activities,
			List<ProductResource> products, String url) {

		static PublicCompanyResource of(PublicCompany company, CpvCatalogue cpv, MessageSource messages, Locale locale,
				PlatformProperties platform) {
			var page = CompanyDirectoryPages.PATH + "/" + company.id();
			return new PublicCompanyResource(company.id().value(),
					company.siren() == null ? null : company.siren().value(), company.nationalId(), company.name(),
					LegalFormResource.of(company.legalForm(), messages, locale), company.activityCode(), company.sme(),
					PlaceResource.of(company.address()), FicheResource.of(company.fiche()),
					company.fiche().activities().stream().map(code -> CpvResource.of(code, cpv, locale)).toList(),
					company.products()
						.stream()
						.map(p -> ProductResource.of(p, platform.link(page + "/produits/" + p.id() + "/image"), cpv,
								locale))
						.toList(),
					platform.link(page));
		}
	}

	@Schema(description = "An establishment of the company.")
	record EstablishmentResource(@Schema(example = "73282932000074") String siret, boolean headOffice,
			PlaceResource address) {
	}

	@Schema(description = "The signed-in person's company, and their role in it.")
	record MyCompanyResource(UUID id, @Schema(nullable = true) String siren, @Schema(nullable = true) String nationalId,
			String name, LegalFormResource legalForm, @Schema(nullable = true) String activityCode, boolean sme,
			PlaceResource headOffice, List<EstablishmentResource> establishments,
			@Schema(description = "The signed-in person's role") CompanyRole role, boolean listed) {

		static MyCompanyResource of(CompanyView company, CompanyRole role, MessageSource messages, Locale locale) {
			return new MyCompanyResource(company.id().value(), company.siren() == null ? null : company.siren().value(),
					company.nationalId(), company.name(), LegalFormResource.of(company.legalForm(), messages, locale),
					company.activityCode(), company.sme(), PlaceResource.of(company.address()),
					company.establishments()
						.stream()
						.map(e -> new EstablishmentResource(e.siret().value(), e.headOffice(), PlaceResource.of(e.address())))
						.toList(),
					role, company.listed());
		}
	}

	@Schema(description = "A member of the company, as its administrators see them.")
	record MemberResource(@Schema(description = "Account id, used in the members' URLs") UUID id, String givenName,
			String familyName, String email, @Schema(nullable = true) String phone, @Schema(nullable = true) String fax,
			CompanyRole role, CollaboratorStatus status,
			@Schema(description = "Why an administrator locked them", nullable = true) String lockedReason,
			@Schema(description = "SIRET of their establishment", nullable = true) String establishment,
			Instant joinedAt) {

		static MemberResource of(Collaborator c) {
			return new MemberResource(c.account().value(), c.givenName(), c.familyName(), c.email(), c.phone(), c.fax(),
					c.role(), c.status(), c.lockedReason(), c.establishment() == null ? null : c.establishment().value(),
					c.joinedAt());
		}
	}

	@Schema(description = "Why a member is locked: they are told at sign-in.")
	record LockPayload(@Schema(example = "Départ de l'entreprise") String reason) {
	}

	@Schema(description = "A correction of a member's details; blank phone or fax: none.")
	record ContactPayload(String familyName, String givenName, @Schema(nullable = true) String phone,
			@Schema(nullable = true) String fax) {
	}

	@Schema(description = "A colleague to invite: they receive a link to choose their password.")
	record InvitationPayload(String email, String familyName, String givenName, @Schema(nullable = true) String phone) {
	}

	@Schema(description = "An establishment to add to the company.")
	record EstablishmentPayload(@Schema(example = "73282932000082") String siret, boolean headOffice, String street,
			@Schema(example = "29200") String postcode, String city) {
	}
}
