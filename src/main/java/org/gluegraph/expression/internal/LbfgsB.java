package org.gluegraph.expression.internal;

import java.util.Arrays;

/**
 * L-BFGS-B (Byrd, Lu, Nocedal and Zhu, SIAM J. Sci. Comput. 16 (1995) 1190-1208) as R's
 * {@code optim(method = "L-BFGS-B")} runs it (R 4.2.2, src/appl/lbfgsb.c, the f2c translation of version 2.3 of
 * the Fortran code with R's changes), so that DESeq2's refits of the genes IRLS could not fit end where DESeq2's
 * end. The objective is a flat likelihood there: where the minimiser stops (the relative-reduction test on f) is
 * the answer, so the iterates themselves, not only the optimum, have to be R's.
 *
 * <p>Written from a reading of R's source, step for step: the generalised Cauchy point along the projected
 * steepest descent path of the limited-memory model ({@code cauchy}), the free variables at it ({@code freev}),
 * the middle matrix of the subspace problem ({@code formk}), the reduced gradient ({@code cmprlb}), the direct
 * subspace minimisation truncated at the box ({@code subsm}, the 2.3 version without the later projection), and
 * the More-Thuente line search ({@code lnsrlb}, {@code dcsrch}, {@code dcstep}) with its restarts of the memory
 * on failures. R's driver counts an iteration at every accepted step and stops with convergence code 1 at the
 * (maxit + 1)-th; LINPACK's dpofa (with R's 1e-14 positive-definiteness tolerance) and dtrsl, and the
 * reference BLAS sums, are reproduced in their order of operations. Matrices are 1-based, column-major in
 * meaning ({@code a[i][j]} is A(i, j)), as in the Fortran, so that the indexing can be checked line by line.
 */
final class LbfgsB {

    /** The objective; must be finite at every point the minimiser asks for (R stops with an error otherwise). */
    @FunctionalInterface
    interface Objective {
        double value(double[] x);
    }

    /** Writes the gradient at x into g. */
    @FunctionalInterface
    interface Gradient {
        void gradient(double[] x, double[] g);
    }

    /**
     * What optim returns: par, value, counts (R reports the same number for function and gradient: the
     * evaluations of f and g together), convergence (0 converged, 1 maxit reached, 51 warning, 52 error) and
     * message (L-BFGS-B's task string).
     */
    record Result(double[] par, double value, int evaluations, int convergence, String message, int iterations) {
    }

    /** optim's control for L-BFGS-B: lmm, factr, pgtol and maxit (defaults 5, 1e7, 0, 100). */
    record Control(int lmm, double factr, double pgtol, int maxit) {
        static final Control DEFAULTS = new Control(5, 1e7, 0, 100);
    }

    private static final double EPSMCH = Math.ulp(1.0);
    private static final double FTOL = 1e-3;
    private static final double GTOL = 0.9;
    private static final double XTOL = 0.1;
    private static final double STPMIN = 0;

    private LbfgsB() {
    }

    /** optim(par, fn, gr, method = "L-BFGS-B", lower, upper, control); infinite bounds mean no bound. */
    static Result minimise(Objective fn, Gradient gr, double[] par, double[] lower, double[] upper,
            Control control) {
        int n = par.length;
        if (lower.length != n || upper.length != n) {
            throw new IllegalArgumentException("bounds of length " + lower.length + " and " + upper.length
                    + " for " + n + " parameters");
        }
        return new Run(fn, gr, par, lower, upper, control).run();
    }

    /** One call of the minimiser: mainlb's saved state, and R's driver around it. */
    private static final class Run {
        private final Objective fn;
        private final Gradient gr;
        private final int n;
        private final int m;
        private final double factr;
        private final double pgtol;
        private final int maxit;
        // 1-based vectors, as in the Fortran
        private final double[] x;
        private final double[] l;
        private final double[] u;
        private final int[] nbd;
        private final double[] g;
        private final double[] z;
        private final double[] r;
        private final double[] d;
        private final double[] t;
        private final double[] wa;
        private final int[] index;
        private final int[] iwhere;
        private final int[] indx2;
        // limited-memory matrices: S and Y (n x m), S'Y, S'S, the Cholesky factor of T (m x m), the middle
        // matrix K and its unfactored parts (2m x 2m; the latter must start zeroed)
        private final double[][] ws;
        private final double[][] wy;
        private final double[][] sy;
        private final double[][] ss;
        private final double[][] wt;
        private final double[][] wn;
        private final double[][] snd;

        private double f;
        private boolean cnstnd;
        private boolean boxed;
        private boolean updatd;
        private boolean wrk;
        private int col;
        private int head = 1;
        private int itail;
        private int iupdat;
        private int iter;
        private int nfgv;
        private int info;
        private int ifun;
        private int iback;
        private int nfree;
        private int nenter;
        private int ileave;
        private int nint;
        private double theta = 1;
        private double fold;
        private double dnorm;
        private double gd;
        private double gdold;
        private double sbgnrm;
        private double stp;
        private double stpmx;
        private double dtd;
        private final double tol;
        private final LineSearch search = new LineSearch();

        Run(Objective fn, Gradient gr, double[] par, double[] lower, double[] upper, Control control) {
            this.fn = fn;
            this.gr = gr;
            n = par.length;
            m = control.lmm();
            factr = control.factr();
            pgtol = control.pgtol();
            maxit = control.maxit();
            x = new double[n + 1];
            l = new double[n + 1];
            u = new double[n + 1];
            nbd = new int[n + 1];
            for (int i = 1; i <= n; i++) {
                x[i] = par[i - 1];
                l[i] = lower[i - 1];
                u[i] = upper[i - 1];
                boolean hasLower = Double.isFinite(l[i]);
                boolean hasUpper = Double.isFinite(u[i]);
                nbd[i] = hasLower ? (hasUpper ? 2 : 1) : (hasUpper ? 3 : 0);
            }
            g = new double[n + 1];
            z = new double[n + 1];
            r = new double[n + 1];
            d = new double[n + 1];
            t = new double[n + 1];
            wa = new double[8 * m + 1];
            index = new int[n + 1];
            iwhere = new int[n + 1];
            indx2 = new int[n + 1];
            ws = new double[n + 1][m + 1];
            wy = new double[n + 1][m + 1];
            sy = new double[m + 1][m + 1];
            ss = new double[m + 1][m + 1];
            wt = new double[m + 1][m + 1];
            wn = new double[2 * m + 1][2 * m + 1];
            snd = new double[2 * m + 1][2 * m + 1];
            nfree = n;
            tol = factr * EPSMCH;
        }

        private double[] point() {
            return Arrays.copyOfRange(x, 1, n + 1);
        }

        /** The objective and gradient at x, as R's driver evaluates them when L-BFGS-B asks ("FG"). */
        private void evaluate() {
            double[] p = point();
            f = fn.value(p);
            if (!Double.isFinite(f)) {
                throw new IllegalStateException("L-BFGS-B needs finite values of 'fn'");
            }
            double[] grad = new double[n];
            gr.gradient(p, grad);
            System.arraycopy(grad, 0, g, 1, n);
        }

        private Result stop(int convergence, String message) {
            return new Result(point(), f, nfgv, convergence, message, iter);
        }

        Result run() {
            if (n == 0) {
                f = fn.value(new double[0]);
                return new Result(new double[0], f, 1, 0, "NOTHING TO DO", 0);
            }
            if (m <= 0) {
                return stop(52, "ERROR: M .LE. 0");
            }
            if (factr < 0) {
                return stop(52, "ERROR: FACTR .LT. 0");
            }
            for (int i = 1; i <= n; i++) {
                if (nbd[i] == 2 && l[i] > u[i]) {
                    return stop(52, "ERROR: NO FEASIBLE SOLUTION");
                }
            }
            active();
            evaluate();
            nfgv = 1;
            sbgnrm = projectedGradientNorm();
            if (sbgnrm <= pgtol) {
                return stop(0, "CONVERGENCE: NORM OF PROJECTED GRADIENT <= PGTOL");
            }
            int driverIterations = 0;
            while (true) {
                // L222: one iteration, from the Cauchy point to an accepted step
                String outcome = iterate();
                if (outcome != null) {
                    return stop(52, outcome);
                }
                // task NEW_X: R's driver counts the iteration and stops past maxit before any test
                driverIterations++;
                if (driverIterations > maxit) {
                    return stop(1, "NEW_X");
                }
                // L777: convergence tests, then the BFGS update
                if (sbgnrm <= pgtol) {
                    return stop(0, "CONVERGENCE: NORM OF PROJECTED GRADIENT <= PGTOL");
                }
                double ddum = Math.max(Math.max(Math.abs(fold), Math.abs(f)), 1.0);
                if (fold - f <= tol * ddum) {
                    return stop(0, "CONVERGENCE: REL_REDUCTION_OF_F <= FACTR*EPSMCH");
                }
                update();
            }
        }

        private void resetMemory() {
            info = 0;
            col = 0;
            head = 1;
            theta = 1;
            iupdat = 0;
            updatd = false;
        }

        /**
         * L222 to the end of the line search: returns null with a new x, f and g accepted (task NEW_X), or the
         * message of an abnormal termination (x, f and g then are those at the start of the line search).
         */
        private String iterate() {
            while (true) {
                if (!cnstnd && col > 0) {
                    System.arraycopy(x, 1, z, 1, n);
                    wrk = updatd;
                    nint = 0;
                } else {
                    cauchy();
                    if (info != 0) {
                        resetMemory();
                        continue;
                    }
                    freev();
                }
                // L333
                if (nfree != 0 && col != 0) {
                    if (wrk) {
                        formk();
                    }
                    if (info != 0) {
                        resetMemory();
                        continue;
                    }
                    cmprlb();
                    if (info == 0) {
                        subsm();
                    }
                    if (info != 0) {
                        resetMemory();
                        continue;
                    }
                }
                // L555
                for (int i = 1; i <= n; i++) {
                    d[i] = z[i] - x[i];
                }
                // L666: the line search, evaluating f and g at each trial point
                lineSearchStart();
                while (true) {
                    boolean trial = lineSearchStep();
                    if (info != 0 || iback >= 20) {
                        System.arraycopy(t, 1, x, 1, n);
                        System.arraycopy(r, 1, g, 1, n);
                        f = fold;
                        if (col == 0) {
                            if (info == 0) {
                                info = -9;
                                nfgv--;
                                ifun--;
                                iback--;
                            }
                            iter++;
                            return "ERROR: ABNORMAL_TERMINATION_IN_LNSRCH";
                        }
                        if (info == 0) {
                            nfgv--;
                        }
                        resetMemory();
                        break; // RESTART_FROM_LNSRCH: back to L222
                    }
                    if (trial) {
                        evaluate();
                        continue;
                    }
                    iter++;
                    sbgnrm = projectedGradientNorm();
                    return null;
                }
            }
        }

        /** After an accepted step: y = g - g_old, s = stp d, and the BFGS update of the memory unless skipped. */
        private void update() {
            for (int i = 1; i <= n; i++) {
                r[i] = g[i] - r[i];
            }
            double rr = dot(r, r);
            double dr;
            double ddum;
            if (stp == 1) {
                dr = gd - gdold;
                ddum = -gdold;
            } else {
                dr = (gd - gdold) * stp;
                for (int i = 1; i <= n; i++) {
                    d[i] = stp * d[i];
                }
                ddum = -gdold * stp;
            }
            if (dr <= EPSMCH * ddum) {
                updatd = false;
                return; // BFGS update skipped: s'y not sufficiently positive
            }
            updatd = true;
            iupdat++;
            matupd(rr, dr);
            formt();
            if (info != 0) {
                resetMemory();
            }
        }

        private double dot(double[] a, double[] b) {
            double s = 0;
            for (int i = 1; i <= n; i++) {
                s += a[i] * b[i];
            }
            return s;
        }

        /** Projects x into the box and records which variables are bounded. */
        private void active() {
            cnstnd = false;
            boxed = true;
            for (int i = 1; i <= n; i++) {
                if (nbd[i] > 0) {
                    if (nbd[i] <= 2 && x[i] <= l[i]) {
                        if (x[i] < l[i]) {
                            x[i] = l[i];
                        }
                    } else if (nbd[i] >= 2 && x[i] >= u[i]) {
                        if (x[i] > u[i]) {
                            x[i] = u[i];
                        }
                    }
                }
            }
            for (int i = 1; i <= n; i++) {
                if (nbd[i] != 2) {
                    boxed = false;
                }
                if (nbd[i] == 0) {
                    iwhere[i] = -1;
                } else {
                    cnstnd = true;
                    iwhere[i] = nbd[i] == 2 && u[i] - l[i] <= 0 ? 3 : 0;
                }
            }
        }

        /** The infinity norm of the projected gradient. */
        private double projectedGradientNorm() {
            double norm = 0;
            for (int i = 1; i <= n; i++) {
                double gi = g[i];
                if (nbd[i] != 0) {
                    if (gi < 0) {
                        if (nbd[i] >= 2) {
                            double v = x[i] - u[i];
                            if (gi < v) {
                                gi = v;
                            }
                        }
                    } else {
                        if (nbd[i] <= 2) {
                            double v = x[i] - l[i];
                            if (gi > v) {
                                gi = v;
                            }
                        }
                    }
                }
                double a = Math.abs(gi);
                if (norm < a) {
                    norm = a;
                }
            }
            return norm;
        }

        /**
         * The product of the 2col x 2col middle matrix of the compact L-BFGS formula with v (wa-offset vOff),
         * into p (wa-offset pOff), using the Cholesky factor of T in wt.
         */
        private void bmv(double[] v, int vOff, double[] p, int pOff) {
            if (col == 0) {
                return;
            }
            p[pOff + col + 1] = v[vOff + col + 1];
            for (int i = 2; i <= col; i++) {
                int i2 = col + i;
                double sum = 0;
                for (int k = 1; k <= i - 1; k++) {
                    sum += sy[i][k] * v[vOff + k] / sy[k][k];
                }
                p[pOff + i2] = v[vOff + i2] + sum;
            }
            info = Linpack.dtrsl(wt, 0, col, p, pOff + col, 11);
            if (info != 0) {
                return;
            }
            for (int i = 1; i <= col; i++) {
                p[pOff + i] = v[vOff + i] / Math.sqrt(sy[i][i]);
            }
            info = Linpack.dtrsl(wt, 0, col, p, pOff + col, 1);
            if (info != 0) {
                return;
            }
            for (int i = 1; i <= col; i++) {
                p[pOff + i] = -p[pOff + i] / Math.sqrt(sy[i][i]);
            }
            for (int i = 1; i <= col; i++) {
                double sum = 0;
                for (int k = i + 1; k <= col; k++) {
                    sum += sy[k][i] * p[pOff + col + k] / sy[i][i];
                }
                p[pOff + i] += sum;
            }
        }

        /**
         * The generalised Cauchy point z: the first local minimiser of the quadratic model along the projected
         * gradient path x - t g, the variables reaching a bound one by one in the order of their breakpoints
         * (a heap, as in the Fortran, so that ties break the same way). Uses t for the breakpoints, indx2 for
         * their order and wa (p, c, wbp, v at offsets 0, 2m, 4m, 6m).
         */
        private void cauchy() {
            int pOff = 0;
            int cOff = 2 * m;
            int wbpOff = 4 * m;
            int vOff = 6 * m;
            if (sbgnrm <= 0) {
                System.arraycopy(x, 1, z, 1, n);
                return;
            }
            boolean bnded = true;
            int nfreeLocal = n + 1;
            int nbreak = 0;
            int ibkmin = 0;
            double bkmin = 0;
            int col2 = 2 * col;
            double f1 = 0;
            double tl = 0;
            double tu = 0;
            for (int i = 1; i <= col2; i++) {
                wa[pOff + i] = 0;
            }
            for (int i = 1; i <= n; i++) {
                double neggi = -g[i];
                if (iwhere[i] != 3 && iwhere[i] != -1) {
                    if (nbd[i] <= 2) {
                        tl = x[i] - l[i];
                    }
                    if (nbd[i] >= 2) {
                        tu = u[i] - x[i];
                    }
                    boolean xlower = nbd[i] <= 2 && tl <= 0;
                    boolean xupper = nbd[i] >= 2 && tu <= 0;
                    iwhere[i] = 0;
                    if (xlower) {
                        if (neggi <= 0) {
                            iwhere[i] = 1;
                        }
                    } else if (xupper) {
                        if (neggi >= 0) {
                            iwhere[i] = 2;
                        }
                    } else if (Math.abs(neggi) <= 0) {
                        iwhere[i] = -3;
                    }
                }
                int pointr = head;
                if (iwhere[i] != 0 && iwhere[i] != -1) {
                    d[i] = 0;
                } else {
                    d[i] = neggi;
                    f1 -= neggi * neggi;
                    for (int j = 1; j <= col; j++) {
                        wa[pOff + j] += wy[i][pointr] * neggi;
                        wa[pOff + col + j] += ws[i][pointr] * neggi;
                        pointr = pointr % m + 1;
                    }
                    if (nbd[i] <= 2 && nbd[i] != 0 && neggi < 0) {
                        nbreak++;
                        indx2[nbreak] = i;
                        t[nbreak] = tl / -neggi;
                        if (nbreak == 1 || t[nbreak] < bkmin) {
                            bkmin = t[nbreak];
                            ibkmin = nbreak;
                        }
                    } else if (nbd[i] >= 2 && neggi > 0) {
                        nbreak++;
                        indx2[nbreak] = i;
                        t[nbreak] = tu / neggi;
                        if (nbreak == 1 || t[nbreak] < bkmin) {
                            bkmin = t[nbreak];
                            ibkmin = nbreak;
                        }
                    } else {
                        nfreeLocal--;
                        indx2[nfreeLocal] = i;
                        if (Math.abs(neggi) > 0) {
                            bnded = false;
                        }
                    }
                }
            }
            if (theta != 1) {
                for (int j = 1; j <= col; j++) {
                    wa[pOff + col + j] = theta * wa[pOff + col + j];
                }
            }
            System.arraycopy(x, 1, z, 1, n);
            if (nbreak == 0 && nfreeLocal == n + 1) {
                return;
            }
            for (int j = 1; j <= col2; j++) {
                wa[cOff + j] = 0;
            }
            double f2 = -theta * f1;
            double f2Org = f2;
            if (col > 0) {
                bmv(wa, pOff, wa, vOff);
                if (info != 0) {
                    return;
                }
                f2 -= dot(wa, vOff, wa, pOff, col2);
            }
            double dtm = -f1 / f2;
            double tsum = 0;
            nint = 1;
            boolean fixedAll = false;
            if (nbreak > 0) {
                int nleft = nbreak;
                int it = 1;
                double tj = 0;
                while (true) {
                    // L777: the next breakpoint
                    double tj0 = tj;
                    int ibp;
                    if (it == 1) {
                        tj = bkmin;
                        ibp = indx2[ibkmin];
                    } else {
                        if (it == 2 && ibkmin != nbreak) {
                            t[ibkmin] = t[nbreak];
                            indx2[ibkmin] = indx2[nbreak];
                        }
                        heapSort(nleft, it - 2);
                        tj = t[nleft];
                        ibp = indx2[nleft];
                    }
                    double dt = tj - tj0;
                    if (dtm < dt) {
                        break; // the minimiser lies in this segment
                    }
                    tsum += dt;
                    nleft--;
                    it++;
                    double dibp = d[ibp];
                    d[ibp] = 0;
                    double zibp;
                    if (dibp > 0) {
                        zibp = u[ibp] - x[ibp];
                        z[ibp] = u[ibp];
                        iwhere[ibp] = 2;
                    } else {
                        zibp = l[ibp] - x[ibp];
                        z[ibp] = l[ibp];
                        iwhere[ibp] = 1;
                    }
                    if (nleft == 0 && nbreak == n) {
                        dtm = dt;
                        fixedAll = true;
                        break;
                    }
                    nint++;
                    double dibp2 = dibp * dibp;
                    f1 += dt * f2 + dibp2 - theta * dibp * zibp;
                    f2 -= theta * dibp2;
                    if (col > 0) {
                        axpy(col2, dt, wa, pOff, wa, cOff);
                        int pointr = head;
                        for (int j = 1; j <= col; j++) {
                            wa[wbpOff + j] = wy[ibp][pointr];
                            wa[wbpOff + col + j] = theta * ws[ibp][pointr];
                            pointr = pointr % m + 1;
                        }
                        bmv(wa, wbpOff, wa, vOff);
                        if (info != 0) {
                            return;
                        }
                        double wmc = dot(wa, cOff, wa, vOff, col2);
                        double wmp = dot(wa, pOff, wa, vOff, col2);
                        double wmw = dot(wa, wbpOff, wa, vOff, col2);
                        axpy(col2, -dibp, wa, wbpOff, wa, pOff);
                        f1 += dibp * wmc;
                        f2 += 2.0 * dibp * wmp - dibp2 * wmw;
                    }
                    double floor = EPSMCH * f2Org;
                    if (f2 < floor) {
                        f2 = floor;
                    }
                    if (nleft > 0) {
                        dtm = -f1 / f2;
                        continue;
                    }
                    if (bnded) {
                        f1 = 0;
                        f2 = 0;
                        dtm = 0;
                    } else {
                        dtm = -f1 / f2;
                    }
                    break;
                }
            }
            if (!fixedAll) {
                // L888
                if (dtm <= 0) {
                    dtm = 0;
                }
                tsum += dtm;
                axpy(n, tsum, d, 0, z, 0);
            }
            // L999
            if (col > 0) {
                axpy(col2, dtm, wa, pOff, wa, cOff);
            }
        }

        /** ddot over 1-based stretches of two arrays. */
        private static double dot(double[] a, int aOff, double[] b, int bOff, int len) {
            double s = 0;
            for (int i = 1; i <= len; i++) {
                s += a[aOff + i] * b[bOff + i];
            }
            return s;
        }

        /** daxpy: y += alpha x (nothing when alpha is 0, as the reference BLAS). */
        private static void axpy(int len, double alpha, double[] xs, int xOff, double[] ys, int yOff) {
            if (len <= 0 || alpha == 0) {
                return;
            }
            for (int i = 1; i <= len; i++) {
                ys[yOff + i] += alpha * xs[xOff + i];
            }
        }

        /**
         * hpsolb: with iheap 0 first makes t[1..len] a heap; then moves the least breakpoint to t[len] (and its
         * variable in indx2) and restores the heap on t[1..len-1].
         */
        private void heapSort(int len, int iheap) {
            if (iheap == 0) {
                for (int k = 2; k <= len; k++) {
                    double ddum = t[k];
                    int indxin = indx2[k];
                    int i = k;
                    while (i > 1) {
                        int j = i / 2;
                        if (ddum < t[j]) {
                            t[i] = t[j];
                            indx2[i] = indx2[j];
                            i = j;
                        } else {
                            break;
                        }
                    }
                    t[i] = ddum;
                    indx2[i] = indxin;
                }
            }
            if (len > 1) {
                int i = 1;
                double out = t[1];
                int indxou = indx2[1];
                double ddum = t[len];
                int indxin = indx2[len];
                while (true) {
                    int j = i + i;
                    if (j <= len - 1) {
                        if (t[j + 1] < t[j]) {
                            j++;
                        }
                        if (t[j] < ddum) {
                            t[i] = t[j];
                            indx2[i] = indx2[j];
                            i = j;
                            continue;
                        }
                    }
                    break;
                }
                t[i] = ddum;
                indx2[i] = indxin;
                t[len] = out;
                indx2[len] = indxou;
            }
        }

        /**
         * The free variables at the Cauchy point (index[1..nfree]) and the active ones (the rest); indx2 gets
         * the variables that left (from ileave to n) and entered (1 to nenter) the free set, for formk.
         */
        private void freev() {
            nenter = 0;
            ileave = n + 1;
            if (iter > 0 && cnstnd) {
                for (int i = 1; i <= nfree; i++) {
                    int k = index[i];
                    if (iwhere[k] > 0) {
                        ileave--;
                        indx2[ileave] = k;
                    }
                }
                for (int i = nfree + 1; i <= n; i++) {
                    int k = index[i];
                    if (iwhere[k] <= 0) {
                        nenter++;
                        indx2[nenter] = k;
                    }
                }
            }
            wrk = ileave < n + 1 || nenter > 0 || updatd;
            nfree = 0;
            int iact = n + 1;
            for (int i = 1; i <= n; i++) {
                if (iwhere[i] <= 0) {
                    nfree++;
                    index[nfree] = i;
                } else {
                    iact--;
                    index[iact] = i;
                }
            }
        }

        /**
         * The LEL' factorisation of the middle matrix K of the subspace problem (in wn), from its blocks over
         * the free variables kept up to date in snd.
         */
        private void formk() {
            int upcl;
            if (updatd) {
                if (iupdat > m) {
                    // shift the old part of the blocks one place up-left
                    for (int jy = 1; jy <= m - 1; jy++) {
                        int js = m + jy;
                        for (int k = 0; k < m - jy; k++) {
                            snd[jy + k][jy] = snd[jy + 1 + k][jy + 1];
                            snd[js + k][js] = snd[js + 1 + k][js + 1];
                        }
                        for (int k = 0; k < m - 1; k++) {
                            snd[m + 1 + k][jy] = snd[m + 2 + k][jy + 1];
                        }
                    }
                }
                // the new row and column over the free (pbegin..pend) and active (dbegin..dend) variables
                int pend = nfree;
                int dbegin = nfree + 1;
                int iy = col;
                int is = m + col;
                int ipntr = head + col - 1;
                if (ipntr > m) {
                    ipntr -= m;
                }
                int jpntr = head;
                for (int jy = 1; jy <= col; jy++) {
                    int js = m + jy;
                    double temp1 = 0;
                    double temp2 = 0;
                    double temp3 = 0;
                    for (int k = 1; k <= pend; k++) {
                        int k1 = index[k];
                        temp1 += wy[k1][ipntr] * wy[k1][jpntr];
                    }
                    for (int k = dbegin; k <= n; k++) {
                        int k1 = index[k];
                        temp2 += ws[k1][ipntr] * ws[k1][jpntr];
                        temp3 += ws[k1][ipntr] * wy[k1][jpntr];
                    }
                    snd[iy][jy] = temp1;
                    snd[is][js] = temp2;
                    snd[is][jy] = temp3;
                    jpntr = jpntr % m + 1;
                }
                int jy = col;
                jpntr = head + col - 1;
                if (jpntr > m) {
                    jpntr -= m;
                }
                ipntr = head;
                for (int i = 1; i <= col; i++) {
                    is = m + i;
                    double temp3 = 0;
                    for (int k = 1; k <= pend; k++) {
                        int k1 = index[k];
                        temp3 += ws[k1][ipntr] * wy[k1][jpntr];
                    }
                    ipntr = ipntr % m + 1;
                    snd[is][jy] = temp3;
                }
                upcl = col - 1;
            } else {
                upcl = col;
            }
            // the old part, corrected for the variables that entered or left the free set
            int ipntr = head;
            for (int iy = 1; iy <= upcl; iy++) {
                int is = m + iy;
                int jpntr = head;
                for (int jy = 1; jy <= iy; jy++) {
                    int js = m + jy;
                    double temp1 = 0;
                    double temp2 = 0;
                    double temp3 = 0;
                    double temp4 = 0;
                    for (int k = 1; k <= nenter; k++) {
                        int k1 = indx2[k];
                        temp1 += wy[k1][ipntr] * wy[k1][jpntr];
                        temp2 += ws[k1][ipntr] * ws[k1][jpntr];
                    }
                    for (int k = ileave; k <= n; k++) {
                        int k1 = indx2[k];
                        temp3 += wy[k1][ipntr] * wy[k1][jpntr];
                        temp4 += ws[k1][ipntr] * ws[k1][jpntr];
                    }
                    snd[iy][jy] = snd[iy][jy] + temp1 - temp3;
                    snd[is][js] = snd[is][js] - temp2 + temp4;
                    jpntr = jpntr % m + 1;
                }
                ipntr = ipntr % m + 1;
            }
            ipntr = head;
            for (int is = m + 1; is <= m + upcl; is++) {
                int jpntr = head;
                for (int jy = 1; jy <= upcl; jy++) {
                    double temp1 = 0;
                    double temp3 = 0;
                    for (int k = 1; k <= nenter; k++) {
                        int k1 = indx2[k];
                        temp1 += ws[k1][ipntr] * wy[k1][jpntr];
                    }
                    for (int k = ileave; k <= n; k++) {
                        int k1 = indx2[k];
                        temp3 += ws[k1][ipntr] * wy[k1][jpntr];
                    }
                    if (is <= jy + m) {
                        snd[is][jy] += temp1 - temp3;
                    } else {
                        snd[is][jy] += -temp1 + temp3;
                    }
                    jpntr = jpntr % m + 1;
                }
                ipntr = ipntr % m + 1;
            }
            // the upper triangle of [Y'ZZ'Y/theta + L_a'R_z^-1... ] as the Fortran assembles it
            for (int iy = 1; iy <= col; iy++) {
                int is = col + iy;
                int is1 = m + iy;
                for (int jy = 1; jy <= iy; jy++) {
                    int js = col + jy;
                    int js1 = m + jy;
                    wn[jy][iy] = snd[iy][jy] / theta;
                    wn[js][is] = snd[is1][js1] * theta;
                }
                for (int jy = 1; jy <= iy - 1; jy++) {
                    wn[jy][is] = -snd[is1][jy];
                }
                for (int jy = iy; jy <= col; jy++) {
                    wn[jy][is] = snd[is1][jy];
                }
                wn[iy][iy] += sy[iy][iy];
            }
            if (Linpack.dpofa(wn, 0, col) != 0) {
                info = -1;
                return;
            }
            int col2 = 2 * col;
            double[] column = new double[col + 1];
            for (int js = col + 1; js <= col2; js++) {
                for (int i = 1; i <= col; i++) {
                    column[i] = wn[i][js];
                }
                Linpack.dtrsl(wn, 0, col, column, 0, 11);
                for (int i = 1; i <= col; i++) {
                    wn[i][js] = column[i];
                }
            }
            for (int is = col + 1; is <= col2; is++) {
                for (int js = is; js <= col2; js++) {
                    double s = 0;
                    for (int k = 1; k <= col; k++) {
                        s += wn[k][is] * wn[k][js];
                    }
                    wn[is][js] += s;
                }
            }
            if (Linpack.dpofa(wn, col, col) != 0) {
                info = -2;
            }
        }

        /** T = theta S'S + L D^-1 L' (upper triangle) and its Cholesky factor, into wt. */
        private void formt() {
            for (int j = 1; j <= col; j++) {
                wt[1][j] = theta * ss[1][j];
            }
            for (int i = 2; i <= col; i++) {
                for (int j = i; j <= col; j++) {
                    int k1 = Math.min(i, j) - 1;
                    double ddum = 0;
                    for (int k = 1; k <= k1; k++) {
                        ddum += sy[i][k] * sy[j][k] / sy[k][k];
                    }
                    wt[i][j] = ddum + theta * ss[i][j];
                }
            }
            if (Linpack.dpofa(wt, 0, col) != 0) {
                info = -3;
            }
        }

        /** The reduced gradient of the quadratic model at the Cauchy point over the free variables, into r. */
        private void cmprlb() {
            if (!cnstnd && col > 0) {
                for (int i = 1; i <= n; i++) {
                    r[i] = -g[i];
                }
                return;
            }
            for (int i = 1; i <= nfree; i++) {
                int k = index[i];
                r[i] = -theta * (z[k] - x[k]) - g[k];
            }
            bmv(wa, 2 * m, wa, 0);
            if (info != 0) {
                info = -8;
                return;
            }
            int pointr = head;
            for (int j = 1; j <= col; j++) {
                double a1 = wa[j];
                double a2 = theta * wa[col + j];
                for (int i = 1; i <= nfree; i++) {
                    int k = index[i];
                    r[i] += wy[k][pointr] * a1 + ws[k][pointr] * a2;
                }
                pointr = pointr % m + 1;
            }
        }

        /**
         * The direct primal subspace minimisation over the free variables, from the Cauchy point z along the
         * Newton direction of the model, cut back to the box (the step length alpha; one variable is put on
         * its bound when alpha < 1).
         */
        private void subsm() {
            int ns = nfree;
            if (ns <= 0) {
                return;
            }
            double[] wv = wa;
            int pointr = head;
            for (int i = 1; i <= col; i++) {
                double temp1 = 0;
                double temp2 = 0;
                for (int j = 1; j <= ns; j++) {
                    int k = index[j];
                    temp1 += wy[k][pointr] * r[j];
                    temp2 += ws[k][pointr] * r[j];
                }
                wv[i] = temp1;
                wv[col + i] = theta * temp2;
                pointr = pointr % m + 1;
            }
            int col2 = 2 * col;
            info = Linpack.dtrsl(wn, 0, col2, wv, 0, 11);
            if (info != 0) {
                return;
            }
            for (int i = 1; i <= col; i++) {
                wv[i] = -wv[i];
            }
            info = Linpack.dtrsl(wn, 0, col2, wv, 0, 1);
            if (info != 0) {
                return;
            }
            pointr = head;
            for (int jy = 1; jy <= col; jy++) {
                int js = col + jy;
                for (int i = 1; i <= ns; i++) {
                    int k = index[i];
                    r[i] += wy[k][pointr] * wv[jy] / theta + ws[k][pointr] * wv[js];
                }
                pointr = pointr % m + 1;
            }
            for (int i = 1; i <= ns; i++) {
                r[i] /= theta;
            }
            double alpha = 1;
            double temp1 = alpha;
            int ibd = 0;
            for (int i = 1; i <= ns; i++) {
                int k = index[i];
                double dk = r[i];
                if (nbd[k] != 0) {
                    if (dk < 0 && nbd[k] <= 2) {
                        double temp2 = l[k] - z[k];
                        if (temp2 >= 0) {
                            temp1 = 0;
                        } else if (dk * alpha < temp2) {
                            temp1 = temp2 / dk;
                        }
                    } else if (dk > 0 && nbd[k] >= 2) {
                        double temp2 = u[k] - z[k];
                        if (temp2 <= 0) {
                            temp1 = 0;
                        } else if (dk * alpha > temp2) {
                            temp1 = temp2 / dk;
                        }
                    }
                    if (temp1 < alpha) {
                        alpha = temp1;
                        ibd = i;
                    }
                }
            }
            if (alpha < 1) {
                double dk = r[ibd];
                int k = index[ibd];
                if (dk > 0) {
                    z[k] = u[k];
                    r[ibd] = 0;
                } else if (dk < 0) {
                    z[k] = l[k];
                    r[ibd] = 0;
                }
            }
            for (int i = 1; i <= ns; i++) {
                z[index[i]] += alpha * r[i];
            }
        }

        /** Adds s = d (scaled by stp later) and y = r to the memory, with S'Y and S'S. */
        private void matupd(double rr, double dr) {
            if (iupdat <= m) {
                col = iupdat;
                itail = (head + iupdat - 2) % m + 1;
            } else {
                itail = itail % m + 1;
                head = head % m + 1;
            }
            for (int i = 1; i <= n; i++) {
                ws[i][itail] = d[i];
                wy[i][itail] = r[i];
            }
            theta = rr / dr;
            if (iupdat > m) {
                // drop the oldest: move the upper triangle of SS and the lower triangle of SY up-left
                for (int j = 1; j <= col - 1; j++) {
                    for (int k = 0; k < j; k++) {
                        ss[1 + k][j] = ss[2 + k][j + 1];
                    }
                    for (int k = 0; k < col - j; k++) {
                        sy[j + k][j] = sy[j + 1 + k][j + 1];
                    }
                }
            }
            int pointr = head;
            for (int j = 1; j <= col - 1; j++) {
                double s1 = 0;
                double s2 = 0;
                for (int i = 1; i <= n; i++) {
                    s1 += d[i] * wy[i][pointr];
                }
                for (int i = 1; i <= n; i++) {
                    s2 += ws[i][pointr] * d[i];
                }
                sy[col][j] = s1;
                ss[j][col] = s2;
                pointr = pointr % m + 1;
            }
            ss[col][col] = stp == 1 ? dtd : stp * stp * dtd;
            sy[col][col] = dr;
        }

        /** lnsrlb's first part: the longest feasible step, the initial step, and the saved x, g and f. */
        private void lineSearchStart() {
            dtd = dot(d, d);
            dnorm = Math.sqrt(dtd);
            stpmx = 1e10;
            if (cnstnd) {
                if (iter == 0) {
                    stpmx = 1;
                } else {
                    for (int i = 1; i <= n; i++) {
                        double a1 = d[i];
                        if (nbd[i] != 0) {
                            if (a1 < 0 && nbd[i] <= 2) {
                                double a2 = l[i] - x[i];
                                if (a2 >= 0) {
                                    stpmx = 0;
                                } else if (a1 * stpmx < a2) {
                                    stpmx = a2 / a1;
                                }
                            } else if (a1 > 0 && nbd[i] >= 2) {
                                double a2 = u[i] - x[i];
                                if (a2 <= 0) {
                                    stpmx = 0;
                                } else if (a1 * stpmx > a2) {
                                    stpmx = a2 / a1;
                                }
                            }
                        }
                    }
                }
            }
            if (iter == 0 && !boxed) {
                double d1 = 1 / dnorm;
                stp = d1 > stpmx ? stpmx : d1;
            } else {
                stp = 1;
            }
            System.arraycopy(x, 1, t, 1, n);
            System.arraycopy(g, 1, r, 1, n);
            fold = f;
            ifun = 0;
            iback = 0;
            search.start = true;
        }

        /**
         * lnsrlb from label 556: the directional derivative at the current trial point, one step of dcsrch;
         * returns true when a new trial x was set (f and g are wanted there), false when the step is accepted.
         * Sets info = -4 when d is not a descent direction.
         */
        private boolean lineSearchStep() {
            gd = dot(g, d);
            if (ifun == 0) {
                gdold = gd;
                if (gd >= 0) {
                    info = -4;
                    return false;
                }
            }
            stp = search.step(f, gd, stp, stpmx);
            if (!search.converged && !search.warning) {
                ifun++;
                nfgv++;
                iback = ifun - 1;
                if (stp == 1) {
                    System.arraycopy(z, 1, x, 1, n);
                } else {
                    for (int i = 1; i <= n; i++) {
                        x[i] = stp * d[i] + t[i];
                    }
                }
                return true;
            }
            return false;
        }
    }

    /**
     * The More-Thuente line search of MINPACK-2 (dcsrch with dcstep), with ftol 1e-3, gtol 0.9, xtol 0.1 and
     * stpmin 0 as lnsrlb calls it. Its state persists between trial points of one search.
     */
    private static final class LineSearch {
        boolean start;
        boolean converged;
        boolean warning;
        private boolean brackt;
        private int stage;
        private double ginit;
        private double gtest;
        private double gx;
        private double gy;
        private double finit;
        private double fx;
        private double fy;
        private double stx;
        private double sty;
        private double stmin;
        private double stmax;
        private double width;
        private double width1;

        /** One call of dcsrch: returns the next trial step (or the accepted one when converged or warning). */
        double step(double f, double g, double stp, double stpmax) {
            converged = false;
            warning = false;
            if (start) {
                start = false;
                if (stp < STPMIN || stp > stpmax || g >= 0 || stpmax < STPMIN) {
                    // dcsrch's argument errors ("ERROR: STP .GT. STPMAX" when rounding put x outside the box):
                    // lnsrlb does not test for them, so R evaluates f at this step and the next call goes on
                    // from the previous search's state; so does this
                    return stp;
                }
                brackt = false;
                stage = 1;
                finit = f;
                ginit = g;
                gtest = FTOL * ginit;
                width = stpmax - STPMIN;
                width1 = width / 0.5;
                stx = 0;
                fx = finit;
                gx = ginit;
                sty = 0;
                fy = finit;
                gy = ginit;
                stmin = 0;
                stmax = stp + stp * 4.0;
                return stp;
            }
            double ftest = finit + stp * gtest;
            if (stage == 1 && f <= ftest && g >= 0) {
                stage = 2;
            }
            if (brackt && (stp <= stmin || stp >= stmax)) {
                warning = true; // rounding errors prevent progress
            }
            if (brackt && stmax - stmin <= XTOL * stmax) {
                warning = true; // xtol test satisfied
            }
            if (stp == stpmax && f <= ftest && g <= gtest) {
                warning = true; // stp = stpmax
            }
            if (stp == STPMIN && (f > ftest || g >= gtest)) {
                warning = true; // stp = stpmin
            }
            if (f <= ftest && Math.abs(g) <= GTOL * -ginit) {
                warning = false;
                converged = true;
            }
            if (warning || converged) {
                return stp;
            }
            double[] sx = {stx, fx, gx};
            double[] sy = {sty, fy, gy};
            double next;
            if (stage == 1 && f <= fx && f > ftest) {
                // the modified function psi(stp) = f(stp) - f(0) - ftol stp f'(0)
                double fm = f - stp * gtest;
                double gm = g - gtest;
                sx[1] = fx - stx * gtest;
                sx[2] = gx - gtest;
                sy[1] = fy - sty * gtest;
                sy[2] = gy - gtest;
                next = dcstep(sx, sy, stp, fm, gm, stmin, stmax);
                stx = sx[0];
                sty = sy[0];
                fx = sx[1] + stx * gtest;
                fy = sy[1] + sty * gtest;
                gx = sx[2] + gtest;
                gy = sy[2] + gtest;
            } else {
                next = dcstep(sx, sy, stp, f, g, stmin, stmax);
                stx = sx[0];
                fx = sx[1];
                gx = sx[2];
                sty = sy[0];
                fy = sy[1];
                gy = sy[2];
            }
            stp = next;
            if (brackt) {
                if (Math.abs(sty - stx) >= width1 * 0.66) {
                    stp = stx + (sty - stx) * 0.5;
                }
                width1 = width;
                width = Math.abs(sty - stx);
            }
            if (brackt) {
                stmin = stx > sty ? sty : stx;
                stmax = stx < sty ? sty : stx;
            } else {
                stmin = stp + (stp - stx) * 1.1;
                stmax = stp + (stp - stx) * 4.0;
            }
            if (stp < STPMIN) {
                stp = STPMIN;
            }
            if (stp > stpmax) {
                stp = stpmax;
            }
            if (brackt && (stp <= stmin || stp >= stmax) || brackt && stmax - stmin <= XTOL * stmax) {
                stp = stx;
            }
            return stp;
        }

        /**
         * dcstep: a safeguarded cubic or quadratic step from the interval of uncertainty x = (stx, fx, dx),
         * y = (sty, fy, dy) and the trial point (stp, fp, dp); updates the interval in place and returns the
         * new step. Sets brackt once a minimiser is bracketed.
         */
        private double dcstep(double[] xs, double[] ys, double stp, double fp, double dp, double stpmin,
                double stpmax) {
            double stx = xs[0];
            double fx = xs[1];
            double dx = xs[2];
            double sty = ys[0];
            double fy = ys[1];
            double dy = ys[2];
            double sgnd = dp * (dx / Math.abs(dx));
            double stpf;
            if (fp > fx) {
                double theta = (fx - fp) * 3.0 / (stp - stx) + dx + dp;
                double s = max(max(Math.abs(theta), Math.abs(dx)), Math.abs(dp));
                double a = theta / s;
                double gamm = s * Math.sqrt(a * a - dx / s * (dp / s));
                if (stp < stx) {
                    gamm = -gamm;
                }
                double p = gamm - dx + theta;
                double q = gamm - dx + gamm + dp;
                double rr = p / q;
                double stpc = stx + rr * (stp - stx);
                double stpq = stx + dx / ((fx - fp) / (stp - stx) + dx) / 2.0 * (stp - stx);
                if (Math.abs(stpc - stx) < Math.abs(stpq - stx)) {
                    stpf = stpc;
                } else {
                    stpf = stpc + (stpq - stpc) / 2.0;
                }
                brackt = true;
            } else if (sgnd < 0) {
                double theta = (fx - fp) * 3.0 / (stp - stx) + dx + dp;
                double s = max(max(Math.abs(theta), Math.abs(dx)), Math.abs(dp));
                double a = theta / s;
                double gamm = s * Math.sqrt(a * a - dx / s * (dp / s));
                if (stp > stx) {
                    gamm = -gamm;
                }
                double p = gamm - dp + theta;
                double q = gamm - dp + gamm + dx;
                double rr = p / q;
                double stpc = stp + rr * (stx - stp);
                double stpq = stp + dp / (dp - dx) * (stx - stp);
                if (Math.abs(stpc - stp) > Math.abs(stpq - stp)) {
                    stpf = stpc;
                } else {
                    stpf = stpq;
                }
                brackt = true;
            } else if (Math.abs(dp) < Math.abs(dx)) {
                double theta = (fx - fp) * 3.0 / (stp - stx) + dx + dp;
                double s = max(max(Math.abs(theta), Math.abs(dx)), Math.abs(dp));
                double a = theta / s;
                a = a * a - dx / s * (dp / s);
                double gamm = a < 0 ? 0.0 : s * Math.sqrt(a);
                if (stp > stx) {
                    gamm = -gamm;
                }
                double p = gamm - dp + theta;
                double q = gamm + (dx - dp) + gamm;
                double rr = p / q;
                double stpc;
                if (rr < 0 && gamm != 0) {
                    stpc = stp + rr * (stx - stp);
                } else if (stp > stx) {
                    stpc = stpmax;
                } else {
                    stpc = stpmin;
                }
                double stpq = stp + dp / (dp - dx) * (stx - stp);
                if (brackt) {
                    if (Math.abs(stpc - stp) < Math.abs(stpq - stp)) {
                        stpf = stpc;
                    } else {
                        stpf = stpq;
                    }
                    double bound = stp + (sty - stp) * 0.66;
                    if (stp > stx) {
                        stpf = min(bound, stpf);
                    } else {
                        stpf = max(bound, stpf);
                    }
                } else {
                    if (Math.abs(stpc - stp) > Math.abs(stpq - stp)) {
                        stpf = stpc;
                    } else {
                        stpf = stpq;
                    }
                    stpf = min(stpmax, stpf);
                    stpf = max(stpmin, stpf);
                }
            } else {
                if (brackt) {
                    double theta = (fp - fy) * 3.0 / (sty - stp) + dy + dp;
                    double s = max(max(Math.abs(theta), Math.abs(dy)), Math.abs(dp));
                    double a = theta / s;
                    double gamm = s * Math.sqrt(a * a - dy / s * (dp / s));
                    if (stp > sty) {
                        gamm = -gamm;
                    }
                    double p = gamm - dp + theta;
                    double q = gamm - dp + gamm + dy;
                    double rr = p / q;
                    stpf = stp + rr * (sty - stp);
                } else if (stp > stx) {
                    stpf = stpmax;
                } else {
                    stpf = stpmin;
                }
            }
            if (fp > fx) {
                ys[0] = stp;
                ys[1] = fp;
                ys[2] = dp;
            } else {
                if (sgnd < 0) {
                    ys[0] = stx;
                    ys[1] = fx;
                    ys[2] = dx;
                }
                xs[0] = stp;
                xs[1] = fp;
                xs[2] = dp;
            }
            return stpf;
        }

        /** The C macros max(a, b) = (a < b) ? b : a and min(a, b) = (a > b) ? b : a (not Math's, for NaN). */
        private static double max(double a, double b) {
            return a < b ? b : a;
        }

        private static double min(double a, double b) {
            return a > b ? b : a;
        }
    }

    /** LINPACK's dpofa (R's version, with its positive-definiteness tolerance) and dtrsl, 1-based. */
    static final class Linpack {
        private Linpack() {
        }

        /**
         * Cholesky factor R (A = R'R, upper triangle overwritten) of the n x n block of a starting after
         * (off, off); returns 0, or the order of the leading minor that is not positive definite.
         */
        static int dpofa(double[][] a, int off, int n) {
            for (int j = 1; j <= n; j++) {
                double s = 0;
                for (int k = 1; k <= j - 1; k++) {
                    double dot = 0;
                    for (int i = 1; i <= k - 1; i++) {
                        dot += a[off + i][off + k] * a[off + i][off + j];
                    }
                    double t = a[off + k][off + j] - dot;
                    t = t / a[off + k][off + k];
                    a[off + k][off + j] = t;
                    s += t * t;
                }
                s = a[off + j][off + j] - s;
                if (s <= 1e-14 * Math.abs(a[off + j][off + j])) {
                    return j;
                }
                a[off + j][off + j] = Math.sqrt(s);
            }
            return 0;
        }

        /**
         * Solves T x = b (job 01) or T' x = b (job 11) for the upper triangular n x n block of t after
         * (off, off), b[bOff + 1 .. bOff + n] overwritten; returns 0, or the index of a zero diagonal element.
         * (Jobs 00 and 10, the lower triangular cases, are not needed by L-BFGS-B.)
         */
        static int dtrsl(double[][] t, int off, int n, double[] b, int bOff, int job) {
            for (int i = 1; i <= n; i++) {
                if (t[off + i][off + i] == 0) {
                    return i;
                }
            }
            if (job == 1) {
                b[bOff + n] = b[bOff + n] / t[off + n][off + n];
                for (int jj = 2; jj <= n; jj++) {
                    int j = n - jj + 1;
                    double temp = -b[bOff + j + 1];
                    if (temp != 0) {
                        for (int i = 1; i <= j; i++) {
                            b[bOff + i] += temp * t[off + i][off + j + 1];
                        }
                    }
                    b[bOff + j] = b[bOff + j] / t[off + j][off + j];
                }
            } else if (job == 11) {
                b[bOff + 1] = b[bOff + 1] / t[off + 1][off + 1];
                for (int j = 2; j <= n; j++) {
                    double dot = 0;
                    for (int i = 1; i <= j - 1; i++) {
                        dot += t[off + i][off + j] * b[bOff + i];
                    }
                    b[bOff + j] = b[bOff + j] - dot;
                    b[bOff + j] = b[bOff + j] / t[off + j][off + j];
                }
            } else {
                throw new IllegalArgumentException("dtrsl job " + job);
            }
            return 0;
        }
    }
}
