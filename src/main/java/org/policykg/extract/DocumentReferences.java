package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.lexicon.Lexicon;
import org.policykg.model.DocumentRef;

/**
 * The documents a text says it implements: 根据《国务院关于…的意见》(国发〔2020〕6号) in a notice's
 * preamble (a reference word of the lexicon before the title), or a 任务来源 cell (a title, a
 * document number, or both). The document number is the key that links them.
 */
final class DocumentReferences {

    /** 国发〔2020〕6号, 晋政发[2008]8号, 苏府〔2011〕57号. */
    private static final Pattern NUMBER = Pattern.compile("[\\p{IsHan}A-Za-z]{1,12}[〔\\[［(]\\d{4}[〕\\]］)]\\s*\\d{1,5}\\s*号");
    private static final Pattern TITLE = Pattern.compile("《([^《》]{2,120})》");
    private static final int WORD_WINDOW = 8;
    private static final int NUMBER_WINDOW = 40;

    private final Lexicon lexicon = Lexicon.get();

    /** References after a reference word (根据《…》(…号)) in prose. */
    List<DocumentRef> inProse(String text) {
        List<DocumentRef> refs = new ArrayList<>();
        Matcher t = TITLE.matcher(text);
        while (t.find()) {
            String before = text.substring(Math.max(0, t.start() - WORD_WINDOW), t.start());
            if (!lexicon.endsWithReferenceWord(before) && !before.contains("根据")) continue;
            refs.add(new DocumentRef(t.group(1), numberAfter(text, t.end())));
        }
        return refs;
    }

    /** A 任务来源 cell: its title and number where written, else the cell's text as the title. */
    List<DocumentRef> inCell(String value) {
        String v = value.strip();
        if (v.isEmpty()) return List.of();
        Matcher t = TITLE.matcher(v);
        Matcher n = NUMBER.matcher(v);
        String title = t.find() ? t.group(1) : null;
        String number = n.find() ? n.group().replaceAll("\\s", "") : null;
        if (title == null && number == null) title = v;
        return List.of(new DocumentRef(title, number));
    }

    private static String numberAfter(String text, int from) {
        Matcher n = NUMBER.matcher(text);
        n.region(from, Math.min(text.length(), from + NUMBER_WINDOW));
        if (!n.find()) return null;
        String between = text.substring(from, n.start());
        return between.matches("\\s*[(（]?\\s*") ? n.group().replaceAll("\\s", "") : null;
    }
}
