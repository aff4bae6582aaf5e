package dev.citebot.store.h2;

import dev.citebot.store.StoreException;
import dev.langchain4j.data.document.Metadata;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetadataCodecTest {
    private final MetadataCodec codec = new MetadataCodec();

    @Test
    void everyValueTypeComesBackWithItsType() {
        Metadata metadata = new Metadata()
                .put("string", "«quoted» \"text\"\nwith ünïcode")
                .put("empty", "")
                .put("uuid", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"))
                .put("int", Integer.MIN_VALUE)
                .put("small long", 5L)
                .put("long", Long.MAX_VALUE)
                .put("float", 0.1f)
                .put("double", 0.1)
                .put("nan", Double.NaN)
                .put("negative zero", -0.0f)
                .put("infinity", Float.POSITIVE_INFINITY);

        Metadata back = codec.decode(codec.encode(metadata));

        assertThat(back).isEqualTo(metadata);
        assertThat(back.toMap().get("small long")).isInstanceOf(Long.class);
        assertThat(back.toMap().get("int")).isInstanceOf(Integer.class);
        assertThat(back.toMap().get("float")).isInstanceOf(Float.class);
        assertThat(back.toMap().get("double")).isInstanceOf(Double.class);
        assertThat(back.toMap().get("uuid")).isInstanceOf(UUID.class);
    }

    @Test
    void emptyMetadataIsAnEmptyObject() {
        assertThat(codec.encode(new Metadata())).isEqualTo("{}");
        assertThat(codec.decode("{}")).isEqualTo(new Metadata());
    }

    @Test
    void theJsonNamesEachType() {
        assertThat(codec.encode(new Metadata().put("article_id", 7L))).isEqualTo("{\"article_id\":{\"Long\":7}}");
    }

    @Test
    void malformedJsonIsAStoreException() {
        for (String bad : new String[]{"not json", "{\"k\": 5}", "{\"k\": {\"Long\": \"5\"}}",
                "{\"k\": {\"Integer\": 3000000000}}", "{\"k\": {\"Date\": \"x\"}}"}) {
            assertThatThrownBy(() -> codec.decode(bad)).as(bad)
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("metadata");
        }
    }
}
