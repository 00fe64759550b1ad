package org.policykg.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the README's picture of target amplification: one bar per jurisdiction (national, province,
 * city, districts) for the target, a mark for its parent's target. Reads the TSV output of
 * {@code policykg query target-amplification --format tsv} on standard input; writes a PNG.
 * Usage: {@code … | java -cp policykg.jar org.policykg.bench.AmplificationChart out.png "地区生产总值 2024"}
 */
public final class AmplificationChart {

    private static final Map<String, Color> COLOURS = Map.of(
            "national", new Color(0xc0392b), "province", new Color(0xe67e22), "city", new Color(0x2980b9), "district", new Color(0x27ae60));

    private static final int SPACING = 78;

    private record Bar(String level, String name, double target, Double parent) {}

    private AmplificationChart() {}

    public static void main(String[] args) throws IOException {
        List<Bar> bars = read();
        int w = 140 + SPACING * bars.size();
        int h = 460;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        Font font = new Font("Noto Sans CJK SC", Font.PLAIN, 14);
        g.setFont(font.deriveFont(Font.BOLD, 16f));
        g.setColor(Color.BLACK);
        g.drawString(args.length > 1 ? args[1] : "target amplification", 20, 28);
        double max = bars.stream().mapToDouble(Bar::target).max().orElse(1) * 1.15;
        int top = 50;
        int base = h - 90;
        g.setFont(font);
        for (int tick = 0; tick <= max; tick += Math.max(1, (int) Math.ceil(max / 6))) {
            int y = base - (int) ((base - top) * tick / max);
            g.setColor(new Color(0xdddddd));
            g.drawLine(60, y, w - 20, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(tick + "%", 20, y + 5);
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int x = 80 + SPACING * i;
            int y = base - (int) ((base - top) * b.target() / max);
            g.setColor(COLOURS.getOrDefault(b.level(), Color.GRAY));
            g.fillRect(x, y, 40, base - y);
            g.setColor(Color.BLACK);
            g.drawString(fmt(b.target()), x + 4, y - 6);
            if (b.parent() != null) {
                int py = base - (int) ((base - top) * b.parent() / max);
                g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
                g.drawLine(x - 6, py, x + 46, py);
                g.setStroke(new BasicStroke(1f));
            }
            // the national level is 全国 on the axis: 中华人民共和国 is wider than a bar
            g.drawString(b.level().equals("national") ? "全国" : b.name(), x - 4, base + 20);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawString("bars: the jurisdiction's target (growth %, colour by level); dashes: its parent's target", 20, h - 30);
        g.dispose();
        ImageIO.write(img, "png", Path.of(args[0]).toFile());
    }

    private static String fmt(double v) {
        return v == Math.floor(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** level, jurisdiction, code, target, comparator, parent, parent_target, … (header first). */
    private static List<Bar> read() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<Bar> bars = new ArrayList<>();
        in.readLine();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] c = line.split("\t", -1);
            if (c.length < 7 || c[3].isEmpty()) continue;
            bars.add(new Bar(c[0], c[1], Double.parseDouble(c[3]), c[6].isEmpty() ? null : Double.valueOf(c[6])));
        }
        return bars;
    }
}
