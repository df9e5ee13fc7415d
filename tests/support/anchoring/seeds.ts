// Which seeds and pages fit the model's weights and which report on it: they
// never overlap, so that the bench's figures are on cases the fit never saw.

/** Seeds whose cases fit the weights (tests/support/anchoring/fit.ts). */
export const FIT_SEEDS: readonly number[] = [101, 102, 103];
/** Seeds the bench and the corpus test report on. */
export const REPORT_SEEDS: readonly number[] = [20240601, 7];

/** Corpus pages (by index in name order) the fit may use; every fourth is held out of it. */
export function isFitPage(_file: string, index: number): boolean {
  return index % 4 !== 0;
}
