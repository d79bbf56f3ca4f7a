import { useApolloClient } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { AuthoringCourseRevisionFragmentDoc } from '../../gql/generated';
import type { AuthoringCourseEditorFragment } from '../../gql/generated';
import { errorCode } from '../../lib/api-error';
import type { CourseEditing, EditingProblem } from './course-editing';

/**
 * The state behind <CourseEditingContext> for one course. Every authoring
 * mutation names the revision it started from and the server answers CONFLICT
 * when the draft moved on meanwhile (someone else edited it). Changes made on
 * this page are queued, and each reads the revision from the cache only when it
 * is sent, so a quick second drag does not conflict with the first.
 */
export function useCourseEditingState(course: AuthoringCourseEditorFragment, refetch: () => Promise<unknown>): CourseEditing {
  const client = useApolloClient();
  const queueRef = useRef<Promise<unknown>>(Promise.resolve());
  const [inFlight, setInFlight] = useState(0);
  const [problem, setProblem] = useState<EditingProblem | null>(null);
  const courseId = course.id;

  const currentRevision = (): number => {
    const cached = client.cache.readFragment({
      id: client.cache.identify({ __typename: 'AuthoringCourse', id: courseId }),
      fragment: AuthoringCourseRevisionFragmentDoc,
    });
    return cached?.revision ?? course.revision;
  };

  const run = <T,>(send: (revision: number) => Promise<T>): Promise<T | null> => {
    setInFlight((count) => count + 1);
    const result = queueRef.current.then(async () => {
      try {
        const answer = await send(currentRevision());
        setProblem((previous) => (previous?.kind === 'error' ? null : previous));
        return answer;
      } catch (error) {
        setProblem(errorCode(error) === 'CONFLICT' ? { kind: 'conflict' } : { kind: 'error', error });
        return null;
      } finally {
        setInFlight((count) => count - 1);
      }
    });
    queueRef.current = result;
    return result;
  };

  const reload = async () => {
    try {
      await refetch();
      setProblem(null);
    } catch (error) {
      setProblem({ kind: 'error', error });
    }
  };

  return {
    course,
    readOnly: course.status === 'ARCHIVED',
    saving: inFlight > 0,
    problem,
    run,
    reload,
    dismissProblem: () => {
      setProblem(null);
    },
  };
}
