//! Streaming moments: each observation is added once and forgotten, so memory does not grow
//! with the number of answer sets.
//!
//! Welford's update (Welford 1962; in the multivariate form of Chan, Golub & LeVeque 1983)
//! keeps the running means `m` and the co-moment matrix `C = Σ (x − m)(x − m)ᵀ`:
//! `n ← n + 1; d = x − m_old; m ← m_old + d / n; C ← C + d (x − m)ᵀ`.
//! Sample variances and covariances are `C / (n − 1)`. Unlike sums of squares, this does
//! not lose precision when the mean is large beside the spread.

/// Running means and co-moments of `k` variables observed together.
#[derive(Debug, Clone, PartialEq)]
pub struct Comoments {
    k: usize,
    n: u64,
    mean: Vec<f64>,
    /// `k × k`, row-major.
    c: Vec<f64>,
    delta: Vec<f64>,
}

impl Comoments {
    /// For `k` variables.
    pub fn new(k: usize) -> Self {
        Comoments {
            k,
            n: 0,
            mean: vec![0.0; k],
            c: vec![0.0; k * k],
            delta: vec![0.0; k],
        }
    }

    /// Adds one observation of all `k` variables.
    pub fn add(&mut self, x: &[f64]) {
        debug_assert_eq!(x.len(), self.k);
        self.n += 1;
        let n = self.n as f64;
        for ((d, m), &xi) in self.delta.iter_mut().zip(&mut self.mean).zip(x) {
            *d = xi - *m;
            *m += *d / n;
        }
        for (row, &di) in self.c.chunks_exact_mut(self.k).zip(&self.delta) {
            for ((c, &xj), &mj) in row.iter_mut().zip(x).zip(&self.mean) {
                *c += di * (xj - mj);
            }
        }
    }

    /// How many observations.
    pub fn n(&self) -> u64 {
        self.n
    }

    /// The mean of variable `i` (`None` before any observation).
    pub fn mean(&self, i: usize) -> Option<f64> {
        (self.n > 0).then(|| self.mean[i])
    }

    /// The sample covariance of variables `i` and `j` (`None` below two observations).
    pub fn cov(&self, i: usize, j: usize) -> Option<f64> {
        (self.n > 1).then(|| self.c[i * self.k + j] / (self.n - 1) as f64)
    }

    /// The sample standard deviation of variable `i`.
    pub fn sd(&self, i: usize) -> Option<f64> {
        self.cov(i, i).map(f64::sqrt)
    }

    /// Pearson's correlation of variables `i` and `j`; `None` when either does not vary.
    pub fn correlation(&self, i: usize, j: usize) -> Option<f64> {
        let (cij, cii, cjj) = (self.cov(i, j)?, self.cov(i, i)?, self.cov(j, j)?);
        (cii > 0.0 && cjj > 0.0).then(|| cij / (cii * cjj).sqrt())
    }

    /// Cronbach's alpha of the sum of all `k` variables:
    /// `α = k / (k − 1) · (1 − Σᵢ Cᵢᵢ / Σᵢⱼ Cᵢⱼ)`. `None` for fewer than two variables or
    /// two observations, or when the sum does not vary.
    pub fn alpha(&self) -> Option<f64> {
        if self.k < 2 || self.n < 2 {
            return None;
        }
        let k = self.k as f64;
        let items: f64 = (0..self.k).map(|i| self.c[i * self.k + i]).sum();
        let total: f64 = self.c.iter().sum();
        (total > 0.0).then(|| k / (k - 1.0) * (1.0 - items / total))
    }

    /// The corrected item-total correlation of variable `i`: Pearson's r between it and the
    /// sum of the other variables, `Σⱼ≠ᵢ Cᵢⱼ / √(Cᵢᵢ · Σⱼ,ₗ≠ᵢ Cⱼₗ)`. `None` for fewer than two
    /// variables or two observations, or when either side does not vary.
    pub fn item_rest(&self, i: usize) -> Option<f64> {
        if self.k < 2 || self.n < 2 {
            return None;
        }
        let k = self.k;
        let with_rest: f64 = (0..k).filter(|&j| j != i).map(|j| self.c[i * k + j]).sum();
        let rest: f64 = (0..k)
            .filter(|&j| j != i)
            .flat_map(|j| (0..k).filter(move |&l| l != i).map(move |l| (j, l)))
            .map(|(j, l)| self.c[j * k + l])
            .sum();
        let own = self.c[i * k + i];
        (own > 0.0 && rest > 0.0).then(|| with_rest / (own * rest).sqrt())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Option<f64>, b: f64) {
        let a = a.expect("a value");
        assert!((a - b).abs() < 1e-12, "{a} != {b}");
    }

    /// Three items, four people:
    /// x1 = 1 2 3 4, x2 = 2 2 4 4, x3 = 1 3 3 5; totals 4 7 10 13.
    fn example() -> Comoments {
        let mut m = Comoments::new(3);
        for row in [
            [1.0, 2.0, 1.0],
            [2.0, 2.0, 3.0],
            [3.0, 4.0, 3.0],
            [4.0, 4.0, 5.0],
        ] {
            m.add(&row);
        }
        m
    }

    #[test]
    fn alpha_by_hand() {
        // Variances (n − 1 = 3): x1: deviations ±1.5, ±0.5 → (2.25+0.25+0.25+2.25)/3 = 5/3;
        // x2: ±1 → 4/3; x3: −2 0 0 2 → 8/3; sum of item variances 17/3.
        // Total 4 7 10 13: deviations ±4.5, ±1.5 → 45/3 = 15.
        // α = 3/2 · (1 − (17/3)/15) = 3/2 · 28/45 = 14/15.
        close(example().alpha(), 14.0 / 15.0);
    }

    #[test]
    fn item_rest_by_hand() {
        let m = example();
        // x2 against x1 + x3 = 2 5 6 9 (mean 5.5, deviations −3.5 −0.5 0.5 3.5):
        // cross products with x2's deviations (−1 −1 1 1): 3.5+0.5+0.5+3.5 = 8;
        // sums of squares 4 and 25; r = 8 / √(4 · 25) = 0.8.
        close(m.item_rest(1), 0.8);
        // x1 against x2 + x3 = 3 5 7 9, a straight line in x1: r = 1.
        close(m.item_rest(0), 1.0);
    }

    #[test]
    fn means_sds_and_correlation() {
        let m = example();
        close(m.mean(0), 2.5);
        close(m.sd(1), (4.0_f64 / 3.0).sqrt());
        // x1 and x2: cross products 1.5+0.5+0.5+1.5 = 4; sums of squares 5 and 4;
        // r = 4 / √20.
        close(m.correlation(0, 1), 4.0 / 20.0_f64.sqrt());
    }

    #[test]
    fn too_little_data_gives_none() {
        let mut m = Comoments::new(2);
        assert_eq!(m.alpha(), None);
        m.add(&[1.0, 2.0]);
        assert_eq!(m.sd(0), None);
        m.add(&[1.0, 3.0]);
        // x1 does not vary: no correlation.
        assert_eq!(m.correlation(0, 1), None);
        assert_eq!(Comoments::new(1).alpha(), None);
    }
}
