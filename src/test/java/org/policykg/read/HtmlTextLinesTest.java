package org.policykg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTextLinesTest {

    @Test
    void blocksBecomeLinesWithTheirSourceLine() {
        String html = """
                <html><head><title>关于印发重点任务分解的通知</title><script>var x = 1;</script></head>
                <body><nav>设为首页</nav>
                <p>1.推进城市更新。<span>[牵头单位:市住建局]</span></p>
                <ul><li>2.新增停车泊位1万个。</li></ul>
                <table><tr><td>序号</td><td>工作任务</td></tr>
                <tr><td>3</td><td>建设绿道100公里</td></tr></table>
                </body></html>""";
        List<SourceLine> lines = HtmlTextLines.extract(html);
        assertEquals(List.of("关于印发重点任务分解的通知", "1.推进城市更新。[牵头单位:市住建局]", "2.新增停车泊位1万个。",
                "序号", "工作任务", "3", "建设绿道100公里"), lines.stream().map(SourceLine::text).toList());
        assertEquals(3, lines.get(1).number());
        assertEquals(6, lines.get(6).number());
        assertEquals(null, lines.get(1).cell());
        assertEquals(new TableCell(0, 1, 1, 1, 1), lines.get(6).cell());
    }

    @Test
    void cellsAreLaidOutOnTheGridWithTheirSpans() {
        String html = """
                <table><tr><th>序号</th><th>工作任务</th><th>牵头单位</th></tr>
                <tr><td>1</td><td>建设绿道</td><td rowspan="2">市住建局</td></tr>
                <tr><td>2</td><td><p>新增停车泊位</p><p>1万个</p></td></tr>
                <tr><td colspan="3">二、民生实事</td></tr></table>""";
        List<SourceLine> lines = HtmlTextLines.extract(html);
        assertEquals(List.of("序号", "工作任务", "牵头单位", "1", "建设绿道", "市住建局", "2", "新增停车泊位", "1万个", "二、民生实事"),
                lines.stream().map(SourceLine::text).toList());
        assertEquals(new TableCell(0, 1, 2, 2, 1), lines.get(5).cell());
        assertEquals(new TableCell(0, 2, 0, 1, 1), lines.get(6).cell());
        assertEquals(new TableCell(0, 2, 1, 1, 1), lines.get(7).cell());
        assertEquals(new TableCell(0, 2, 1, 1, 1), lines.get(8).cell());
        assertEquals(new TableCell(0, 3, 0, 1, 3), lines.get(9).cell());
    }
}
