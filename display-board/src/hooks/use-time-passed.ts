import { useEffect, useState } from 'react';

/** Becomes true once `ms` have passed since the component mounted. */
export function useTimePassed(ms: number): boolean {
  const [passed, setPassed] = useState(false);
  useEffect(() => {
    const id = window.setTimeout(() => setPassed(true), ms);
    return () => window.clearTimeout(id);
  }, [ms]);
  return passed;
}
