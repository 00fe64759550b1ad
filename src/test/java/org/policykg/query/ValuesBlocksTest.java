package org.policykg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.junit.jupiter.api.Test;
import org.policykg.problem.InvalidArgumentException;

class ValuesBlocksTest {

    private static final String QUERY = """
            # title: t
            # values: generic = indicator/generic-indicators
            SELECT ?x WHERE {
              BIND("项目" AS ?x)
              OPTIONAL { VALUES ?generic { } FILTER(?generic = ?x) }
              FILTER(!BOUND(?generic))
            }""";

    @Test
    void theHeaderFillsTheEmptyValuesBlockFromTheList() {
        List<String> words = words(QueryRunner.parse(QUERY));
        assertEquals(WordList.read("/org/policykg/indicator/generic-indicators.txt"), words);
        assertTrue(words.containsAll(List.of("项目", "企业", "资金")), words.toString());
    }

    @Test
    void aQueryWithoutTheHeaderKeepsItsBlockEmpty() {
        assertEquals(List.of(), words(QueryRunner.parse(QUERY.replace("# values:", "# note:"))));
    }

    @Test
    void aListPolicykgDoesNotShipIsAUsageError() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> QueryRunner.parse(QUERY.replace("indicator/generic-indicators", "indicator/no-such-list")));
        assertTrue(e.getMessage().contains("indicator/no-such-list"), e.getMessage());
        assertThrows(InvalidArgumentException.class, () -> QueryRunner.parse(QUERY.replace("indicator/generic-indicators", "../../etc/passwd")));
    }

    @Test
    void theWordListSkipsCommentsAndBlankLines() {
        List<String> words = WordList.read("/org/policykg/indicator/generic-indicators.txt");
        assertTrue(words.stream().noneMatch(w -> w.startsWith("#") || w.isBlank()), words.toString());
    }

    private static List<String> words(Query query) {
        List<String> words = new java.util.ArrayList<>();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementData data) {
                data.getRows().forEach(b -> words.add(b.get(data.getVars().get(0)).getLiteralLexicalForm()));
            }
        });
        return words;
    }
}
