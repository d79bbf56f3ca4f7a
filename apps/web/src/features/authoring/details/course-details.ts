import type { AuthoringCourseEditorFragment, CourseDetailsInput } from '../../../gql/generated';
import { wholeNumberOrNull } from '../course-basics';
import type { CourseBasics } from '../course-basics';

/** Everything the details form edits (the cover image is saved on its own). */
export interface DetailsFields extends CourseBasics {
  description: string;
  tags: string[];
  language: string;
  learningOutcomes: string[];
  instructorIds: string[];
  /** Video lessons: learners cannot seek past what they have watched. */
  preventSkippingAhead: boolean;
}

export function detailsOf(course: AuthoringCourseEditorFragment): DetailsFields {
  return {
    title: course.title,
    summary: course.summary,
    competencyType: course.competencyType,
    level: course.level,
    jp: course.jp,
    estimatedMinutes: course.estimatedMinutes ?? '',
    enrolmentPolicy: course.enrolmentPolicy,
    description: course.description,
    tags: course.tags,
    language: course.language,
    learningOutcomes: course.learningOutcomes.length > 0 ? course.learningOutcomes : [''],
    instructorIds: course.instructors.map((instructor) => instructor.id),
    preventSkippingAhead: course.preventSkippingAhead,
  };
}

const sameList = (left: readonly string[], right: readonly string[]) =>
  left.length === right.length && left.every((value, index) => value === right[index]);

const cleanList = (values: readonly string[]) => values.map((value) => value.trim()).filter((value) => value !== '');

/**
 * The fields that differ from the course as the server has it, as a
 * CourseDetailsInput: only those are sent. Empty when nothing changed.
 */
export function changedDetails(fields: DetailsFields, course: AuthoringCourseEditorFragment): CourseDetailsInput {
  const changes: CourseDetailsInput = {};
  const title = fields.title.trim();
  const summary = fields.summary.trim();
  const description = fields.description.trim();
  if (title !== course.title) changes.title = title;
  if (summary !== course.summary) changes.summary = summary;
  if (description !== course.description) changes.description = description;
  if (fields.competencyType && fields.competencyType !== course.competencyType) changes.competencyType = fields.competencyType;
  if (fields.level && fields.level !== course.level) changes.level = fields.level;
  const jp = wholeNumberOrNull(fields.jp);
  if (jp !== null && jp !== course.jp) changes.jp = jp;
  const minutes = wholeNumberOrNull(fields.estimatedMinutes);
  if (minutes !== (course.estimatedMinutes ?? null)) changes.estimatedMinutes = minutes;
  if (fields.enrolmentPolicy !== course.enrolmentPolicy) changes.enrolmentPolicy = fields.enrolmentPolicy;
  if (fields.language !== course.language) changes.language = fields.language;
  const tags = cleanList(fields.tags);
  if (!sameList(tags, course.tags)) changes.tags = tags;
  const outcomes = cleanList(fields.learningOutcomes);
  if (!sameList(outcomes, course.learningOutcomes)) changes.learningOutcomes = outcomes;
  const instructorIds = course.instructors.map((instructor) => instructor.id);
  if (!sameList(fields.instructorIds, instructorIds)) changes.instructorIds = fields.instructorIds;
  if (fields.preventSkippingAhead !== course.preventSkippingAhead) changes.preventSkippingAhead = fields.preventSkippingAhead;
  return changes;
}
