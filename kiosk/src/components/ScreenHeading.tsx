import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Each screen's h1. It takes focus when the screen appears so a screen-reader or keyboard
 * user starts at the top of the new screen rather than on a button that no longer exists.
 */
export function ScreenHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
