import { ActionIcon, Group } from '@mantine/core';

export interface StepButtonsProps {
  upLabel: string;
  downLabel: string;
  canUp: boolean;
  canDown: boolean;
  disabled?: boolean;
  onStep: (step: -1 | 1) => void;
}

/** Up and down buttons: the way to reorder without dragging (phones, switch access). */
export function StepButtons({ upLabel, downLabel, canUp, canDown, disabled, onStep }: StepButtonsProps) {
  return (
    <Group gap={2} wrap="nowrap">
      <ActionIcon
        variant="subtle"
        color="gray.7"
        size="lg"
        aria-label={upLabel}
        disabled={disabled || !canUp}
        onClick={() => {
          onStep(-1);
        }}
      >
        <span aria-hidden="true">↑</span>
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="gray.7"
        size="lg"
        aria-label={downLabel}
        disabled={disabled || !canDown}
        onClick={() => {
          onStep(1);
        }}
      >
        <span aria-hidden="true">↓</span>
      </ActionIcon>
    </Group>
  );
}
