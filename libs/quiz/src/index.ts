// Quizzes: scoring of every question type, drawing an attempt's questions, review visibility,
// and the grading service shared by the worker (quiz.grade), the API (essay grades) and the benchmark.
export { normalizeShortAnswer } from './normalize-answer';
export { isEmptyAnswer } from './empty-answer';
export { scoreQuestion, type QuestionScore } from './score-question';
export { gradeAttempt, type AttemptGrade } from './grade-attempt';
export { applyEssayGrade, type EssayGrade } from './essay-grade';
export { buildAttemptQuestions } from './build-attempt-questions';
export { questionShortfalls, type QuestionShortfall } from './question-draw';
export { reviewVisibility, type ReviewVisibility } from './review-visibility';
export { countedAttempt } from './counted-attempt';
export { checkAnswer, MAX_SHORT_ANSWER_LENGTH, MAX_ESSAY_LENGTH } from './answer-check';
export { checkQuestionContent, QUESTION_LIMITS, type ContentProblem } from './question-content';
export { withContentIds } from './content-ids';
export { quizDeadline, DEADLINE_GRACE_MS } from './deadline';
export { quizHasNoQuestions, answerNotForQuestion, invalidAnswer, invalidEssayGrade } from './quiz-errors';
export { QuizGradingService, type EssayGradeInput, type GradeOutcome, type GradeResult } from './quiz-grading.service';
export { QuizModule } from './quiz.module';
