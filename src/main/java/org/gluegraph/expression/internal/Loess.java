package org.gluegraph.expression.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * loess(y ~ x, span, degree) of R 4.2 (stats' loess and the Cleveland-Grosse-Shyu netlib code it calls) for one
 * predictor with R's defaults: family "gaussian" (no robustness iterations), unit weights, surface "interpolate"
 * with cell = 0.2, and predict() on new x. That surface is
 * <ul>
 * <li>a k-d tree (here: intervals): the bounding box of x widened by 0.5% of the range on each side is split at
 * the median x of its points (ties going to the upper cell) until a cell has at most fc = floor(n span cell)
 * points, or the split would fall on the cell's edge, or the tree is full (max(200, n) cells and vertices);</li>
 * <li>at each vertex v, a local polynomial of the given degree fitted by weighted least squares to the q =
 * floor(n span + 1e-5) nearest x with tricube weights (1 - (|x - v| / h)^3)^3, h the distance of the q-th nearest
 * (times sqrt(span) when span &gt; 1), through a QR decomposition of the column-equilibrated design and a pseudo-inverse
 * of R that drops singular values below 100 machine epsilons of the largest, as R does; the vertex keeps the
 * fit's value and slope;</li>
 * <li>between two vertices the cubic Hermite interpolant of the values and slopes.</li>
 * </ul>
 * predict() is NaN outside the range of x, as R's predict.loess (NA). The arithmetic of a vertex fit is not
 * R's operation for operation (R orders the neighbours by a partial sort and takes the SVD of the triangular factor
 * with LINPACK's dsvdc; here the neighbours are in input order and the SVD is a one-sided Jacobi), so predictions
 * agree with R's to rounding (within 2.3e-15 on the tested cases), not bit for bit.
 */
final class Loess {

    private final double[] vertex;  // sorted vertex positions
    private final double[] value;   // fitted value at each vertex
    private final double[] slope;   // fitted slope at each vertex
    private final double min;
    private final double max;

    private Loess(double[] vertex, double[] value, double[] slope, double min, double max) {
        this.vertex = vertex;
        this.value = value;
        this.slope = slope;
        this.min = min;
        this.max = max;
    }

    /** loess(y ~ x, span = span, degree = degree) with the other defaults (cell 0.2). */
    static Loess fit(double[] x, double[] y, double span, int degree) {
        return fit(x, y, span, degree, 0.2);
    }

    static Loess fit(double[] x, double[] y, double span, int degree, double cell) {
        int n = x.length;
        if (y.length != n) {
            throw new IllegalArgumentException("loess: " + n + " x but " + y.length + " y");
        }
        if (n == 0) {
            throw new IllegalArgumentException("loess: no data");
        }
        if (degree < 0 || degree > 2) {
            throw new IllegalArgumentException("loess: 'degree' must be 0, 1 or 2, got " + degree);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("loess: non-finite x or y at " + (i + 1));
            }
        }
        if (!(span > 0) || !(cell > 0)) {
            throw new IllegalArgumentException("loess: span and cell must be positive");
        }
        int nf = Math.min(n, (int) Math.floor(n * span + 1e-5));
        int columns = degree + 1;
        if (nf <= 0) {
            throw new IllegalArgumentException("loess: span is too small");
        }
        if (columns > nf - 1) {
            // R only warns here ("span too small"); its fit is then an interpolation not worth imitating
            throw new IllegalArgumentException("loess: span " + span + " leaves " + nf + " points in a neighbourhood"
                    + " for degree " + degree);
        }
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double[] vertices = kdVertices(sorted, (int) Math.floor(n * (span * cell)), Math.max(200, n));
        double[] value = new double[vertices.length];
        double[] slope = new double[vertices.length];
        LocalFit local = new LocalFit(n, columns);
        for (int v = 0; v < vertices.length; v++) {
            local.fit(x, y, vertices[v], nf, span);
            value[v] = local.coefficient[0];
            slope[v] = columns > 1 ? local.coefficient[1] : 0;
        }
        return new Loess(vertices, value, slope, sorted[0], sorted[n - 1]);
    }

    /** predict(fit, x0): the interpolated surface, NaN outside the range of the data. */
    double predict(double x0) {
        if (!(x0 >= min && x0 <= max)) {
            return Double.NaN;
        }
        // the cell: the tree sends x0 <= split to the lower side, so x0 on a vertex uses the cell to its left
        int hi = Arrays.binarySearch(vertex, x0);
        if (hi < 0) {
            hi = -hi - 1;
        }
        if (hi == 0) {
            hi = 1;
        }
        int lo = hi - 1;
        double left = vertex[lo];
        double right = vertex[hi];
        double width = right - left;
        double h = (x0 - left) / width;
        // cubic Hermite basis, evaluated as R's ehg128 does
        double phi0 = (1 - h) * (1 - h) * (1 + 2 * h);
        double phi1 = h * h * (3 - 2 * h);
        double psi0 = h * ((1 - h) * (1 - h));
        double psi1 = h * h * (h - 1);
        return phi0 * value[lo] + phi1 * value[hi] + (psi0 * slope[lo] + psi1 * slope[hi]) * width;
    }

    double[] predict(double[] x0) {
        double[] out = new double[x0.length];
        for (int i = 0; i < x0.length; i++) {
            out[i] = predict(x0[i]);
        }
        return out;
    }

    /**
     * Vertices of R's k-d tree in one dimension (ehg126, ehg124): the widened bounding box, then cells split in
     * breadth-first order at the median point; returned sorted.
     */
    private static double[] kdVertices(double[] sorted, int fc, int maxCells) {
        int n = sorted.length;
        double alpha = sorted[0];
        double beta = sorted[n - 1];
        double margin = 0.005 * Math.max(beta - alpha, 1e-10 * Math.max(Math.abs(alpha), Math.abs(beta)) + 1e-30);
        List<double[]> cells = new ArrayList<>(); // {first index, last index (1-based), lower vertex, upper vertex}
        cells.add(new double[] {1, n, alpha - margin, beta + margin});
        List<Double> vertices = new ArrayList<>(List.of(alpha - margin, beta + margin));
        for (int p = 0; p < cells.size(); p++) {
            double[] cell = cells.get(p);
            int l = (int) cell[0];
            int u = (int) cell[1];
            double diameter = cell[3] - cell[2];
            // fd = 0 in R (v(3) = 0): a cell is never too narrow unless it has no width
            boolean leaf = u - l + 1 <= fc || diameter <= 0;
            if (!leaf) {
                leaf = maxCells < cells.size() + 2 || maxCells < vertices.size() + 1.0;
            }
            if (leaf) {
                continue;
            }
            int m = (l + u) / 2;
            // all ties go with the upper cell: move m to the nearest position where the value changes
            // (offsets 0, 1, -1, 2, -2, ...); if there is none m stays
            int offset = 0;
            while (m + offset < u && m + offset >= l) {
                if (sorted[m + offset - 1] == sorted[m + offset]) {
                    offset = -offset;
                    if (offset >= 0) {
                        offset++;
                    }
                } else {
                    m += offset;
                    break;
                }
            }
            double split = sorted[m - 1];
            if (split == cell[2] || split == cell[3]) {
                continue;
            }
            cells.add(new double[] {l, m, cell[2], split});
            cells.add(new double[] {m + 1, u, split, cell[3]});
            vertices.add(split);
        }
        double[] out = vertices.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(out);
        return out;
    }

    /** The local weighted least-squares fit at one point (R's ehg127), with its workspace. */
    private static final class LocalFit {
        private final int columns;
        private final double[] dist;
        private final double[] sortedDist;
        private final double[][] design; // design[column][row]
        private final double[] response;
        private final double[] coefficient;

        LocalFit(int n, int columns) {
            this.columns = columns;
            dist = new double[n];
            sortedDist = new double[n];
            design = new double[columns][n];
            response = new double[n];
            coefficient = new double[columns];
        }

        void fit(double[] x, double[] y, double q, int nf, double span) {
            int n = x.length;
            for (int i = 0; i < n; i++) {
                double dx = x[i] - q;
                dist[i] = dx * dx;
            }
            System.arraycopy(dist, 0, sortedDist, 0, n);
            Arrays.sort(sortedDist);
            double rho = sortedDist[nf - 1] * Math.max(1.0, span);
            if (!(rho > 0)) {
                throw new IllegalArgumentException("loess: zero-width neighbourhood at " + q);
            }
            // rows with positive weight: the distance is below rho (the nf-th nearest and ties get weight 0)
            int rows = 0;
            for (int i = 0; i < n; i++) {
                if (dist[i] < rho) {
                    double w = Math.sqrt(dist[i] / rho);
                    double t = 1 - w * w * w;
                    w = Math.sqrt(t * t * t);
                    double dx = x[i] - q;
                    design[0][rows] = w;
                    if (columns > 1) {
                        design[1][rows] = w * dx;
                    }
                    if (columns > 2) {
                        design[2][rows] = w * (dx * dx);
                    }
                    response[rows] = w * y[i];
                    rows++;
                }
            }
            solve(rows);
        }

        /** Least squares of response on the design's first rows: equilibrate, QR, pseudo-inverse of R. */
        private void solve(int rows) {
            int k = columns;
            double[] norm = new double[k];
            for (int j = 0; j < k; j++) {
                double ss = 0;
                for (int i = 0; i < rows; i++) {
                    ss += design[j][i] * design[j][i];
                }
                double scale = Math.sqrt(ss);
                if (scale > 0) {
                    for (int i = 0; i < rows; i++) {
                        design[j][i] /= scale;
                    }
                    norm[j] = scale;
                } else {
                    norm[j] = 1;
                }
            }
            // Householder QR (LINPACK dqrdc without pivoting), Q'y applied to the response on the way
            double[][] r = new double[k][k];
            for (int l = 0; l < k && l < rows; l++) {
                double[] col = design[l];
                double nrm = 0;
                for (int i = l; i < rows; i++) {
                    nrm = Math.hypot(nrm, col[i]);
                }
                if (nrm != 0) {
                    if (col[l] != 0) {
                        nrm = Math.copySign(nrm, col[l]);
                    }
                    for (int i = l; i < rows; i++) {
                        col[i] /= nrm;
                    }
                    col[l] += 1;
                    for (int j = l + 1; j < k; j++) {
                        double[] other = design[j];
                        double t = 0;
                        for (int i = l; i < rows; i++) {
                            t -= col[i] * other[i];
                        }
                        t /= col[l];
                        for (int i = l; i < rows; i++) {
                            other[i] += t * col[i];
                        }
                    }
                    double t = 0;
                    for (int i = l; i < rows; i++) {
                        t -= col[i] * response[i];
                    }
                    t /= col[l];
                    for (int i = l; i < rows; i++) {
                        response[i] += t * col[i];
                    }
                }
                r[l][l] = -nrm;
                for (int j = l + 1; j < k; j++) {
                    r[l][j] = design[j][l];
                }
            }
            // R = U S V' (Jacobi); coefficients = V S^+ U' (Q'y)[0..k), then undo the equilibration
            double[][] u = new double[k][k];
            double[] sigma = new double[k];
            double[][] v = new double[k][k];
            JacobiSvd.decompose(r, u, sigma, v);
            double largest = 0;
            for (double s : sigma) {
                largest = Math.max(largest, s);
            }
            double tol = largest * (100 * Math.ulp(1.0));
            double[] gamma = new double[k];
            for (int j = 0; j < k; j++) {
                if (tol < sigma[j]) {
                    double dot = 0;
                    for (int i = 0; i < k; i++) {
                        dot += u[i][j] * response[i];
                    }
                    gamma[j] = dot / sigma[j];
                }
            }
            for (int j = 0; j < k; j++) {
                double c = 0;
                for (int i = 0; i < k; i++) {
                    c += v[j][i] * gamma[i];
                }
                coefficient[j] = c / norm[j];
            }
        }
    }

    /** One-sided Jacobi SVD of a small square matrix: a = u diag(sigma) v'. */
    static final class JacobiSvd {
        private JacobiSvd() {
        }

        static void decompose(double[][] a, double[][] u, double[] sigma, double[][] v) {
            int k = a.length;
            double[][] w = new double[k][];
            for (int i = 0; i < k; i++) {
                w[i] = a[i].clone();
                Arrays.fill(v[i], 0);
                v[i][i] = 1;
            }
            for (int sweep = 0; sweep < 60; sweep++) {
                boolean rotated = false;
                for (int p = 0; p < k - 1; p++) {
                    for (int q = p + 1; q < k; q++) {
                        double alpha = 0;
                        double beta = 0;
                        double gamma = 0;
                        for (int i = 0; i < k; i++) {
                            alpha += w[i][p] * w[i][p];
                            beta += w[i][q] * w[i][q];
                            gamma += w[i][p] * w[i][q];
                        }
                        if (gamma == 0 || Math.abs(gamma) <= 1e-16 * Math.sqrt(alpha * beta)) {
                            continue;
                        }
                        rotated = true;
                        double zeta = (beta - alpha) / (2 * gamma);
                        double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
                        if (zeta == 0) {
                            t = 1;
                        }
                        double c = 1 / Math.sqrt(1 + t * t);
                        double s = c * t;
                        for (int i = 0; i < k; i++) {
                            double wp = w[i][p];
                            double wq = w[i][q];
                            w[i][p] = c * wp - s * wq;
                            w[i][q] = s * wp + c * wq;
                            double vp = v[i][p];
                            double vq = v[i][q];
                            v[i][p] = c * vp - s * vq;
                            v[i][q] = s * vp + c * vq;
                        }
                    }
                }
                if (!rotated) {
                    break;
                }
            }
            for (int j = 0; j < k; j++) {
                double ss = 0;
                for (int i = 0; i < k; i++) {
                    ss += w[i][j] * w[i][j];
                }
                sigma[j] = Math.sqrt(ss);
                for (int i = 0; i < k; i++) {
                    u[i][j] = sigma[j] > 0 ? w[i][j] / sigma[j] : (i == j ? 1 : 0);
                }
            }
        }
    }
}
