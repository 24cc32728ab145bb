import { useLayoutEffect, type RefObject } from 'react';

/** Root font size, as a share of the screen's shorter side; every size on the board is in rem. */
export const BASE_VMIN = 1.85;
const MIN_VMIN = 1.3;
const STEP_VMIN = 0.05;
/** Ignores the few pixels big bold glyphs poke out of their line boxes. */
const TOLERANCE_PX = 4;

// The regions that must show all their content; recent calls drop whole rows by themselves.
const REGIONS = '.board-header, .board-main, .calls-column, .now-calling, .waiting, .ticket-chips, .board-footer';

function overflows(board: HTMLElement): boolean {
  for (const el of board.querySelectorAll<HTMLElement>(REGIONS)) {
    if (el.scrollHeight > el.clientHeight + TOLERANCE_PX || el.scrollWidth > el.clientWidth + TOLERANCE_PX) return true;
  }
  return false;
}

/**
 * The layout is sized for the usual content, but a long room name, long service names
 * or a long delay notice can need more room than a screen has. Rather than clip
 * anything, the whole board scales down a step at a time until it all fits. Runs
 * before paint, whenever the content or the window size changes.
 */
export function useFitToScreen(boardRef: RefObject<HTMLElement | null>, content: unknown): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    const fit = () => {
      const board = boardRef.current;
      if (!board) return;
      let size = BASE_VMIN;
      root.style.fontSize = `${size}vmin`;
      while (size > MIN_VMIN && overflows(board)) {
        size = Math.round((size - STEP_VMIN) * 100) / 100;
        root.style.fontSize = `${size}vmin`;
      }
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [boardRef, content]);
}
