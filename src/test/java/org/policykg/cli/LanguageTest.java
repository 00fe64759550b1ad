package org.policykg.cli;

import org.policykg.CommandRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.policykg.SeedStore;

/** --lang: headers, code words and messages in Chinese or English; the locale's language by default. */
class LanguageTest {

    private static String store() {
        return SeedStore.cliStore().toString();
    }

    @Test
    void theLocaleChoosesTheDefault() {
        assertEquals(Language.ZH, Language.of(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Language.ZH, Language.of(Locale.TRADITIONAL_CHINESE));
        assertEquals(Language.EN, Language.of(Locale.US));
        assertEquals(Language.EN, Language.of(Locale.ROOT));
    }

    @Test
    void chineseHeadersRolesAndMessages() {
        CommandRun zh = CliTest.run("query", "responsibilities", "--limit", "1", "--lang", "zh", "--store", store());
        assertEquals(0, zh.exit(), zh.err());
        assertEquals("文件                     │ 清单 │ 任务 │ 角色 │ 层级 │ 书写名称 │ 单位                                               │ 单位名称",
                zh.out().lines().findFirst().orElseThrow());
        assertTrue(zh.out().lines().skip(2).findFirst().orElseThrow().startsWith("000_e666455f3088458b.txt │ 1    │ 1    │ 责任 │"), zh.out());
        assertTrue(zh.err().matches("共 1 条结果,用时 \\d+\\.\\d{3} 秒\\R"), zh.err());

        CommandRun en = CliTest.run("query", "responsibilities", "--limit", "1", "--lang", "en", "--store", store());
        assertTrue(en.out().startsWith("source                   │ list │ task │ role        │"), en.out());
        assertTrue(en.err().matches("1 result\\(s\\) in \\d+\\.\\d{3} s\\R"), en.err());

        CommandRun tsv = CliTest.run("query", "responsibilities", "--limit", "1", "--lang", "zh", "--format", "tsv", "--store", store());
        assertTrue(tsv.out().startsWith("source\tlist\ttask\trole\t"), "TSV keeps the data's own names: " + tsv.out());
    }

    @Test
    void traceInChinese() {
        CommandRun r = CliTest.run("trace", "001:1:12", "--lang", "zh", "--store", store());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("● 湖北省 (省级) 001_1ee4ff36028791ed.txt:1:12"), r.out());
        assertTrue(r.out().contains("武汉市 (市级) 001_1ee4ff36028791ed.txt:2:54  [支撑 0."), r.out());
        assertTrue(r.out().contains("   牵头: 武汉市停车场及新能源汽车配套设施建设工作领导小组、武昌区建设局"), r.out());
        assertTrue(r.out().contains("   目标: 项目 5个;"), r.out());
    }

    @Test
    void searchRolesInChinese() {
        CommandRun r = CliTest.run("search", "停车泊位", "--limit", "1", "--lang", "zh", "--store", store());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("    牵头 武汉市停车场及新能源汽车配套设施建设工作领导小组; 牵头 武昌区建设局"), r.out());
        assertTrue(r.err().startsWith("共 1 项任务"), r.err());
    }

    @Test
    void statsInChinese() {
        CommandRun r = CliTest.run("--lang", "zh", "stats", "--store", store());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(":5 个文件,7 个清单,484 项任务,1410 条责任"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("001_1ee4ff36028791ed.txt │ 任务分解通知 │ 武昌区")), r.out());
    }

    @Test
    void everyOptionHasHelpInBothLanguagesAndExamplesDoNotWrap() {
        picocli.CommandLine cli = new picocli.CommandLine(new PolicyKg(System.out, System.err));
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (picocli.CommandLine sub : cli.getSubcommands().values()) {
            if (sub.getCommandName().equals("help")) continue;
            for (picocli.CommandLine.Model.OptionSpec o : sub.getCommandSpec().options()) {
                if (o.usageHelp() || o.versionHelp()) continue;
                String text = String.join(" ", o.description());
                if (text.codePoints().noneMatch(Character::isIdeographic) || text.codePoints().noneMatch(c -> c >= 'a' && c <= 'z')) {
                    missing.add(sub.getCommandName() + " " + o.longestName());
                }
            }
            for (picocli.CommandLine.Model.PositionalParamSpec p : sub.getCommandSpec().positionalParameters()) {
                if (String.join(" ", p.description()).codePoints().noneMatch(Character::isIdeographic)) missing.add(sub.getCommandName() + " " + p.paramLabel());
            }
            CommandRun help = CliTest.run(sub.getCommandName(), "--help");
            assertTrue(help.out().contains("Example"), sub.getCommandName() + " has examples:\n" + help.out());
            help.out().lines().filter(l -> l.startsWith("  policykg ") || l.startsWith("      ")).forEach(l ->
                    assertTrue(org.policykg.query.DisplayWidth.of(l) <= 100, sub.getCommandName() + ": an example wider than 100 columns wraps: " + l));
        }
        assertEquals(java.util.List.of(), missing, "options whose help is not in both English and Chinese");
    }
}
