import { useMutation } from '@apollo/client/react';
import { EnrolDocument, LeaveCourseDocument } from '../../gql/generated';
import { forgetMyLearningLists } from '../learning/my-learning-cache';

/**
 * Enrol in / leave a course. Both answers carry the course's enrolment and
 * outline, which updates the course page in the cache (lessons unlock or lock);
 * the lists of "Belajar saya" are dropped and reload when next shown.
 */
export function useEnrolmentActions(courseId: string) {
  const [enrolMutation, enrolState] = useMutation(EnrolDocument, { update: forgetMyLearningLists });
  const [leaveMutation, leaveState] = useMutation(LeaveCourseDocument, { update: forgetMyLearningLists });

  const enrol = async (): Promise<boolean> => {
    try {
      await enrolMutation({ variables: { courseId } });
      return true;
    } catch {
      return false; // Shown through `enrolError`.
    }
  };

  const leave = async (): Promise<boolean> => {
    try {
      await leaveMutation({ variables: { courseId } });
      return true;
    } catch {
      return false; // Shown through `leaveError`.
    }
  };

  return {
    enrol,
    leave,
    enrolling: enrolState.loading,
    leaving: leaveState.loading,
    enrolError: enrolState.error,
    leaveError: leaveState.error,
    resetLeaveError: leaveState.reset,
  };
}
