/** Every string the quiz shows, in one place for translation. */
export const quizStrings = {
  label: 'Check yourself',
  check: 'Check',
  tryAgain: 'Try again',
  correct: 'Correct.',
  incorrect: 'Not quite.',
  yourAnswer: 'Your answer',
  savedNote: 'Your answer is saved in this browser.',
  answerWas: (a: string) => `The answer is ${a}.`,
  broken: (why: string) => `This question cannot be shown: ${why}.`,
};
