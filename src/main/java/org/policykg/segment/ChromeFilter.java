package org.policykg.segment;

import java.util.List;

/**
 * Recognises the web-page chrome that copies of notices carry: navigation, share buttons, site
 * footers with ICP numbers. Such lines are neither tasks, titles nor report paragraphs.
 */
public final class ChromeFilter {

    private static final List<String> MARKERS = List.of(
            "设为首页", "加入收藏", "无障碍", "长者版", "导航菜单", "本站", "本文地址", "留言与评论", "验证码",
            "ICP备", "公网安备", "网站标识码", "网站标识", "主办单位:", "承办单位:", "技术支持", "分享:",
            "网站地图", "点击总量", "当前位置", "打印本页", "关闭窗口", "字号:", "浏览次数");

    public boolean isChrome(String norm) {
        if (norm.length() <= 1) return norm.equals("•") || norm.equals("|");
        return MARKERS.stream().anyMatch(norm::contains);
    }
}
