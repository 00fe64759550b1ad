package org.policykg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.policykg.problem.InvalidArgumentException;

/**
 * The Lucene query text for what a user typed. By default every word is a plain term: its special
 * characters escaped by Lucene's own {@code QueryParser.escape} and the operator words AND, OR, NOT
 * lower-cased (the analyzer drops them as stop words), so no input can change the query's shape:
 * {@code *} and {@code uri:*} search for those characters, not for everything or another field. A
 * one-character word matches the index's bigrams that start or end with it (CJK text is indexed as
 * bigrams, so a lone character is no term of its own). {@code --syntax lucene} passes the text through.
 */
public final class LuceneQueryText {

    private static final List<String> OPERATORS = List.of("AND", "OR", "NOT", "TO");

    private LuceneQueryText() {}

    /** The query text for plain words. @throws InvalidArgumentException when nothing searchable is left */
    public static String plain(String words) {
        List<String> terms = terms(words);
        if (terms.stream().noneMatch(LuceneQueryText::searchable)) {
            throw new InvalidArgumentException("nothing to search for in '" + words.strip()
                    + "': give words of the text (wildcards and fields need --syntax lucene)");
        }
        List<String> parts = new ArrayList<>();
        for (String t : terms) {
            if (t.codePointCount(0, t.length()) == 1 && Character.isIdeographic(t.codePointAt(0))) {
                String c = QueryParserBase.escape(t);
                parts.add("(" + c + "* OR *" + c + ")");
            } else {
                parts.add(OPERATORS.contains(t) ? t.toLowerCase(Locale.ROOT) : QueryParserBase.escape(t));
            }
        }
        return String.join(" ", parts);
    }

    /** The words as typed, split on white space. */
    public static List<String> terms(String words) {
        return List.of(words.strip().split("\\s+")).stream().filter(s -> !s.isEmpty()).toList();
    }

    private static boolean searchable(String term) {
        return term.codePoints().anyMatch(Character::isLetterOrDigit) && !OPERATORS.contains(term);
    }
}
