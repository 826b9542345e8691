package fr.openmarches.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * French by default; {@code ?lang=en} switches to English and a cookie remembers the choice.
 * Message bundles are discovered per module: {@code i18n/<module>/messages.properties} (French)
 * and {@code messages_en.properties} (English), so a module ships its own texts.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("openmarches-lang");
		resolver.setDefaultLocale(Locale.FRENCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Bean
	MessageSource messageSource() {
		var source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(moduleBundles());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(Locale.FRENCH);
		return source;
	}

	/** {@code classpath:i18n/<module>/messages} for every module that ships texts. */
	static String[] moduleBundles() {
		try {
			var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*/messages.properties");
			return Arrays.stream(resources)
				.map(resource -> {
					try {
						var url = resource.getURL().toString();
						var module = url.substring(0, url.lastIndexOf('/'));
						return "classpath:i18n/" + module.substring(module.lastIndexOf('/') + 1) + "/messages";
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				})
				.distinct()
				.sorted()
				.toArray(String[]::new);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot list message bundles", e);
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var localeChange = new LocaleChangeInterceptor();
		localeChange.setParamName("lang");
		localeChange.setIgnoreInvalidLocale(true);
		registry.addInterceptor(new SupportedLocaleInterceptor(localeChange));
		registry.addInterceptor(new LayoutInterceptor());
	}
}
