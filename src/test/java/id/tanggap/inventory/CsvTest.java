package id.tanggap.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedFieldsEscapesAndLineEndings() {
        assertThat(Csv.parse("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\nlast,\n"))
                .containsExactly(List.of("a", "b"), List.of("x, y", "say \"hi\""), List.of("last", ""));
        assertThat(Csv.parse("one,\"two\nlines\"")).containsExactly(List.of("one", "two\nlines"));
    }
}
