package fr.openmarches.company;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the company module ({@code openmarches.company.*}).
 *
 * @param pageSize companies per page of the directory
 * @param productImageMaxSize the largest picture a product fiche accepts
 * @param maxProducts how many product fiches a company may publish
 * @param lookupMemory how long an answer of the Sirene register is reused for the same number
 * (INSEE counts every request against a small quota); an unavailable register is asked again
 */
@ConfigurationProperties("openmarches.company")
public record CompanyProperties(@DefaultValue("20") int pageSize, @DefaultValue("2MB") DataSize productImageMaxSize,
		@DefaultValue("50") int maxProducts, @DefaultValue("PT10M") Duration lookupMemory) {
}
