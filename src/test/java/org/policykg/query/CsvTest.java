package org.policykg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesCellsWithCommasQuotesAndLineBreaksOfEitherKind() {
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",\"x\ry\",\r\n", Csv.row(List.of("a", "b,c", "say \"hi\"", "x\ny", "x\ry", "")));
    }
}
