package fr.openmarches.company.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import fr.openmarches.company.CompanyProperties;
import fr.openmarches.company.CompanyShowcase;
import fr.openmarches.company.ImageRejectedException;
import fr.openmarches.company.NotInCompanyException;
import fr.openmarches.company.ProductId;
import fr.openmarches.company.ProductView;
import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.platform.Flash;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /entreprise/produits}: the company's product fiches (name, description, CPV code, a
 * picture). Members read them; administrators add, change and delete them.
 */
@Controller
class ProductPages {

	static final String LIST = "/entreprise/produits";

	private final CompanyShowcase showcase;

	private final CompanySpaceModel space;

	private final CpvCatalogue cpv;

	private final CompanyProperties properties;

	ProductPages(CompanyShowcase showcase, CompanySpaceModel space, CpvCatalogue cpv, CompanyProperties properties) {
		this.showcase = showcase;
		this.space = space;
		this.cpv = cpv;
		this.properties = properties;
	}

	/** The largest picture accepted, for the form's hint. */
	@ModelAttribute("maxKilobytes")
	long maxKilobytes() {
		return properties.productImageMaxSize().toKilobytes();
	}

	@ModelAttribute("cpvLabels")
	CpvLabels cpvLabels(Locale locale) {
		return CpvLabels.of(cpv, locale);
	}

	@GetMapping(LIST)
	String list(@AuthenticationPrincipal SignedInUser person, Model model) {
		space.fill(person, model);
		model.addAttribute("products", showcase.products(person.accountId()));
		model.addAttribute("mayAdd", showcase.mayAddProduct(person.accountId()));
		return "company/products";
	}

	@GetMapping(LIST + "/nouveau")
	String newProduct(@AuthenticationPrincipal SignedInUser person, Model model) {
		space.fillForAdministrator(person, model);
		model.addAttribute("form", ProductForm.empty());
		return "company/product";
	}

	@PostMapping(LIST)
	String add(@AuthenticationPrincipal SignedInUser person, @ModelAttribute("form") ProductForm form,
			BindingResult errors, @RequestParam(required = false) MultipartFile image, Model model,
			RedirectAttributes redirect) {
		space.fillForAdministrator(person, model);
		form.check(cpv, errors);
		if (!errors.hasErrors()) {
			try {
				showcase.addProduct(person.accountId(), form.details(cpv), contentOf(image));
				redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("company.product.added", form.name().strip()));
				return "redirect:" + LIST;
			}
			catch (ImageRejectedException e) {
				model.addAttribute("imageError", e);
				return "company/product";
			}
			catch (IllegalStateException e) {
				redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("company.product.tooMany"));
				return "redirect:" + LIST;
			}
		}
		return "company/product";
	}

	@GetMapping(LIST + "/{id}")
	String show(@AuthenticationPrincipal SignedInUser person, @PathVariable String id, Model model, Locale locale) {
		space.fill(person, model);
		var product = product(person, id);
		model.addAttribute("product", product);
		model.addAttribute("form", ProductForm.of(product, cpv, locale));
		return "company/product";
	}

	@PostMapping(LIST + "/{id}")
	String change(@AuthenticationPrincipal SignedInUser person, @PathVariable String id,
			@ModelAttribute("form") ProductForm form, BindingResult errors,
			@RequestParam(required = false) MultipartFile image, Model model, RedirectAttributes redirect) {
		space.fillForAdministrator(person, model);
		var product = product(person, id);
		model.addAttribute("product", product);
		form.check(cpv, errors);
		if (errors.hasErrors()) {
			return "company/product";
		}
		try {
			showcase.describeProduct(person.accountId(), product.id(), form.details(cpv), contentOf(image));
		}
		catch (ImageRejectedException e) {
			model.addAttribute("imageError", e);
			return "company/product";
		}
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("company.product.saved", form.name().strip()));
		return "redirect:" + LIST;
	}

	@PostMapping(LIST + "/{id}/image/suppression")
	String removeImage(@AuthenticationPrincipal SignedInUser person, @PathVariable String id,
			RedirectAttributes redirect) {
		var product = product(person, id);
		showcase.removeImage(person.accountId(), product.id());
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("company.product.imageRemoved", product.name()));
		return "redirect:" + LIST + "/" + product.id();
	}

	@GetMapping(LIST + "/{id}/suppression")
	String confirmRemoval(@AuthenticationPrincipal SignedInUser person, @PathVariable String id, Model model) {
		space.fillForAdministrator(person, model);
		model.addAttribute("product", product(person, id));
		return "company/product-remove";
	}

	@PostMapping(LIST + "/{id}/suppression")
	String remove(@AuthenticationPrincipal SignedInUser person, @PathVariable String id, RedirectAttributes redirect) {
		var product = product(person, id);
		showcase.removeProduct(person.accountId(), product.id());
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("company.product.removed", product.name()));
		return "redirect:" + LIST;
	}

	/** The picture, for the company's members, listed in the directory or not. */
	@GetMapping(LIST + "/{id}/image")
	ResponseEntity<?> image(@AuthenticationPrincipal SignedInUser person, @PathVariable String id) throws IOException {
		var product = product(person, id);
		return Pictures.response(showcase.picture(person.accountId(), product.id()), true);
	}

	private ProductView product(SignedInUser person, String id) {
		return ProductId.parse(id)
			.map(productId -> showcase.product(person.accountId(), productId))
			.orElseThrow(() -> new NotInCompanyException("product", id));
	}

	private static InputStream contentOf(MultipartFile image) {
		if (image == null || image.isEmpty() && (image.getOriginalFilename() == null || image.getOriginalFilename().isBlank())) {
			return null;
		}
		try {
			return image.getInputStream();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
