/** JSON schema conf validates the progress file against (via ajv) on every read and write. */
const lessonProgress = {
  type: 'object',
  required: ['currentStep', 'currentIndex', 'completed', 'answers', 'finished', 'updatedAt'],
  properties: {
    currentStep: { type: 'string' },
    currentIndex: { type: 'integer', minimum: 0 },
    completed: { type: 'array', items: { type: 'string' } },
    answers: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['choice', 'correct'],
        properties: { choice: { type: 'integer', minimum: 0 }, correct: { type: 'boolean' } },
      },
    },
    finished: { type: 'boolean' },
    updatedAt: { type: 'number' },
  },
} as const;

export const progressSchema = {
  version: { type: 'integer', const: 1 },
  windows: { enum: ['10', '11', null] },
  windowsUpdatedAt: { type: 'number' },
  lastLesson: { type: ['string', 'null'] },
  lessons: { type: 'object', additionalProperties: lessonProgress },
  updatedAt: { type: 'number' },
} as const;
