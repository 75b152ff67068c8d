package org.gluegraph.expression.internal;

/**
 * The few functions of R's mathematical library (R 4.2.2, src/nmath) that DESeq2's optimiser objective calls,
 * computed by R's algorithms: dnbinom(x, size, mu = mu, log = TRUE) through dbinom_raw with Loader's saddle
 * point terms (stirlerr, bd0), R's own lgamma (Chebyshev series of gamma below 10, Stirling with lgammacor
 * above), dnorm(log = TRUE), and sum()'s extended-precision accumulation. The L-BFGS-B refit of DESeq2 differences
 * this objective over steps of 1e-3 where the likelihood is flat, so its value has to be R's to the last bits,
 * not just accurate. (java.lang.Math's exp, log and pow differ from glibc's in the last bit for about one
 * argument in a thousand; that is the remaining difference.)
 */
final class Nmath {

    private static final double M_LN_SQRT_2PI = 0.918938533204672741780329736406;
    private static final double M_LN_2PI = 1.837877066409345483560659472811;
    private static final double DBL_MIN = Double.MIN_NORMAL;

    private Nmath() {
    }

    /** dnbinom_mu(x, size, mu, give_log = TRUE) for a count x >= 0, size > 0 finite and mu >= 0. */
    static double dnbinomMuLog(double x, double size, double mu) {
        if (Double.isNaN(x) || Double.isNaN(size) || Double.isNaN(mu)) {
            return x + size + mu;
        }
        if (mu < 0 || size < 0) {
            return Double.NaN;
        }
        if (x < 0 || !Double.isFinite(x)) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x == 0 && size == 0) {
            return 0;
        }
        if (!Double.isFinite(size)) {
            throw new IllegalArgumentException("dnbinom with infinite size (the Poisson limit) is not needed here");
        }
        if (x == 0) {
            return size * (size < mu ? Math.log(size / (size + mu)) : Math.log1p(-mu / (size + mu)));
        }
        if (x < 1e-10 * size) {
            double p = size < mu ? Math.log(size / (1 + size / mu)) : Math.log(mu / (1 + mu / size));
            // lgamma1p(x) is lgammafn(x + 1) for x >= 0.5, and counts here are whole numbers >= 1
            return x * p - mu - lgammafn(x + 1) + Math.log1p(x * (x - 1) / (2 * size));
        }
        double p = x < size ? Math.log1p(-x / (size + x)) : Math.log(size / (size + x));
        double ans = dbinomRawLog(size, x + size, size / (size + mu), mu / (size + mu));
        return p + ans;
    }

    /** dbinom_raw(x, n, p, q, give_log = TRUE). */
    static double dbinomRawLog(double x, double n, double p, double q) {
        if (p == 0) {
            return x == 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        if (q == 0) {
            return x == n ? 0 : Double.NEGATIVE_INFINITY;
        }
        if (x == 0) {
            if (n == 0) {
                return 0;
            }
            return p < 0.1 ? -bd0(n, n * q) - n * p : n * Math.log(q);
        }
        if (x == n) {
            return q < 0.1 ? -bd0(n, n * p) - n * q : n * Math.log(p);
        }
        if (x < 0 || x > n) {
            return Double.NEGATIVE_INFINITY;
        }
        double lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
        double lf = M_LN_2PI + Math.log(x) + Math.log1p(-x / n);
        return lc - 0.5 * lf;
    }

    private static final double[] SFERR_HALVES = {
        0.0,
        0.1534264097200273452913848,
        0.0810614667953272582196702,
        0.0548141210519176538961390,
        0.0413406959554092940938221,
        0.03316287351993628748511048,
        0.02767792568499833914878929,
        0.02374616365629749597132920,
        0.02079067210376509311152277,
        0.01848845053267318523077934,
        0.01664469118982119216319487,
        0.01513497322191737887351255,
        0.01387612882307074799874573,
        0.01281046524292022692424986,
        0.01189670994589177009505572,
        0.01110455975820691732662991,
        0.010411265261972096497478567,
        0.009799416126158803298389475,
        0.009255462182712732917728637,
        0.008768700134139385462952823,
        0.008330563433362871256469318,
        0.007934114564314020547248100,
        0.007573675487951840794972024,
        0.007244554301320383179543912,
        0.006942840107209529865664152,
        0.006665247032707682442354394,
        0.006408994188004207068439631,
        0.006171712263039457647532867,
        0.005951370112758847735624416,
        0.005746216513010115682023589,
        0.005554733551962801371038690
    };

    /** stirlerr(n) = log(n!) - log(sqrt(2 pi n) (n/e)^n): a table at half-integers to 15, series above. */
    static double stirlerr(double n) {
        final double s0 = 0.083333333333333333333;
        final double s1 = 0.00277777777777777777778;
        final double s2 = 0.00079365079365079365079365;
        final double s3 = 0.000595238095238095238095238;
        final double s4 = 0.0008417508417508417508417508;
        if (n <= 15.0) {
            double nn = n + n;
            if (nn == (int) nn) {
                return SFERR_HALVES[(int) nn];
            }
            return lgammafn(n + 1.0) - (n + 0.5) * Math.log(n) + n - M_LN_SQRT_2PI;
        }
        double nn = n * n;
        if (n > 500) {
            return (s0 - s1 / nn) / n;
        }
        if (n > 80) {
            return (s0 - (s1 - s2 / nn) / nn) / n;
        }
        if (n > 35) {
            return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
        }
        return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
    }

    /** bd0(x, np) = x log(x / np) + np - x, by its Taylor series when x is near np (R 4.2's version). */
    static double bd0(double x, double np) {
        if (!Double.isFinite(x) || !Double.isFinite(np) || np == 0.0) {
            return Double.NaN;
        }
        if (Math.abs(x - np) < 0.1 * (x + np)) {
            double v = (x - np) / (x + np);
            double s = (x - np) * v;
            if (Math.abs(s) < DBL_MIN) {
                return s;
            }
            double ej = 2 * x * v;
            v *= v;
            for (int j = 1; j < 1000; j++) {
                ej *= v;
                double previous = s;
                s += ej / ((j << 1) + 1);
                if (s == previous) {
                    return s;
                }
            }
        }
        return x * Math.log(x / np) + np - x;
    }

    private static final double[] GAMCS = {
        +.8571195590989331421920062399942e-2,
        +.4415381324841006757191315771652e-2,
        +.5685043681599363378632664588789e-1,
        -.4219835396418560501012500186624e-2,
        +.1326808181212460220584006796352e-2,
        -.1893024529798880432523947023886e-3,
        +.3606925327441245256578082217225e-4,
        -.6056761904460864218485548290365e-5,
        +.1055829546302283344731823509093e-5,
        -.1811967365542384048291855891166e-6,
        +.3117724964715322277790254593169e-7,
        -.5354219639019687140874081024347e-8,
        +.9193275519859588946887786825940e-9,
        -.1577941280288339761767423273953e-9,
        +.2707980622934954543266540433089e-10,
        -.4646818653825730144081661058933e-11,
        +.7973350192007419656460767175359e-12,
        -.1368078209830916025799499172309e-12,
        +.2347319486563800657233471771688e-13,
        -.4027432614949066932766570534699e-14,
        +.6910051747372100912138336975257e-15,
        -.1185584500221992907052387126192e-15
    };
    /** R evaluates the first 22 terms of the series (ngam for IEEE doubles). */
    private static final int NGAM = 22;

    private static final double[] ALGMCS = {
        +.1666389480451863247205729650822e+0,
        -.1384948176067563840732986059135e-4,
        +.9810825646924729426157171547487e-8,
        -.1809129475572494194263306266719e-10,
        +.6221098041892605227126015543416e-13
    };

    /** lgammafn(x) for x > 0 (the only arguments here: size, count + size, count + 1). */
    static double lgammafn(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (!(x > 0)) {
            throw new IllegalArgumentException("lgammafn is needed here for positive arguments only, not " + x);
        }
        double y = x;
        if (y < 1e-306) {
            return -Math.log(y);
        }
        if (y <= 10) {
            return Math.log(Math.abs(gammafn(x)));
        }
        if (y > 2.5327372760800758e+305) {
            return Double.POSITIVE_INFINITY;
        }
        if (x > 1e17) {
            return x * (Math.log(x) - 1.);
        }
        if (x > 4934720.) {
            return M_LN_SQRT_2PI + (x - 0.5) * Math.log(x) - x;
        }
        return M_LN_SQRT_2PI + (x - 0.5) * Math.log(x) - x + lgammacor(x);
    }

    /** gammafn(x) for 0 < x <= 10: the Chebyshev series on [1, 2) and the recurrence. */
    static double gammafn(double x) {
        if (!(x > 0 && x <= 10)) {
            throw new IllegalArgumentException("gammafn is needed here on (0, 10] only, not " + x);
        }
        int n = (int) x;
        double y = x - n;
        --n;
        double value = chebyshevEval(y * 2 - 1, GAMCS, NGAM) + .9375;
        if (n == 0) {
            return value;
        }
        if (n < 0) {
            // 0 < x < 1: gamma(x) = gamma(x + 1) / x
            if (y < 2.2474362225598545e-308) {
                return Double.POSITIVE_INFINITY;
            }
            n = -n;
            for (int i = 0; i < n; i++) {
                value /= (x + i);
            }
            return value;
        }
        for (int i = 1; i <= n; i++) {
            value *= (y + i);
        }
        return value;
    }

    /** lgammacor(x) = lgamma(x) - ((x - 0.5) log x - x + log sqrt(2 pi)) for x >= 10. */
    static double lgammacor(double x) {
        final double xbig = 94906265.62425156;
        if (x < 10) {
            return Double.NaN;
        }
        if (x < xbig) {
            double tmp = 10 / x;
            return chebyshevEval(tmp * tmp * 2 - 1, ALGMCS, 5) / x;
        }
        return 1 / (x * 12);
    }

    static double chebyshevEval(double x, double[] a, int n) {
        if (x < -1.1 || x > 1.1) {
            return Double.NaN;
        }
        double twox = x * 2;
        double b2 = 0;
        double b1 = 0;
        double b0 = 0;
        for (int i = 1; i <= n; i++) {
            b2 = b1;
            b1 = b0;
            b0 = twox * b1 - b2 + a[n - i];
        }
        return (b0 - b2) * 0.5;
    }

    /** dnorm(x, mu, sigma, log = TRUE) for finite sigma > 0. */
    static double dnormLog(double x, double mu, double sigma) {
        if (Double.isNaN(x) || Double.isNaN(mu) || Double.isNaN(sigma)) {
            return x + mu + sigma;
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("dnorm is needed here with a finite positive sd, not " + sigma);
        }
        double z = (x - mu) / sigma;
        if (!Double.isFinite(z)) {
            return Double.NEGATIVE_INFINITY;
        }
        z = Math.abs(z);
        if (z >= 2 * Math.sqrt(Double.MAX_VALUE)) {
            return Double.NEGATIVE_INFINITY;
        }
        return -(M_LN_SQRT_2PI + 0.5 * z * z + Math.log(sigma));
    }

    /**
     * sum(x) as R computes it for doubles: in an extended-precision accumulator (x87 long double on x86-64),
     * rounded to double at the end. Emulated with an error-free double-double sum, which rounds the same way
     * unless the exact sum falls within a few 2^-64 of a rounding boundary.
     */
    static double sum(double[] x) {
        double hi = 0;
        double lo = 0;
        for (double v : x) {
            double s = hi + v;
            double bp = s - hi;
            double err = (hi - (s - bp)) + (v - bp);
            hi = s;
            lo += err;
        }
        if (!Double.isFinite(hi)) {
            return hi;
        }
        return hi + lo;
    }

    // exp as glibc computes it in practice (correctly rounded): Java's Math.exp is one unit in the last place off
    // for about 0.2% of arguments, which moves DESeq2's line searches (FitDisp)

    private static final java.math.MathContext MC = new java.math.MathContext(40);

    /**
     * exp(x) correctly rounded. Decided on exp in double-double (about 1e-29 relative error), which settles the
     * rounding unless the exact value lies within 1e-26 relative of a midpoint between two doubles; only then
     * (never seen in 10^6 random arguments) on the 40-digit value. The 40-digit value alone cost ~50 us a call and
     * a quarter of the command line's whole gene-wise dispersion step (FitDisp calls it in each line search).
     */
    static double exp(double x) {
        double e = Math.exp(x);
        if (!(e > Double.MIN_NORMAL) || Double.isInfinite(e)) {
            return e;
        }
        if (e < 0x1p-900 || e > 0x1p1000) {
            return expNearest(x, e); // lo would be subnormal, or the scaling overflow
        }
        double[] dd = expDoubleDouble(x);
        double hi = dd[0];
        double lo = dd[1];
        double gap = lo >= 0 ? Math.nextUp(hi) - hi : hi - Math.nextDown(hi);
        if (Math.abs(Math.abs(lo) - gap / 2) > 1e-26 * hi) {
            return hi; // hi + lo is normalised: hi is its rounding, and the error cannot cross the midpoint
        }
        return expNearest(x, e);
    }

    /** Math.exp's value or a neighbour, whichever is nearest the 40-digit value. */
    static double expNearest(double x, double e) {
        java.math.BigDecimal exact = expExact(x);
        double best = e;
        java.math.BigDecimal bestErr = new java.math.BigDecimal(e).subtract(exact).abs();
        for (double c : new double[]{Math.nextDown(e), Math.nextUp(e)}) {
            java.math.BigDecimal err = new java.math.BigDecimal(c).subtract(exact).abs();
            if (err.compareTo(bestErr) < 0) {
                best = c;
                bestErr = err;
            }
        }
        return best;
    }

    // ln 2 as a double-double (hi + lo = ln 2 to ~1e-33)
    private static final double LN2_HI = 0.6931471805599453;
    private static final double LN2_LO = 2.3190468138462996e-17;

    /**
     * exp(x) as hi + lo, |lo| <= ulp(hi) / 2: x = k ln 2 + r, exp(r) from the Taylor series of r / 2^10 (ten
     * terms, far below 1e-33) raised to 2^10 by squaring, times 2^k. For normal results only.
     */
    static double[] expDoubleDouble(double x) {
        double k = Math.rint(x / LN2_HI);
        // r = x - k ln2 = (x - k*LN2_HI) - k*LN2_LO, each product exactly as hi + lo
        double[] p = twoProd(k, LN2_HI);
        double[] q = twoProd(k, LN2_LO);
        double[] r = ddAdd(x, 0, -p[0], -p[1]);
        r = ddAdd(r[0], r[1], -q[0], -q[1]);
        double th = r[0] * 0x1p-10;
        double tl = r[1] * 0x1p-10;
        // expm1(t) = t + t^2/2! + ... by Horner in double-double, then (1 + u)^2 - 1 = u (2 + u) ten times
        double sh = 0;
        double sl = 0;
        for (int n = 11; n >= 1; n--) {
            // s = t/n * (1 + s), written as t/n + (s t)/n
            double[] m = ddMul(sh, sl, th, tl);
            double[] d = ddDivSmall(m[0], m[1], n);
            double[] tn = ddDivSmall(th, tl, n);
            double[] a = ddAdd(d[0], d[1], tn[0], tn[1]);
            sh = a[0];
            sl = a[1];
        }
        for (int i = 0; i < 10; i++) {
            double[] twoPlus = ddAdd(2, 0, sh, sl);
            double[] m = ddMul(sh, sl, twoPlus[0], twoPlus[1]);
            sh = m[0];
            sl = m[1];
        }
        double[] e = ddAdd(1, 0, sh, sl);
        double scale = Math.scalb(1.0, (int) k);
        return new double[] {e[0] * scale, e[1] * scale};
    }

    private static double[] twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        double err = (a - (s - bb)) + (b - bb);
        return new double[] {s, err};
    }

    /** a * b exactly as hi + lo (Dekker's product: no reliance on a hardware fused multiply-add). */
    private static double[] twoProd(double a, double b) {
        double p = a * b;
        double ca = SPLIT * a;
        double ah = ca - (ca - a);
        double al = a - ah;
        double cb = SPLIT * b;
        double bh = cb - (cb - b);
        double bl = b - bh;
        double err = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
        return new double[] {p, err};
    }

    private static final double SPLIT = 134217729.0; // 2^27 + 1

    private static double[] ddAdd(double ah, double al, double bh, double bl) {
        double[] s = twoSum(ah, bh);
        double[] t = twoSum(al, bl);
        double lo = s[1] + t[0];
        double[] u = twoSum(s[0], lo);
        lo = u[1] + t[1];
        return twoSum(u[0], lo);
    }

    private static double[] ddMul(double ah, double al, double bh, double bl) {
        double[] p = twoProd(ah, bh);
        double lo = p[1] + (ah * bl + al * bh);
        return twoSum(p[0], lo);
    }

    private static double[] ddDivSmall(double ah, double al, int n) {
        double qh = ah / n;
        double[] back = twoProd(qh, n);
        double rem = ((ah - back[0]) - back[1]) + al;
        double ql = rem / n;
        return twoSum(qh, ql);
    }

    /** exp to 40 digits: Taylor series of x / 2^k, squared k times. */
    private static java.math.BigDecimal expExact(double x) {
        int k = Math.max(0, Math.getExponent(x) + 12);
        java.math.BigDecimal r = new java.math.BigDecimal(x).divide(java.math.BigDecimal.valueOf(2).pow(k), MC);
        java.math.BigDecimal sum = java.math.BigDecimal.ONE;
        java.math.BigDecimal term = java.math.BigDecimal.ONE;
        for (int i = 1; i < 40; i++) {
            term = term.multiply(r, MC).divide(java.math.BigDecimal.valueOf(i), MC);
            sum = sum.add(term, MC);
            if (term.abs().compareTo(new java.math.BigDecimal("1e-45")) < 0) {
                break;
            }
        }
        for (int i = 0; i < k; i++) {
            sum = sum.multiply(sum, MC);
        }
        return sum;
    }
}
