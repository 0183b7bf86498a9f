package org.overturn.persistence.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.overturn.domain.cases.HasId;

/**
 * Writes enums that have an external id as that id, and reads them back, refusing unknown ids
 * clearly.
 */
final class HasIdModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    HasIdModule() {
        super("overturn-ids");
        addSerializer(
                HasId.class,
                new StdSerializer<>(HasId.class) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void serialize(
                            HasId value, JsonGenerator gen, SerializerProvider provider)
                            throws IOException {
                        gen.writeString(value.id());
                    }
                });
        setDeserializerModifier(
                new BeanDeserializerModifier() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public JsonDeserializer<?> modifyEnumDeserializer(
                            DeserializationConfig config,
                            JavaType type,
                            BeanDescription beanDesc,
                            JsonDeserializer<?> deserializer) {
                        if (HasId.class.isAssignableFrom(type.getRawClass())) {
                            return new IdDeserializer(type.getRawClass());
                        }
                        return deserializer;
                    }
                });
    }

    private static final class IdDeserializer extends JsonDeserializer<Object> {
        private final Class<?> type;

        IdDeserializer(Class<?> type) {
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctxt.handleUnexpectedToken(type, p);
            }
            String id = p.getText();
            for (Object constant : type.getEnumConstants()) {
                if (((HasId) constant).id().equals(id)) {
                    return constant;
                }
            }
            StringBuilder known = new StringBuilder();
            for (Object constant : type.getEnumConstants()) {
                known.append(known.length() == 0 ? "" : ", ").append(((HasId) constant).id());
            }
            throw InvalidFormatException.from(
                    p,
                    "unknown value '"
                            + Printable.visible(id, 40)
                            + "' (expected one of: "
                            + known
                            + ")",
                    id,
                    type);
        }
    }
}
