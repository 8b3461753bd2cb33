import type { QuizOption, QuizStep } from '../course/types.js';
import type { QuizAnswer } from '../progress/model.js';

/**
 * The option a saved answer refers to, by id. Progress from before option ids (versions 0 and 1)
 * says `#n` for the n-th option. An answer whose option is gone counts as not answered.
 */
export function answeredOption(step: QuizStep, answer: QuizAnswer | undefined): { option: QuizOption; index: number } | null {
  if (!answer) return null;
  const legacy = /^#(\d+)$/.exec(answer.option);
  const index = legacy ? Number(legacy[1]) : step.options.findIndex((option) => option.id === answer.option);
  const option = step.options[index];
  return option ? { option, index } : null;
}
