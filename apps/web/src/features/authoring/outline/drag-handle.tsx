import { ActionIcon } from '@mantine/core';
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';

export interface DragHandleProps {
  label: string;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  disabled?: boolean;
  setActivatorNodeRef?: (element: HTMLElement | null) => void;
}

/** The grip a module or lesson is dragged by, with the mouse, a finger, or the keyboard (Space, arrows, Space). */
export function DragHandle({ label, attributes, listeners, disabled, setActivatorNodeRef }: DragHandleProps) {
  return (
    <ActionIcon
      ref={setActivatorNodeRef}
      variant="subtle"
      color="gray.7"
      size="lg"
      aria-label={label}
      disabled={disabled}
      style={{ cursor: disabled ? undefined : 'grab', touchAction: 'none' }}
      {...attributes}
      {...listeners}
    >
      <GripIcon />
    </ActionIcon>
  );
}

function GripIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
      <circle cx="5.5" cy="3" r="1.4" />
      <circle cx="10.5" cy="3" r="1.4" />
      <circle cx="5.5" cy="8" r="1.4" />
      <circle cx="10.5" cy="8" r="1.4" />
      <circle cx="5.5" cy="13" r="1.4" />
      <circle cx="10.5" cy="13" r="1.4" />
    </svg>
  );
}
