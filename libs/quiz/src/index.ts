// Quizzes: scoring of every question type, drawing an attempt's questions, review visibility,
// and the grading service shared by the worker (quiz.grade), the API (essay grades) and the benchmark.
export {};
