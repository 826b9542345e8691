package fr.openmarches.company;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import fr.openmarches.platform.BlobStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public directory of economic operators: the companies that chose to be listed, searched by
 * name, CPV code (a code finds the companies working on it or below it), region and SME flag, with
 * counts per filter value; each company's fiche and product fiches.
 */
@Service
@Transactional(readOnly = true)
public class CompanyDirectory {

	private final JdbcClient jdbc;

	private final Companies companies;

	private final Products products;

	private final BlobStore blobs;

	CompanyDirectory(JdbcClient jdbc, Companies companies, Products products, BlobStore blobs) {
		this.jdbc = jdbc;
		this.companies = companies;
		this.products = products;
		this.blobs = blobs;
	}

	/** Listed companies matching {@code search}, by name; {@code page} counts from 0. */
	public Page<DirectoryEntry> search(DirectorySearch search, int page, int size) {
		var where = Where.of(search);
		long total = where.bind(jdbc.sql("select count(*) from company.company c where " + where.sql))
			.query(Long.class)
			.single();
		if (total == 0) {
			return Page.empty(PageRequest.of(page, size));
		}
		var rows = where.bind(jdbc.sql("""
				select c.id, c.name, c.postcode, c.city, c.country, c.sme, c.activity_code
				  from company.company c
				 where %s
				 order by c.search_name, c.id
				 limit :limit offset :offset""".formatted(where.sql)))
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("postcode"),
					rs.getString("city"), rs.getString("country"), rs.getBoolean("sme"), rs.getString("activity_code")))
			.list();
		var ids = rows.stream().map(Row::id).toList();
		var activities = activitiesOf(ids);
		var regions = regionsOf(ids);
		var entries = rows.stream()
			.map(row -> new DirectoryEntry(new CompanyId(row.id()), row.name(), row.postcode(), row.city(),
					row.country(), row.sme(), row.activityCode(), activities.getOrDefault(row.id(), List.of()),
					regions.getOrDefault(row.id(), Set.of())))
			.toList();
		return new PageImpl<>(entries, PageRequest.of(page, size), total);
	}

	/** For each region and for the SME flag, how many companies the search finds with that value. */
	public DirectoryFacets facets(DirectorySearch search) {
		var regions = new EnumMap<Region, Long>(Region.class);
		var byRegion = Where.of(search.withoutRegion());
		byRegion.bind(jdbc.sql("""
				select r.region, count(*) from company.region_served r join company.company c on c.id = r.company_id
				 where %s group by r.region""".formatted(byRegion.sql)))
			.query((rs, n) -> regions.put(Region.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		var sme = new HashMap<Boolean, Long>();
		var bySme = Where.of(search.withoutSme());
		bySme.bind(jdbc.sql("select c.sme, count(*) from company.company c where %s group by c.sme".formatted(bySme.sql)))
			.query((rs, n) -> sme.put(rs.getBoolean(1), rs.getLong(2)))
			.list();
		return new DirectoryFacets(regions, sme);
	}

	/** A listed company with its fiche and product fiches. */
	public Optional<PublicCompany> find(CompanyId id) {
		return companies.findById(id.value())
			.filter(Company::isListed)
			.map(company -> company.publicView(products.findByCompanyIdOrderByNameAscIdAsc(id.value())
				.stream()
				.map(Product::view)
				.toList()));
	}

	/** The picture of a product of a listed company, to be closed by the caller. */
	public Optional<ProductPicture> picture(CompanyId company, ProductId product) throws IOException {
		var found = companies.findById(company.value())
			.filter(Company::isListed)
			.flatMap(c -> products.findByIdAndCompanyId(product.value(), company.value()));
		return found.isEmpty() ? Optional.empty() : ProductPicture.of(found.get(), blobs);
	}

	private Map<UUID, List<String>> activitiesOf(Collection<UUID> ids) {
		var activities = new HashMap<UUID, List<String>>();
		jdbc.sql("select company_id, cpv_code from company.activity where company_id in (:ids) order by cpv_code")
			.param("ids", ids)
			.query((rs, n) -> activities.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
				.add(rs.getString(2)))
			.list();
		return activities;
	}

	private Map<UUID, Set<Region>> regionsOf(Collection<UUID> ids) {
		var regions = new HashMap<UUID, Set<Region>>();
		jdbc.sql("select company_id, region from company.region_served where company_id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> regions.computeIfAbsent(rs.getObject(1, UUID.class), id -> EnumSet.noneOf(Region.class))
				.add(Region.valueOf(rs.getString(2))))
			.list();
		return regions;
	}

	private record Row(UUID id, String name, String postcode, String city, String country, boolean sme,
			String activityCode) {
	}

	/** The conditions of a search on {@code company.company c}, with their parameters. */
	private record Where(String sql, List<Consumer<JdbcClient.StatementSpec>> parameters) {

		static Where of(DirectorySearch search) {
			var conditions = new ArrayList<String>();
			var parameters = new ArrayList<Consumer<JdbcClient.StatementSpec>>();
			conditions.add("c.listed");
			if (search.name() != null && !search.name().isBlank()) {
				var digits = search.name().replaceAll("[\\s.]", "");
				if (digits.matches("[0-9]{9}")) {
					conditions.add("c.siren = :siren");
					parameters.add(spec -> spec.param("siren", digits));
				}
				else {
					var words = Folding.fold(search.name().strip()).split("\\s+");
					for (int i = 0; i < words.length; i++) {
						var name = "word" + i;
						var pattern = "%" + escapeLike(words[i]) + "%";
						conditions.add("c.search_name like :" + name + " escape '\\'");
						parameters.add(spec -> spec.param(name, pattern));
					}
				}
			}
			if (search.cpv() != null) {
				conditions.add("exists (select 1 from company.activity_scope s where s.company_id = c.id and s.cpv_code = :cpv)");
				parameters.add(spec -> spec.param("cpv", search.cpv()));
			}
			if (search.region() != null) {
				conditions.add("exists (select 1 from company.region_served r2 where r2.company_id = c.id and r2.region = :region)");
				parameters.add(spec -> spec.param("region", search.region().name()));
			}
			if (search.sme() != null) {
				conditions.add("c.sme = :sme");
				parameters.add(spec -> spec.param("sme", search.sme()));
			}
			return new Where(String.join(" and ", conditions), parameters);
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
			parameters.forEach(parameter -> parameter.accept(spec));
			return spec;
		}

		private static String escapeLike(String text) {
			return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		}
	}
}
