// The one amount reader of FairFloor, imported by the staff page from here only.
export { parseAmount, type ParsedAmount } from '../../shared/amount';
