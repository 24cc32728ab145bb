import { useCallback, useEffect, useState } from 'react';

/**
 * Large text and high contrast (black on lemon, everything about 1.3 times larger), for a
 * visitor who asks for it. Set on <html> because the whole layout is sized in rem.
 */
export function useContrastMode(): { on: boolean; toggle: () => void; reset: () => void } {
  const [on, setOn] = useState(false);
  useEffect(() => {
    document.documentElement.classList.toggle('large-contrast', on);
  }, [on]);
  return {
    on,
    toggle: useCallback(() => setOn((v) => !v), []),
    reset: useCallback(() => setOn(false), []),
  };
}
