import type { ReactNode } from 'react';
import { useAppState } from '../store/store_context.tsx';
import type { MapTool } from '../store/workspace_slice.ts';

/** Turns the map tool `tool` on, or back to `off` (the panel's default tool) when it is already on. */
export function ToolButton({
  tool,
  off,
  danger = false,
  testId,
  children,
}: {
  tool: MapTool;
  off: MapTool;
  danger?: boolean;
  testId: string;
  /** The label, given whether the tool is on. */
  children: (on: boolean) => ReactNode;
}) {
  const current = useAppState((s) => s.tool);
  const setTool = useAppState((s) => s.setTool);
  const on = current === tool;
  return (
    <button
      type="button"
      className={danger ? 'tool-button tool-button--danger' : 'tool-button'}
      aria-pressed={on}
      data-testid={testId}
      onClick={() => setTool(on ? off : tool)}
    >
      {children(on)}
    </button>
  );
}
