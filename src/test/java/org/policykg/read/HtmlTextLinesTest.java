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
    }
}
