package org.policykg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policykg.SeedStore;

/**
 * Linking streamed by chain: each province's tasks are linked apart from the others', with the same
 * links as linking that chain alone, and national tasks reach every chain once.
 */
class LinkByChainTest {

    private static final String TASK = "https://w3id.org/policykg/id/doc/";

    private static LinkTask task(String id, String source, int number, String text, String jurisdiction, String level) {
        return new LinkTask(TASK + source + "/" + id, source, 1, Integer.toString(number), text, jurisdiction, level, 2023, null, List.of());
    }

    /** A province, city and district notice of one chain, all about parking spaces and charging posts. */
    private static List<LinkTask> chain(String province, String city, String district) {
        List<LinkTask> tasks = new ArrayList<>();
        String[] texts = {"新增停车泊位6000个,缓解停车难", "建成集中式充电站20个、充电桩8000根", "新建改造城市燃气管网100公里"};
        for (int i = 0; i < texts.length; i++) {
            tasks.add(task("p" + i, province + ".txt", i + 1, texts[i], province, "province"));
            tasks.add(task("c" + i, city + ".txt", i + 1, texts[i], city, "city"));
            tasks.add(task("d" + i, district + ".txt", i + 1, texts[i], district, "district"));
        }
        return tasks;
    }

    private static Set<String> keys(List<Link> links) {
        Set<String> keys = new HashSet<>();
        for (Link l : links) keys.add(l.kind() + " " + l.child() + " " + l.parent() + " " + l.accepted());
        return keys;
    }

    @Test
    void eachChainLinksAsItWouldAloneAndNoLinkCrossesChains() {
        List<LinkTask> hubei = chain("420000", "420100", "420106");
        List<LinkTask> guangdong = chain("440000", "440300", "440304");
        List<LinkTask> both = new ArrayList<>(hubei);
        both.addAll(guangdong);
        LinkStage stage = new LinkStage(SeedStore.GAZETTEER);
        Linker linker = new Linker(SeedStore.GAZETTEER);

        List<Link> links = stage.linkByChain(both, List.of());
        Set<String> expected = keys(linker.link(hubei, List.of()));
        expected.addAll(keys(linker.link(guangdong, List.of())));
        assertEquals(expected, keys(links));
        assertTrue(links.stream().anyMatch(l -> l.kind() == LinkKind.CONTRIBUTES_TO && l.accepted()), links.toString());
        for (Link l : links) {
            assertEquals(l.child().contains("/4200") || l.child().contains("/4201"), l.parent().contains("/4200") || l.parent().contains("/4201"),
                    "a link across chains: " + l);
        }
    }

    @Test
    void nationalTasksJoinEveryChainAndTheirLinksAreKeptOnce() {
        List<LinkTask> tasks = new ArrayList<>(chain("420000", "420100", "420106"));
        tasks.addAll(chain("440000", "440300", "440304"));
        // the national report writes one task twice: each chain's pass finds that same-task link again
        String report = "https://w3id.org/policykg/id/report/100000/2023";
        LinkTask n0 = task("n0", "100000.txt", 1, "新增停车泊位6000个,缓解停车难", "100000", "national");
        LinkTask n1 = task("n1", "100000.txt", 2, "新增停车泊位6000个,缓解停车难", "100000", "national");
        tasks.add(new LinkTask(n0.iri(), n0.source(), 1, n0.number(), n0.text(), n0.jurisdiction(), n0.level(), 2023, report, List.of()));
        tasks.add(new LinkTask(n1.iri(), n1.source(), 1, n1.number(), n1.text(), n1.jurisdiction(), n1.level(), 2023, report, List.of()));

        List<Link> links = new LinkStage(SeedStore.GAZETTEER).linkByChain(tasks, List.of());
        List<String> all = links.stream().map(l -> l.kind() + " " + l.child() + " " + l.parent()).toList();
        assertEquals(new HashSet<>(all).size(), all.size(), "a link written twice: " + all);
        assertEquals(List.of(LinkKind.SAME_TASK + " " + n1.iri() + " " + n0.iri()),
                links.stream().filter(l -> l.child().equals(n1.iri())).map(l -> l.kind() + " " + l.child() + " " + l.parent()).toList(),
                "the national same-task link, once");
        assertFalse(links.stream().anyMatch(l -> l.child().contains("/100000.txt/") && l.kind() == LinkKind.CONTRIBUTES_TO),
                "nothing is above the nation");
    }
}
