package org.policykg.link;

/** The evidence the linker weighs for a child task and a candidate parent, each a number in [0, 1]. */
enum Feature {
    /** tf·idf cosine of character bigrams. */
    TEXT,
    /** The idf-weighted share of the shorter text's bigrams that the longer has (a short task inside a long one). */
    TEXT_COVER,
    /** tf·idf cosine of the best pair of clauses, one of each text (a task that carries several goals). */
    CLAUSE,
    /** tf·idf cosine of HanLP's words, synonyms counted as one word. */
    WORDS,
    /** The idf-weighted share of the shorter text's words that the longer has. */
    WORDS_COVER,
    /** Words compared by their thesaurus class (托育 / 照护 / 看护), cosine and cover averaged. */
    WORD_CLASSES,
    /** A quoted name (“口袋公园”) both texts use. */
    ENTITY,
    /** A target of each on the same indicator. */
    INDICATOR,
    /** Such a target whose child number fits under the parent's. */
    NUMBERS,
    /** The child's lead unit also leads the parent, or is its counterpart a level down (区人社局 / 市人社局). */
    LEAD_UNIT,
    /** Some unit the child names is named by the parent too, or its counterpart is. */
    SHARED_UNIT,
    /** A neighbour of the child in its list has its best match next to this parent, in the same order. */
    ORDER,
    /** The candidate's text score (bigrams and words) over the best of the child's candidates at the same level. */
    BEST_AT_LEVEL,
    /** The parent is two levels up (a district task under a province's). */
    TWO_UP,
    /** One over the candidate's rank by text score among the child's candidates at its level. */
    RANK_AT_LEVEL,
    /** How well the candidate fits the child's band on the monotone alignment of the two lists ({@link ListAlignment}). */
    ALIGNED,
    /** An indicator of the indicator thesaurus that both texts name (城镇新增就业, 一般公共预算收入). */
    INDICATOR_CONCEPT,
    /** tf·idf cosine of the words of the two tasks' headings (三、持续改善民生 / 八、…促进共同富裕): a chapter's theme carried down the chain. */
    SECTION,
    /** The idf-weighted share of the child's heading words that the parent's text has (稳住就业基本盘 over 落实就业优先政策). */
    SECTION_TEXT,
    /** The child's lead unit (or its counterpart) leads the parent, weighed by how few tasks that unit leads there: one over their number. */
    LEAD_UNIT_RARE,
    /** The same lead unit and the best text match at the level together (what a reader checks first), which the sum of the two cannot say. */
    LEAD_AND_BEST,
    /**
     * How much of each text's word weight meets the other in theme, averaged over both directions: a word the
     * other has counts whole, else by its strongest association there in government writing ({@link WordThemes}: 技改 / 工业, 垃圾 / 转运站).
     */
    THEME;
}
