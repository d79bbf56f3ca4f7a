import { ActionIcon, Button, Group, Input, Paper, Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { moveRow } from './question-form';

export interface RowListProps<Row> {
  label: string;
  description?: string;
  /** What is wrong with the list (shown under it). */
  error?: string;
  rows: readonly Row[];
  /** A row's React key (its rowKey; accepted answers have only their position). */
  keyOf: (row: Row, index: number) => string;
  /** The row's own fields; the list adds its buttons beside them. `number` is 1-based, as labels say it. */
  renderRow: (row: Row, index: number, number: number) => ReactNode;
  onChange: (rows: Row[]) => void;
  newRow: () => Row;
  addLabel: string;
  /** "Hapus pilihan 2": the remove button of row `number`. */
  removeLabel: (number: number) => string;
  /** Remove is disabled at this many rows (a question needs two options, pairs or items). */
  minRows: number;
  disabled: boolean;
  /** ORDERING: the rows are numbered, with buttons to move each up and down. */
  reorder?: { moveUpLabel: (number: number) => string; moveDownLabel: (number: number) => string };
  /** Each row in a bordered box (an option's text and feedback belong together). */
  framed?: boolean;
  /** Between the rows and the add button (the rubric's total). */
  footer?: ReactNode;
}

/** A list of a question (options, accepted answers, pairs, items, rubric criteria): its rows, add, remove, move. */
export function RowList<Row>(props: RowListProps<Row>) {
  const { label, description, error, rows, keyOf, onChange, newRow, addLabel, disabled, framed = false, footer } = props;
  // Items in an order are a numbered list; the other rows are just rows.
  const rowElement = props.reorder ? 'li' : 'div';
  return (
    <Input.Wrapper label={label} description={description} error={error}>
      <Stack gap="xs" mt={6}>
        <Stack gap="xs" component={props.reorder ? 'ol' : 'div'} p={0} m={0} style={props.reorder ? { listStyle: 'none' } : undefined}>
          {rows.map((row, index) => {
            const line = <RowLine {...props} row={row} index={index} />;
            return framed ? (
              <Paper key={keyOf(row, index)} component={rowElement} withBorder p="xs" radius="sm">
                <Group align="flex-start" gap="xs" wrap="nowrap">
                  {line}
                </Group>
              </Paper>
            ) : (
              <Group key={keyOf(row, index)} component={rowElement} align="flex-start" gap="xs" wrap="nowrap">
                {line}
              </Group>
            );
          })}
        </Stack>
        {footer}
        <Button
          variant="light"
          size="xs"
          disabled={disabled}
          onClick={() => {
            onChange([...rows, newRow()]);
          }}
          style={{ alignSelf: 'flex-start' }}
        >
          {addLabel}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}

/** One row: its number (in an order), its fields, up and down (in an order), remove. */
function RowLine<Row>({ rows, row, index, renderRow, onChange, removeLabel, minRows, disabled, reorder }: RowListProps<Row> & { row: Row; index: number }) {
  const number = index + 1;
  return (
    <>
      {reorder && (
        <Text mt={6} w={24} ta="right" aria-hidden>
          {number}.
        </Text>
      )}
      {renderRow(row, index, number)}
      {reorder && (
        <>
          <RowButton
            label={reorder.moveUpLabel(number)}
            disabled={disabled || index === 0}
            onClick={() => {
              onChange(moveRow(rows, index, -1));
            }}
          >
            ↑
          </RowButton>
          <RowButton
            label={reorder.moveDownLabel(number)}
            disabled={disabled || index === rows.length - 1}
            onClick={() => {
              onChange(moveRow(rows, index, 1));
            }}
          >
            ↓
          </RowButton>
        </>
      )}
      <RowButton
        label={removeLabel(number)}
        remove
        disabled={disabled || rows.length <= minRows}
        onClick={() => {
          onChange(rows.filter((_, at) => at !== index));
        }}
      >
        ×
      </RowButton>
    </>
  );
}

interface RowButtonProps {
  label: string;
  /** The remove button: red, and plain. */
  remove?: boolean;
  disabled: boolean;
  onClick: () => void;
  children: ReactNode;
}

function RowButton({ label, remove = false, disabled, onClick, children }: RowButtonProps) {
  return (
    <ActionIcon variant={remove ? 'subtle' : 'default'} color={remove ? 'red.8' : undefined} mt={4} aria-label={label} title={label} disabled={disabled} onClick={onClick}>
      {children}
    </ActionIcon>
  );
}

export interface RowTextProps {
  /** Also its placeholder unless one is given: rows have no visible label of their own. */
  label: string;
  placeholder?: string;
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
  /** Take the row's free width (false inside an option's own column). */
  grow?: boolean;
  size?: 'xs';
}

/** A row's text field (an option, an answer, a pair's side, an item, a criterion). */
export function RowText({ label, placeholder, value, disabled, onChange, grow = true, size }: RowTextProps) {
  return (
    <TextInput
      size={size}
      style={grow ? { flex: 1 } : undefined}
      aria-label={label}
      placeholder={placeholder ?? label}
      value={value}
      disabled={disabled}
      onChange={(event) => {
        onChange(event.currentTarget.value);
      }}
    />
  );
}
