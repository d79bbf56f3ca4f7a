import { useEffect, useRef } from 'react';

export interface EndOfLessonSentinelProps {
  /** False once the end was reported (or while nothing should be reported). */
  active: boolean;
  onReached: () => void;
}

/**
 * An invisible line after the lesson's content: when it scrolls into view, the
 * learner has reached the end of the lesson.
 */
export function EndOfLessonSentinel({ active, onReached }: EndOfLessonSentinelProps) {
  const ref = useRef<HTMLDivElement>(null);
  const onReachedRef = useRef(onReached);

  useEffect(() => {
    onReachedRef.current = onReached;
  }, [onReached]);

  useEffect(() => {
    const element = ref.current;
    if (!active || !element) return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) onReachedRef.current();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [active]);

  return <div ref={ref} aria-hidden="true" data-testid="lesson-end" style={{ height: 1 }} />;
}
