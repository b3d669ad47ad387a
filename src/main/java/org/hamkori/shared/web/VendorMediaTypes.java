package org.hamkori.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * SDMX's media types ({@code application/vnd.sdmx.data+json} and the like) are never
 * answered with Hamkori's own JSON: a JSON converter takes any {@code application/*+json}
 * type, so without this an API list would come back labelled SDMX-JSON. The types are
 * dropped from what a caller accepts; a caller that accepts nothing else gets 406 (as a
 * problem document). Only the SDMX controller, which reads the header itself, writes them
 * (decision 0032).
 */
@Configuration(proxyBeanMethods = false)
class VendorMediaTypes implements WebMvcConfigurer {

	/** A type no converter writes, standing for "only SDMX's types were accepted". */
	static final MediaType NONE_OFFERED = new MediaType("application", "x-hamkori-none");

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.strategies(List.of(new WithoutVendorTypes()));
	}

	/** Whether a type is one of SDMX's. */
	static boolean isSdmx(MediaType type) {
		return type.getSubtype().startsWith("vnd.sdmx.");
	}

	/** The Accept header's types, less SDMX's. */
	static final class WithoutVendorTypes extends HeaderContentNegotiationStrategy {

		@Override
		public List<MediaType> resolveMediaTypes(NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
			List<MediaType> accepted = super.resolveMediaTypes(request);
			if (accepted.stream().noneMatch(VendorMediaTypes::isSdmx)) {
				return accepted;
			}
			List<MediaType> others = new ArrayList<>(accepted.stream().filter((t) -> !isSdmx(t)).toList());
			return others.isEmpty() ? List.of(NONE_OFFERED) : others;
		}

	}

}
