# Reference values for ChiSquareTestTests and FisherExactTestTests.
# Produced with R (Debian r-base-core 4.2.2): Rscript reference.R
# The printed values are committed in ReferenceValues.cs; the tests never run R.
options(digits = 15)

tables <- list(
  # R's ?fisher.test "Tea tasting" (Agresti 1990, p. 61): p = 0.4857
  tea = matrix(c(3, 1, 1, 3), nrow = 2, byrow = TRUE),
  # R's ?fisher.test "Convictions" (Fisher 1962): two-sided p = 0.0005367
  convictions = matrix(c(2, 15, 10, 3), nrow = 2, byrow = TRUE),
  # R's ?fisher.test "Job satisfaction" (Agresti 2002, p. 57): p = 0.7827
  job = matrix(c(1, 2, 1, 0, 3, 3, 6, 1, 10, 10, 14, 9, 6, 7, 12, 11), nrow = 4),
  # R's ?chisq.test example (Agresti 2007, p. 39): X-squared = 30.07, df = 2, p = 2.954e-07
  agresti = matrix(c(762, 327, 468, 484, 239, 477), nrow = 2, byrow = TRUE),
  # The seed's Table 2, 2005-07 against 2003-05 (age groups x period)
  t2 = matrix(c(86, 76, 44, 33, 18, 11, 20, 26, 21, 15), ncol = 2, byrow = TRUE),
  # The seed's Table 4 (ethnicity x period): small expected counts
  t4 = matrix(c(125, 101, 23, 8, 13, 17, 8, 8, 4, 2), ncol = 2, byrow = TRUE),
  # The seed's Table 14 (incident type x period)
  t14 = matrix(c(123, 106, 66, 55), ncol = 2, byrow = TRUE),
  # Small made-up tables
  small3x2 = matrix(c(1, 4, 5, 0, 2, 2), ncol = 2, byrow = TRUE),
  zero2x2 = matrix(c(0, 5, 6, 1), ncol = 2, byrow = TRUE)
)

for (name in names(tables)) {
  m <- tables[[name]]
  chi <- suppressWarnings(chisq.test(m, correct = FALSE))
  fisher <- fisher.test(m, workspace = 2e8)
  cat(sprintf("%s chisq=%.15g df=%d p=%.15g fisher_p=%.15g\n",
              name, chi$statistic, as.integer(chi$parameter), chi$p.value, fisher$p.value))
}
