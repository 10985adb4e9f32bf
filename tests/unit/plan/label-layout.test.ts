import { describe, expect, it } from 'vitest';
import { layoutLabel } from '../../../renderer/features/plan/canvas/labelLayout';

// Every character 0.5 wide, the ellipsis too: a 3 × 3 m booth with 0.15 padding fits 5.4 characters a line.
const measure = (text: string) => [...text].length * 0.5;
const booth = { width: 3, height: 3, fontSize: 0.72, lineHeight: 1.15, padding: 0.15 };

describe('booth label layout', () => {
  it('keeps lines that fit as they are', () => {
    expect(layoutLabel('A01\nBún', booth, measure)).toEqual([
      { text: 'A01', width: 1.5 },
      { text: 'Bún', width: 1.5 },
    ]);
  });

  it('cuts a line too wide to the longest start that fits, ending with an ellipsis', () => {
    const [number, name] = layoutLabel('A01\nCông ty Châu Long', booth, measure);
    expect(number).toEqual({ text: 'A01', width: 1.5 });
    // 5 characters fit (2.5 ≤ 2.7); with the ellipsis only 4 and '…'.
    expect(name).toEqual({ text: 'Công…', width: 2.5 });
  });

  it('leaves out lines the height cannot hold, the last kept one ending with an ellipsis', () => {
    // 2.7 m of height holds three lines of 0.828 m: after the third, a fourth would not fit.
    const lines = layoutLabel('A\nB\nC\nD', booth, measure);
    expect(lines.map((l) => l.text)).toEqual(['A', 'B', 'C…']);
  });

  it('draws nothing where not even one character fits', () => {
    expect(layoutLabel('A01', { ...booth, width: 0.6 }, measure)).toEqual([]);
  });
});
