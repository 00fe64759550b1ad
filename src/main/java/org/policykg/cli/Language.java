package org.policykg.cli;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.policykg.query.ResultLabels;

/**
 * The language of headers, code words and messages ({@code --lang zh|en}; by default Chinese when
 * the locale is Chinese, else English), from the reviewed bundles messages*.properties.
 */
enum Language {
    ZH(Locale.SIMPLIFIED_CHINESE), EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    static Language of(Locale locale) {
        return locale.getLanguage().equals("zh") ? ZH : EN;
    }

    private ResourceBundle bundle() {
        // The English bundle is the base: no fall back to the JVM's locale.
        return ResourceBundle.getBundle("org.policykg.cli.messages", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A message of the bundle with its arguments. */
    String message(String key, Object... args) {
        // Numbers as they are (29972, not 29,972): callers format decimals themselves.
        Object[] plain = java.util.Arrays.stream(args).map(a -> a instanceof Number ? String.valueOf(a) : a).toArray();
        return new MessageFormat(bundle().getString("message." + key), locale).format(plain);
    }

    /** The word for an English label of the trace tree (lead, with, targets, a level, a link kind). */
    String word(String english) {
        return word(bundle(), "word." + english.replace(' ', '_'), english);
    }

    /** Units as search prints them ("lead A; responsible B"), the role words in this language. */
    String units(String units) {
        ResourceBundle b = bundle();
        return java.util.Arrays.stream(units.split("; ")).map(u -> {
            int space = u.indexOf(' ');
            return space < 0 ? u : word(b, "value.role." + u.substring(0, space), u.substring(0, space)) + u.substring(space);
        }).collect(java.util.stream.Collectors.joining("; "));
    }

    /**
     * The column names and code words (roles, levels) of a result with these columns in this
     * language: the bundle's {@code column.NAME} and {@code value.COLUMN.VALUE} keys, read once.
     */
    ResultLabels labels(List<String> columns) {
        ResourceBundle b = bundle();
        List<String> header = columns.stream().map(c -> word(b, "column." + c, c)).toList();
        List<Map<String, String>> words = new ArrayList<>();
        for (String column : columns) {
            String prefix = "value." + column + ".";
            Map<String, String> w = new HashMap<>();
            for (String key : b.keySet()) if (key.startsWith(prefix)) w.put(key.substring(prefix.length()), b.getString(key));
            words.add(w);
        }
        return new ResultLabels(header, words);
    }

    private static String word(ResourceBundle b, String key, String otherwise) {
        try {
            return b.containsKey(key) ? b.getString(key) : otherwise;
        } catch (MissingResourceException e) {
            return otherwise;
        }
    }
}
