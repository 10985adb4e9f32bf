import { expect, it } from 'vitest';
import { foldText } from '../../../shared/fold';

it('folds Vietnamese for accent-insensitive search', () => {
  expect(foldText('Hải Phòng')).toBe('hai phong');
  expect(foldText('ĐẶC KHU  Cát Hải')).toBe('dac khu cat hai');
  // Decomposed input (as some files carry) folds the same as precomposed.
  expect(foldText('Hải Phòng'.normalize('NFD'))).toBe('hai phong');
  expect(foldText('Nước mắm')).toBe('nuoc mam');
});
