package fr.openmarches.company.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import fr.openmarches.company.CompanyAdministration;
import fr.openmarches.company.CompanyFiche;
import fr.openmarches.company.CompanyRegistration;
import fr.openmarches.company.CompanyShowcase;
import fr.openmarches.company.NotInCompanyException;
import fr.openmarches.company.ProductDetails;
import fr.openmarches.company.ProductId;
import fr.openmarches.company.ProductView;
import fr.openmarches.company.web.CompanyResources.ContactPayload;
import fr.openmarches.company.web.CompanyResources.EstablishmentPayload;
import fr.openmarches.company.web.CompanyResources.FicheResource;
import fr.openmarches.company.web.CompanyResources.InvitationPayload;
import fr.openmarches.company.web.CompanyResources.LockPayload;
import fr.openmarches.company.web.CompanyResources.MemberResource;
import fr.openmarches.company.web.CompanyResources.MyCompanyResource;
import fr.openmarches.company.web.CompanyResources.ProductPayload;
import fr.openmarches.company.web.CompanyResources.ProductResource;
import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.platform.PlatformProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The company space as JSON, for the signed-in person's own company: its members (administrators
 * only), its establishments, its profile and product sheets. Writes need the session and the
 * CSRF token in header {@code X-CSRF-TOKEN}, as the pages do. Ids of another company's members or
 * products are not found (404), whatever they are.
 */
@RestController
@RequestMapping(path = "/api/v1/my-company", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "My company", description = "The signed-in person's company: members, establishments, profile, product sheets. "
		+ "Needs a session; writes need the CSRF token (header X-CSRF-TOKEN).")
@ApiResponse(responseCode = "401", description = "Not signed in",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "The person belongs to no company, or the id is not of their company",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class MyCompanyApi {

	private final CompanyAdministration administration;

	private final CompanyRegistration registration;

	private final CompanyShowcase showcase;

	private final CpvCatalogue cpv;

	private final MessageSource messages;

	private final PlatformProperties platform;

	private final Clock clock;

	MyCompanyApi(CompanyAdministration administration, CompanyRegistration registration, CompanyShowcase showcase,
			CpvCatalogue cpv, MessageSource messages, PlatformProperties platform, Clock clock) {
		this.administration = administration;
		this.registration = registration;
		this.showcase = showcase;
		this.cpv = cpv;
		this.messages = messages;
		this.platform = platform;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Read my company", description = "The company, its establishments, and my role in it.")
	MyCompanyResource company(@AuthenticationPrincipal SignedInUser person, Locale locale) {
		var actor = actor(person);
		var company = administration.companyOf(actor);
		return MyCompanyResource.of(company, company.roleOf(actor).orElseThrow(), messages, locale);
	}

	@DeleteMapping("/membership")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Leave my company", description = "Refused (409) for its last active administrator.")
	@ApiResponse(responseCode = "409", description = "The company would be left without an active administrator",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	void leave(@AuthenticationPrincipal SignedInUser person) {
		registration.leave(actor(person));
	}

	@PostMapping("/establishments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an establishment (administrators)", description = "A SIRET of the company's SIREN; a new head office replaces the previous one.")
	MyCompanyResource addEstablishment(@AuthenticationPrincipal SignedInUser person,
			@RequestBody EstablishmentPayload payload, Locale locale) {
		var actor = actor(person);
		var company = administration.companyOf(actor);
		var form = new EstablishmentForm(payload.siret(), payload.headOffice(), payload.street(), payload.postcode(),
				payload.city(), null);
		var errors = new BeanPropertyBindingResult(form, "establishment");
		var siret = company.siren() == null ? null : form.checkSiret(company.siren(), errors);
		form.checkAddress(errors);
		if (company.siren() == null) {
			errors.rejectValue("siret", "company.signup.error.required");
		}
		if (errors.hasErrors()) {
			throw ApiProblem.invalid(errors);
		}
		try {
			administration.addEstablishment(actor, siret, payload.headOffice(), form.address());
		}
		catch (IllegalArgumentException known) {
			errors.rejectValue("siret", "company.establishment.error.known");
			throw ApiProblem.invalid(errors);
		}
		return company(person, locale);
	}

	// Members (administrators only)

	@GetMapping("/members")
	@Operation(summary = "List my company's members (administrators)", description = "Administrators first, then by name, with their status: active, locked or invited.")
	@ApiResponse(responseCode = "403", description = "The signed-in person is a simple member",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	List<MemberResource> members(@AuthenticationPrincipal SignedInUser person) {
		return administration.collaborators(actor(person)).stream().map(MemberResource::of).toList();
	}

	@PostMapping(path = "/members", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Invite a colleague (administrators)", description = "Opens their account; they receive a link to choose their password and join as a member.")
	MemberResource invite(@AuthenticationPrincipal SignedInUser person, @RequestBody InvitationPayload payload,
			Locale locale) {
		var actor = actor(person);
		var form = new InvitationForm(payload.email(), payload.familyName(), payload.givenName(), payload.phone());
		check(form, form::check);
		var account = administration.invite(actor, form.invitee(), locale);
		return MemberResource.of(administration.collaborator(actor, account));
	}

	@PostMapping("/members/{id}/promotion")
	@Operation(summary = "Make a member an administrator (administrators)")
	@ApiResponse(responseCode = "409", description = "Refused by the company's rules (e.g. the member is locked)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	MemberResource promote(@AuthenticationPrincipal SignedInUser person, @Parameter(description = "Account id") @PathVariable UUID id) {
		var actor = actor(person);
		administration.promote(actor, new AccountId(id));
		return MemberResource.of(administration.collaborator(actor, new AccountId(id)));
	}

	@PostMapping("/members/{id}/demotion")
	@Operation(summary = "Make an administrator a simple member again (administrators)", description = "Refused (409) for the last active administrator.")
	@ApiResponse(responseCode = "409", description = "The company would be left without an active administrator",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	MemberResource demote(@AuthenticationPrincipal SignedInUser person, @Parameter(description = "Account id") @PathVariable UUID id) {
		var actor = actor(person);
		administration.demote(actor, new AccountId(id));
		return MemberResource.of(administration.collaborator(actor, new AccountId(id)));
	}

	@PostMapping(path = "/members/{id}/lock", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Lock a member (administrators)", description = "They can no longer sign in and are told the reason when they try.")
	@ApiResponse(responseCode = "409", description = "Refused by the company's rules",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	MemberResource lock(@AuthenticationPrincipal SignedInUser person, @Parameter(description = "Account id") @PathVariable UUID id,
			@RequestBody LockPayload payload) {
		var actor = actor(person);
		var form = new LockForm(payload.reason());
		check(form, form::check);
		administration.lock(actor, new AccountId(id), form.reason());
		return MemberResource.of(administration.collaborator(actor, new AccountId(id)));
	}

	@PostMapping("/members/{id}/unlock")
	@Operation(summary = "Unlock a member (administrators)")
	MemberResource unlock(@AuthenticationPrincipal SignedInUser person, @Parameter(description = "Account id") @PathVariable UUID id) {
		var actor = actor(person);
		administration.unlock(actor, new AccountId(id));
		return MemberResource.of(administration.collaborator(actor, new AccountId(id)));
	}

	@PutMapping(path = "/members/{id}/contact", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Correct a member's details (administrators)", description = "Name, first name, phone and fax; the email address is the sign-in identifier and does not change.")
	MemberResource correct(@AuthenticationPrincipal SignedInUser person, @Parameter(description = "Account id") @PathVariable UUID id,
			@RequestBody ContactPayload payload) {
		var actor = actor(person);
		var form = new ContactForm(payload.familyName(), payload.givenName(), payload.phone(), payload.fax());
		check(form, form::check);
		administration.correct(actor, new AccountId(id), form.correction());
		return MemberResource.of(administration.collaborator(actor, new AccountId(id)));
	}

	@DeleteMapping("/members/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a member from my company (administrators)", description = "Their account stays; refused (409) for the last active administrator.")
	void remove(@AuthenticationPrincipal SignedInUser person, @Parameter(description = "Account id") @PathVariable UUID id) {
		administration.remove(actor(person), new AccountId(id));
	}

	// Profile and product sheets

	@GetMapping("/fiche")
	@Operation(summary = "Read my company's profile")
	FicheResource fiche(@AuthenticationPrincipal SignedInUser person) {
		return FicheResource.of(showcase.fiche(actor(person)));
	}

	@PutMapping(path = "/fiche", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace my company's profile (administrators)", description = "Activities are CPV codes; the directory finds the company under any broader code too.")
	FicheResource describe(@AuthenticationPrincipal SignedInUser person, @RequestBody FicheResource fiche) {
		var actor = actor(person);
		var form = fiche.form();
		int year = FicheForm.thisYear(clock);
		var errors = new BeanPropertyBindingResult(form, "fiche");
		form.check(errors, year);
		for (int i = 0; i < form.activities().size(); i++) {
			if (cpv.find(form.activities().get(i)).isEmpty()) {
				errors.rejectValue("activities[" + i + "]", "company.fiche.error.cpv");
			}
		}
		if (form.activities().size() > CompanyFiche.MAX_ACTIVITIES) {
			errors.rejectValue("activities", "company.fiche.error.activities",
					new Object[] { CompanyFiche.MAX_ACTIVITIES }, null);
		}
		if (errors.hasErrors()) {
			throw ApiProblem.invalid(errors);
		}
		showcase.describe(actor, form.fiche(year));
		return fiche(person);
	}

	@GetMapping("/products")
	@Operation(summary = "List my company's product sheets")
	List<ProductResource> products(@AuthenticationPrincipal SignedInUser person, Locale locale) {
		return showcase.products(actor(person)).stream().map(p -> resource(p, locale)).toList();
	}

	@GetMapping("/products/{id}")
	@Operation(summary = "Read a product sheet of my company")
	ProductResource product(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID id, Locale locale) {
		return resource(showcase.product(actor(person), new ProductId(id)), locale);
	}

	@PostMapping(path = "/products", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a product sheet (administrators)", description = "Without picture: send it with PUT …/image.")
	ProductResource addProduct(@AuthenticationPrincipal SignedInUser person, @RequestBody ProductPayload payload,
			Locale locale) {
		var actor = actor(person);
		var form = payload.form();
		check(form, errors -> form.check(cpv, errors));
		var id = showcase.addProduct(actor, form.details(cpv), null);
		return resource(showcase.product(actor, id), locale);
	}

	@PutMapping(path = "/products/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a product sheet (administrators)")
	ProductResource describeProduct(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID id,
			@RequestBody ProductPayload payload, Locale locale) {
		var actor = actor(person);
		var form = payload.form();
		check(form, errors -> form.check(cpv, errors));
		showcase.describeProduct(actor, new ProductId(id), form.details(cpv), null);
		return resource(showcase.product(actor, new ProductId(id)), locale);
	}

	@DeleteMapping("/products/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a product sheet (administrators)")
	void removeProduct(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID id) {
		showcase.removeProduct(actor(person), new ProductId(id));
	}

	@PutMapping(path = "/products/{id}/image", consumes = { MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE,
			"image/webp", MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@Operation(summary = "Give a product sheet its picture (administrators)",
			description = "The body is the picture: PNG, JPEG or WebP, checked by its bytes, no larger than the configured size.")
	@ApiResponse(responseCode = "413", description = "The picture is too large",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "415", description = "The body is not a PNG, JPEG or WebP picture",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The picture's bytes", required = true,
			content = { @Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary")) })
	ProductResource illustrate(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID id,
			InputStream body, Locale locale) {
		var actor = actor(person);
		var product = showcase.product(actor, new ProductId(id));
		showcase.describeProduct(actor, product.id(),
				new ProductDetails(product.name(), product.description(), product.cpvCode()), body);
		return resource(showcase.product(actor, product.id()), locale);
	}

	@DeleteMapping("/products/{id}/image")
	@Operation(summary = "Remove a product sheet's picture (administrators)")
	ProductResource removeImage(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID id, Locale locale) {
		var actor = actor(person);
		showcase.removeImage(actor, new ProductId(id));
		return resource(showcase.product(actor, new ProductId(id)), locale);
	}

	@GetMapping(path = "/products/{id}/image", produces = { MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE, "image/webp" })
	@Operation(summary = "Read a product sheet's picture")
	ResponseEntity<?> image(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID id) throws IOException {
		var actor = actor(person);
		var picture = showcase.picture(actor, new ProductId(id));
		if (picture.isEmpty()) {
			throw new NotInCompanyException("picture of product", id);
		}
		return Pictures.response(picture, true);
	}

	private ProductResource resource(ProductView product, Locale locale) {
		return ProductResource.of(product, platform.link("/api/v1/my-company/products/" + product.id() + "/image"), cpv,
				locale);
	}

	private static AccountId actor(SignedInUser person) {
		if (person == null) {
			throw ApiProblem.signInRequired();
		}
		return person.accountId();
	}

	private static <T> void check(T payload, Consumer<Errors> checks) {
		var errors = new BeanPropertyBindingResult(payload, "payload");
		checks.accept(errors);
		if (errors.hasErrors()) {
			throw ApiProblem.invalid(errors);
		}
	}
}
