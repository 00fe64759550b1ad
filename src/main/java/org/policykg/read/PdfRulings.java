package org.policykg.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The straight rules a page draws: stroked horizontal and vertical lines, the edges of stroked
 * rectangles, and thin filled rectangles (how Word and LibreOffice draw cell borders). They give a
 * table its grid. Coordinates are turned to the text's: origin at the top left of the crop box.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

    /** A filled rectangle thinner than this (points) is a rule, not a shaded area. */
    private static final float THIN = 2.5f;

    /** A horizontal rule at {@code at} from {@code from} to {@code to}, or a vertical one (x, y from, y to). */
    record Rule(boolean horizontal, float at, float from, float to) {}

    private final List<Rule> rules = new ArrayList<>();
    private final List<Point2D[]> path = new ArrayList<>();
    private final List<Point2D[]> rectangles = new ArrayList<>();
    private final PDRectangle box;
    private Point2D current = new Point2D.Float();
    private Point2D start = new Point2D.Float();

    private PdfRulings(PDPage page) {
        super(page);
        box = page.getCropBox();
    }

    static List<Rule> of(PDPage page) throws IOException {
        PdfRulings rulings = new PdfRulings(page);
        rulings.processPage(page);
        return rulings.rules;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rectangles.add(new Point2D[] {p0, p1, p2, p3});
        current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        start = current;
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D to = new Point2D.Float(x, y);
        path.add(new Point2D[] {current, to});
        current = to;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        path.add(new Point2D[] {current, start});
        current = start;
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        for (Point2D[] segment : path) segment(segment[0], segment[1]);
        for (Point2D[] r : rectangles) {
            for (int i = 0; i < 4; i++) segment(r[i], r[(i + 1) % 4]);
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (Point2D[] r : rectangles) thinRectangle(r);
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // a clipping path draws nothing
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images are not rules
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // a shading is not a rule
    }

    private void clear() {
        path.clear();
        rectangles.clear();
    }

    private void segment(Point2D a, Point2D b) {
        float x1 = x(a);
        float x2 = x(b);
        float y1 = y(a);
        float y2 = y(b);
        if (Math.abs(y1 - y2) < 0.5f && Math.abs(x1 - x2) >= THIN) {
            rules.add(new Rule(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2)));
        } else if (Math.abs(x1 - x2) < 0.5f && Math.abs(y1 - y2) >= THIN) {
            rules.add(new Rule(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2)));
        }
    }

    private void thinRectangle(Point2D[] r) {
        float left = Float.MAX_VALUE, right = -Float.MAX_VALUE, top = Float.MAX_VALUE, bottom = -Float.MAX_VALUE;
        for (Point2D p : r) {
            left = Math.min(left, x(p));
            right = Math.max(right, x(p));
            top = Math.min(top, y(p));
            bottom = Math.max(bottom, y(p));
        }
        if (bottom - top <= THIN && right - left > THIN) rules.add(new Rule(true, (top + bottom) / 2, left, right));
        else if (right - left <= THIN && bottom - top > THIN) rules.add(new Rule(false, (left + right) / 2, top, bottom));
    }

    private float x(Point2D p) {
        return (float) p.getX() - box.getLowerLeftX();
    }

    private float y(Point2D p) {
        return box.getUpperRightY() - (float) p.getY();
    }
}
