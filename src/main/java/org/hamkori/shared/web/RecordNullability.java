package org.hamkori.shared.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Reads Java's nullability into the API's schemas: a record component annotated
 * {@link Nullable} may be null in the answer (the type gains {@code null}); every other
 * component is always present and never null, so it is {@code required}.
 */
class RecordNullability implements ModelConverter {

	/** Which record each schema name stands for, so that two never share one name. */
	private final Map<String, Class<?>> names = new ConcurrentHashMap<>();

	@Override
	public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		JavaType java = Json.mapper().constructType(type.getType());
		if (schema == null || java == null || !java.getRawClass().isRecord()) {
			return schema;
		}
		Schema<?> model = schema;
		String name = schema.getName();
		if (schema.get$ref() != null) {
			name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
			model = context.getDefinedModels().get(name);
		}
		Class<?> earlier = (name != null) ? this.names.putIfAbsent(name, java.getRawClass()) : null;
		if (earlier != null && earlier != java.getRawClass()) {
			throw new IllegalStateException("Two records are both described as " + name + ": " + earlier.getName()
					+ " and " + java.getRawClass().getName() + "; name one with @Schema(name = ...)");
		}
		if (model != null && model.getProperties() != null) {
			describe(java.getRawClass(), model);
		}
		return schema;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void describe(Class<?> record, Schema model) {
		List<String> required = new ArrayList<>();
		for (RecordComponent component : record.getRecordComponents()) {
			Schema property = (Schema) model.getProperties().get(component.getName());
			if (property == null) {
				continue;
			}
			if (!component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
				required.add(component.getName());
			}
			else if (property.get$ref() != null) {
				Schema nothing = new Schema<>();
				nothing.setTypes(Set.of("null"));
				Schema either = new Schema<>();
				either.setOneOf(List.of(new Schema<>().$ref(property.get$ref()), nothing));
				model.getProperties().put(component.getName(), either);
			}
			else {
				nullable(property);
			}
		}
		model.setRequired(required.isEmpty() ? null : required);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void nullable(Schema property) {
		Set<String> types = new java.util.LinkedHashSet<>();
		if (property.getTypes() != null) {
			types.addAll(property.getTypes());
		}
		else if (property.getType() != null) {
			types.add(property.getType());
		}
		types.add("null");
		property.setTypes(types);
		if (property.getEnum() != null && !property.getEnum().contains(null)) {
			List values = new ArrayList<>(property.getEnum());
			values.add(null);
			property.setEnum(values);
		}
	}

}
