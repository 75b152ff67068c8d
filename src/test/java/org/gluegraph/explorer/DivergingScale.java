package org.gluegraph.explorer;

/**
 * The test's own statement of the explorer's colour scale (ColorBrewer RdBu, 11 classes, blue for down, red for up,
 * linear between the classes, clamped at +-max): what a node of a given log2 fold change must be painted with.
 */
final class DivergingScale {

    private static final int[] RDBU = {0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xf7f7f7, 0xfddbc7, 0xf4a582,
            0xd6604d, 0xb2182b, 0x67001f};

    private DivergingScale() {
    }

    static int[] rgb(double v, double max) {
        double t = Math.max(0, Math.min(1, (v / max + 1) / 2)) * (RDBU.length - 1);
        int i = Math.min(RDBU.length - 2, (int) Math.floor(t));
        double f = t - i;
        int[] out = new int[3];
        for (int k = 0; k < 3; k++) {
            int shift = 16 - 8 * k;
            int a = (RDBU[i] >> shift) & 255;
            int b = (RDBU[i + 1] >> shift) & 255;
            out[k] = (int) Math.round(a + (b - a) * f);
        }
        return out;
    }
}
