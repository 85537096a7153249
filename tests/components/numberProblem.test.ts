import { describe, expect, it } from 'vitest';
import { numberProblem } from '../../src/components/numberProblem.ts';

describe('numberProblem: what a number field says about the text typed', () => {
  it('takes numbers inside the bounds, and blank only when optional', () => {
    expect(numberProblem('5', { min: 2, max: 20, step: 1 })).toBeNull();
    expect(numberProblem(' 0.4 ', { step: 'any', optional: true })).toBeNull();
    expect(numberProblem('', { step: 'any', optional: true })).toBeNull();
    expect(numberProblem('', { min: 1, step: 1 })).toEqual({ code: 'not-a-number' });
  });

  it('names the bound crossed, a fraction where a whole number is asked, and unreadable text', () => {
    expect(numberProblem('1', { min: 2, max: 20, step: 1 })).toEqual({ code: 'below', min: 2 });
    expect(numberProblem('21', { min: 2, max: 20, step: 1 })).toEqual({ code: 'above', max: 20 });
    expect(numberProblem('2.5', { min: 1, step: 1 })).toEqual({ code: 'not-whole' });
    // A step of 5 (the arrows' stride) still takes 33: only a whole step asks for whole numbers.
    expect(numberProblem('33', { min: 10, max: 90, step: 5 })).toBeNull();
    // The browser gives '' for "1e" in a number input and flags it as bad input.
    expect(numberProblem('', { optional: true }, true)).toEqual({ code: 'not-a-number' });
  });
});
