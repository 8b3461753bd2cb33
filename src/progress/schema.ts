/**
 * JSON schema conf validates the progress file against (via ajv) on every read and write.
 * Version 1 files are checked strictly; older ones only as far as migrate.ts needs them.
 */
const answers = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    required: ['choice', 'correct'],
    properties: { choice: { type: 'integer', minimum: 0 }, correct: { type: 'boolean' } },
  },
} as const;

const lessonFields = {
  currentStep: { type: 'string' },
  currentIndex: { type: 'integer', minimum: 0 },
  completed: { type: 'array', items: { type: 'string' } },
  answers,
  finished: { type: 'boolean' },
  updatedAt: { type: 'number' },
} as const;

const lessonV1 = {
  type: 'object',
  required: ['currentStep', 'currentIndex', 'completed', 'answers', 'finished', 'updatedAt'],
  properties: lessonFields,
} as const;

/** Version 0 (no `version` field): a lesson needed only its step; the rest came later. */
const lessonV0 = { type: 'object', required: ['currentStep'], properties: lessonFields } as const;

export const progressSchema = {
  version: { type: 'integer', enum: [0, 1] },
  windows: { enum: ['10', '11', null] },
  windowsUpdatedAt: { type: 'number' },
  lastLesson: { type: ['string', 'null'] },
  lessons: { type: 'object' },
  updatedAt: { type: 'number' },
} as const;

export const progressRootSchema = {
  if: { type: 'object', required: ['version'], properties: { version: { const: 1 } } },
  then: { type: 'object', properties: { lessons: { type: 'object', additionalProperties: lessonV1 } } },
  else: { type: 'object', properties: { lessons: { type: 'object', additionalProperties: lessonV0 } } },
} as const;
