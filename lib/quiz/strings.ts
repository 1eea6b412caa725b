/** Every sentence the grading produces, in one place for translation. */
export const gradeStrings = {
  chooseOne: 'Choose one of the answers first.',
  chooseSome: 'Choose at least one answer first.',
  typeNumber: 'Type a number, for example 55 or 1,234 or 0.5.',
  orderFirst: 'Put the items in order first.',
  missedSome: (n: number) => `You left out ${n === 1 ? 'one answer that is' : `${n} answers that are`} also right.`,
  inPlace: (k: number, n: number) => `${k} of ${n} are in the right place.`,
  wrongUnit: (unit: string) => `Give the answer in ${unit}.`,
  closeButNot: 'Close, but not within the tolerance: check your rounding.',
};
