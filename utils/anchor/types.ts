// The selector types of the anchoring contract, as the record schema defines them.
export type { Selector, TextPositionSelector, TextQuoteSelector } from '../core/records';
